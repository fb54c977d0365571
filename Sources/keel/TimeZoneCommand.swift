import ArgumentParser
import Foundation
import KeelServer
import KeelStore
import SalesDomain

/// `keel time-zone [ZONE]`: prints or sets the organization's time zone, the one setting every
/// week, rollup and day count of the analyses is computed in.
struct TimeZoneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time-zone",
        abstract: "Print the organization's time zone, or set it (only before activities or deals are stored).")

    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Argument(help: "An IANA time zone such as Europe/Oslo; leave out to print the current one.") var zone: String?
    @ArgumentParser.Option(help: "Organization slug (may be left out when the database has one organization).") var organization: String?

    func run() async throws {
        try await KeelRuntime.withApplication(try database.configuration()) { app in
            let chosen = try await KeelRuntime.organization(slug: organization, on: app)
            let settings = OrganizationSettings(database: app.db, organizationID: chosen.id)
            if let zone {
                do {
                    try await settings.setTimeZone(zone, by: nil, at: Date())
                } catch let error as FieldError {
                    throw CommandFailure(Localizer(.english)(error.problem))
                }
            }
            print("\(chosen.name): \(try await settings.calendar().timeZone.identifier)")
        }
    }
}
