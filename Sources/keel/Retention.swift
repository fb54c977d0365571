import ArgumentParser
import Foundation
import KeelServer
import KeelStore
import SalesDomain

/// `keel retention apply|set`: the organization's retention of personal data, applied from cron
/// the same way the server's schedule applies it.
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "How long personal data is kept (GDPR article 5).", subcommands: [Apply.self, SetPeriods.self])

    struct Apply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase the texts and leavers older than each organization's retention periods; audited, safe to run again.")

        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "Organization slug (default: every organization in the database).") var organization: String?

        func run() async throws {
            try await KeelRuntime.withApplication(try database.configuration()) { app in
                let organizations = if let organization {
                    [try await KeelRuntime.organization(slug: organization, on: app)]
                } else {
                    try await Organizations(database: app.db).all()
                }
                for chosen in organizations {
                    let policy = try await OrganizationSettings(database: app.db, organizationID: chosen.id).retentionPolicy()
                    let outcome = try await RetentionSweep(database: app.db, organizationID: chosen.id).apply(at: Date(), actor: nil)
                    print("\(chosen.name): \(RetentionCommand.describe(policy)); \(outcome.erasedPeople.count) people erased, "
                        + "\(outcome.texts.filter { $0.key != "audit_events" }.values.reduce(0, +)) texts emptied, "
                        + "\(outcome.texts["audit_events"] ?? 0) audit events redacted.")
                }
            }
        }
    }

    struct SetPeriods: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set an organization's retention periods (0: keep).")

        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "Organization slug (may be left out when the database has one organization).") var organization: String?
        @ArgumentParser.Option(help: "Years after which ratings' evidence, comments, notes and next steps are emptied; 0 keeps them.")
        var textYears: Int = 0
        @ArgumentParser.Option(help: "Years after leaving after which a person is erased entirely; 0 keeps them.")
        var leaverYears: Int = 0

        func run() async throws {
            try await KeelRuntime.withApplication(try database.configuration()) { app in
                let chosen = try await KeelRuntime.organization(slug: organization, on: app)
                let policy = RetentionPolicy(textYears: textYears == 0 ? nil : textYears, leaverYears: leaverYears == 0 ? nil : leaverYears)
                do {
                    try await OrganizationSettings(database: app.db, organizationID: chosen.id).setRetentionPolicy(policy, by: nil, at: Date())
                } catch let error as FieldErrors {
                    throw CommandFailure(error.errors.map { "--\($0.field == "textYears" ? "text-years" : "leaver-years"): \(Localizer(.english)($0.problem))" }
                        .joined(separator: "; "))
                }
                print("\(chosen.name): \(RetentionCommand.describe(policy)).")
            }
        }
    }

    static func describe(_ policy: RetentionPolicy) -> String {
        let texts = policy.textYears.map { "texts kept \($0) years" } ?? "texts kept"
        let leavers = policy.leaverYears.map { "leavers erased after \($0) years" } ?? "leavers kept"
        return "\(texts), \(leavers)"
    }
}
