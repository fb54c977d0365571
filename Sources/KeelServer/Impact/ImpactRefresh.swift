import Fluent
import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The periodic job that keeps every organization's impact estimates (``ImpactStore/refreshSummaries(asOf:weeks:)``):
/// hourly while the server runs, once after a demo organization is generated, and at start for an
/// organization whose kept estimates are missing or older than an hour (the server was down, or
/// an upgrade emptied them). Hourly because an estimate only changes when a week ends or history
/// changes, and the start page's tile must never resample 2,000 times per request.
public enum ImpactRefresh {
    public static let interval: Duration = .seconds(3_600)

    /// Refreshes every organization's estimates, or with `keptBefore` only those last kept before it.
    public static func refreshAll(on database: any Database, asOf: Date, keptBefore: Date? = nil) async throws {
        for organization in try await Organizations(database: database).all() {
            let store = try await ImpactStore.of(database: database, organizationID: organization.id)
            if let keptBefore, let kept = try await store.lastRefresh(), kept >= keptBefore { continue }
            try await store.refreshSummaries(asOf: asOf)
        }
    }

    /// Refreshes every `interval` until the process ends; a failed refresh is logged and the next one tried.
    public static func schedule(on app: Application) {
        let database = app.db
        let logger = app.logger
        Task.detached {
            // At start only what is stale, then everything every interval.
            var keptBefore: Date? = Date().addingTimeInterval(-TimeInterval(interval.components.seconds))
            while !Task.isCancelled {
                do {
                    try await refreshAll(on: database, asOf: Date(), keptBefore: keptBefore)
                } catch {
                    logger.error("impact refresh failed: \(String(describing: error))")
                }
                keptBefore = nil
                try? await Task.sleep(for: interval)
            }
        }
    }
}
