import Foundation
import KeelStore
import Logging

/// Everything Keel reads from its environment and flags, read once at start.
///
/// Defaults run out of the box: an SQLite file under `./keel-data/`, port 8080 on loopback,
/// a demo organization on first start.
public struct KeelConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// The address people reach Keel at; when it is https, cookies are marked Secure.
    public var publicURL: URL?
    public var loadDemoOnFirstStart: Bool
    /// Password for the demo logins; a random one is made and printed when not set.
    public var demoPassword: String?
    public var demoSellers: Int
    public var bcryptCost: Int
    public var logLevel: Logger.Level
    public var sessionLifetime: TimeInterval
    public var tokenLifetime: TimeInterval
    /// The SMTP relay digests go out through (`KEEL_SMTP_URL`, `KEEL_MAIL_FROM`, `KEEL_SMTP_CA_FILE`); without one
    /// nothing is composed or sent, and the digest pages say so.
    public var smtp: SMTPRelay?
    /// How long an organization's or a market's diagnosis and start page are kept and shared
    /// (`KEEL_WIDE_SCREEN_MAX_AGE`, seconds; 0 decides every request live), and from how many
    /// sellers a scope counts as wide.
    public var wideScreens = WideScreens()
    /// How many seconds a node remembers who a session or token belongs to
    /// (`KEEL_SIGNED_IN_CACHE_SECONDS`, 0–60; 0 reads it on every request). A write on the node
    /// forgets its organization's at once; a change made on another node or from the command
    /// line counts after at most this long.
    public var signedInCacheLifetime: TimeInterval = 5

    public struct WideScreens: Sendable {
        public var maxAge: TimeInterval = 600
        public var minimumSellers = 500

        public init(maxAge: TimeInterval = 600, minimumSellers: Int = 500) {
            self.maxAge = maxAge
            self.minimumSellers = minimumSellers
        }
    }

    public init(
        host: String = "127.0.0.1", port: Int = 8080,
        database: DatabaseLocation = .sqliteFile(path: "keel-data/keel.sqlite"),
        publicURL: URL? = nil, loadDemoOnFirstStart: Bool = true, demoPassword: String? = nil,
        demoSellers: Int = 120, bcryptCost: Int = 12, logLevel: Logger.Level = .info,
        sessionLifetime: TimeInterval = 7 * 24 * 3600, tokenLifetime: TimeInterval = 90 * 24 * 3600, smtp: SMTPRelay? = nil
    ) {
        self.smtp = smtp
        self.host = host
        self.port = port
        self.database = database
        self.publicURL = publicURL
        self.loadDemoOnFirstStart = loadDemoOnFirstStart
        self.demoPassword = demoPassword
        self.demoSellers = demoSellers
        self.bcryptCost = bcryptCost
        self.logLevel = logLevel
        self.sessionLifetime = sessionLifetime
        self.tokenLifetime = tokenLifetime
    }

    public var secureCookies: Bool { publicURL?.scheme?.lowercased() == "https" }

    /// Where links in e-mails point: the public URL, else the address the server listens on.
    public var linkBase: String {
        let base = publicURL?.absoluteString ?? "http://\(host):\(port)"
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    public struct Problems: Error, CustomStringConvertible {
        public var messages: [String]
        public var description: String { "configuration errors:\n" + messages.map { "  - \($0)" }.joined(separator: "\n") }
    }

    /// Reads the `KEEL_*` variables over the defaults, and reports every bad value at once.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> KeelConfiguration {
        var configuration = KeelConfiguration()
        var problems: [String] = []
        if let host = environment["KEEL_HOST"], !host.isEmpty { configuration.host = host }
        if let port = environment["KEEL_PORT"], !port.isEmpty {
            if let value = Int(port), (1...65535).contains(value) { configuration.port = value } else {
                problems.append("KEEL_PORT '\(port)' is not a port number (1–65535)")
            }
        }
        if let url = environment["KEEL_DATABASE_URL"], !url.isEmpty {
            do { configuration.database = try DatabaseLocation(url) } catch { problems.append("KEEL_DATABASE_URL: \(error)") }
        }
        if let url = environment["KEEL_PUBLIC_URL"], !url.isEmpty {
            if let parsed = URL(string: url), parsed.scheme != nil { configuration.publicURL = parsed } else {
                problems.append("KEEL_PUBLIC_URL '\(url)' is not an absolute URL")
            }
        }
        if let password = environment["KEEL_DEMO_PASSWORD"], !password.isEmpty { configuration.demoPassword = password }
        if let cost = environment["KEEL_BCRYPT_COST"], !cost.isEmpty {
            if let value = Int(cost), (4...31).contains(value) { configuration.bcryptCost = value } else {
                problems.append("KEEL_BCRYPT_COST '\(cost)' must be a whole number from 4 to 31")
            }
        }
        if let level = environment["KEEL_LOG_LEVEL"], !level.isEmpty {
            if let value = Logger.Level(rawValue: level.lowercased()) { configuration.logLevel = value } else {
                problems.append("KEEL_LOG_LEVEL '\(level)' is not one of trace, debug, info, notice, warning, error, critical")
            }
        }
        var trust = SMTPTrust.system
        if let age = environment["KEEL_WIDE_SCREEN_MAX_AGE"], !age.isEmpty {
            if let seconds = Int(age), (0...86_400).contains(seconds) {
                configuration.wideScreens.maxAge = TimeInterval(seconds)
            } else {
                problems.append("KEEL_WIDE_SCREEN_MAX_AGE '\(age)' must be a whole number of seconds from 0 to 86400")
            }
        }
        if let lifetime = environment["KEEL_SIGNED_IN_CACHE_SECONDS"], !lifetime.isEmpty {
            if let seconds = Int(lifetime), (0...60).contains(seconds) {
                configuration.signedInCacheLifetime = TimeInterval(seconds)
            } else {
                problems.append("KEEL_SIGNED_IN_CACHE_SECONDS '\(lifetime)' must be a whole number of seconds from 0 to 60")
            }
        }
        if let file = environment["KEEL_SMTP_CA_FILE"], !file.isEmpty {
            do { trust = try SMTPTrust(caFile: file) } catch { problems.append(error.description) }
        }
        if let url = environment["KEEL_SMTP_URL"], !url.isEmpty {
            do { configuration.smtp = try SMTPRelay(url: url, from: environment["KEEL_MAIL_FROM"], trust: trust) } catch {
                problems.append(error.description)
            }
        }
        if !problems.isEmpty { throw Problems(messages: problems) }
        return configuration
    }
}
