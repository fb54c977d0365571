import Fluent
import KeelStore
import SalesDomain
import Vapor

/// Creates a demo organization with sign-ins for one person of each access role.
public enum DemoSeeding {
    public struct Result: Sendable {
        public var demo: DemoOrganization
        public var password: String
    }

    /// Generates and stores the organization; the four demo logins get `password`, or a
    /// random one when none is given.
    public static func seed(_ spec: DemoOrganizationSpec, password: String?, on app: Application) async throws -> Result {
        let password = password ?? Self.randomPassword()
        try PasswordPolicy.validate(password, field: "demo password")
        let demo = DemoOrganizationGenerator.generate(spec)
        let hash = try await app.password.async.hash(password)
        let hashes = Dictionary(demo.logins.all.map { ($0.person.id, hash) }, uniquingKeysWith: { first, _ in first })
        try await Organizations(database: app.db).store(demo, passwordHashes: hashes)
        return Result(demo: demo, password: password)
    }

    /// Four words' worth of randomness that is easy to type from a terminal.
    static func randomPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let groups = (0..<4).map { _ in String((0..<4).map { _ in alphabet.randomElement(using: &generator)! }) }
        return groups.joined(separator: "-")
    }

    /// The lines printed after seeding: where to go and how to sign in.
    public static func summary(_ result: Result, url: String) -> String {
        var lines = [
            "Demo organization '\(result.demo.organization.name)' created: \(result.demo.people.count) people in \(result.demo.teams.count) teams.",
            "Open \(url) and sign in with one of these (password: \(result.password)):",
        ]
        for (role, person) in result.demo.logins.all {
            lines.append("  \(role.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(person.email)  (\(person.name))")
        }
        return lines.joined(separator: "\n")
    }
}
