import ArgumentParser
import Foundation
import KeelServer
import KeelStore
import SalesDomain

extension PersonCommand {
    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a person's personal data (GDPR article 17): their name and e-mail become a pseudonym, their texts are emptied.",
            discussion: """
                Ratings' levels, activities, deals and rollups stay, for the aggregates of the people they worked with. \
                The erasure cannot be undone; it is recorded in the audit log without the erased values.
                """)

        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "The person's e-mail address.") var email: String
        @ArgumentParser.Flag(help: "Confirm that the person's data is to be erased for good.") var yes = false

        func run() async throws {
            try await KeelRuntime.withApplication(try database.configuration()) { app in
                let person = try await User.person(email: email, on: app)
                guard yes else {
                    throw CommandFailure("""
                        this erases the name, e-mail and texts of \(person.name) <\(person.email)> for good; \
                        run again with --yes to confirm
                        """)
                }
                let outcome = try await PersonErasure(database: app.db, organizationID: person.organizationID)
                    .erase(person.id, for: nil, at: Date())
                print("Erased \(person.email); the person is now \(outcome.pseudonym).")
                for (column, rows) in outcome.rows.sorted(by: { $0.key < $1.key }) {
                    print("  \(column): \(rows)")
                }
            }
        }
    }
}
