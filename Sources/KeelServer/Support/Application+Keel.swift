import Foundation
import KeelStore
import SalesDomain
import Vapor

/// What every request handler needs from the running app: its configuration and its clock.
public struct KeelServices: Sendable {
    public var configuration: KeelConfiguration
    /// Injected so tests can fix the time; nothing in Keel reads the wall clock directly.
    public var now: @Sendable () -> Date
    /// Where wide screens are kept between requests (``KeelConfiguration/wideScreens``).
    public var keptScreens: KeptScreens?
    /// Who each recent session and token belongs to (``KeelConfiguration/signedInCacheLifetime``);
    /// `nil` reads it from the database on every request.
    var signedInCache: SignedInCache?
}

extension Application {
    private struct ServicesKey: StorageKey {
        typealias Value = KeelServices
    }

    public var keel: KeelServices {
        get {
            guard let services = storage[ServicesKey.self] else {
                fatalError("KeelApp.configure(_:) has not run for this application")
            }
            return services
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

extension Request {
    var now: Date { application.keel.now() }
    var accounts: Accounts { Accounts(database: db) }
}
