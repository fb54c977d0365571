import ArgumentParser
import Foundation
import KeelServer
import KeelStore
import SalesDomain
import Vapor

struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage people's sign-ins.",
        subcommands: [Add.self, Token.self, Passwd.self, Deactivate.self]
    )

    /// Reads a password from the first line of standard input, or makes a random one.
    static func password(fromStandardInput: Bool) throws -> (password: String, generated: Bool) {
        if fromStandardInput {
            guard let line = readLine(strippingNewline: true) else { throw ValidationError("no password on standard input") }
            try PasswordPolicy.validate(line)
            return (line, false)
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return (String((0..<20).map { _ in alphabet.randomElement(using: &generator)! }), true)
    }

    static func person(email: String, on app: Application) async throws -> Person {
        guard let person = try await Accounts(database: app.db).credentials(email: email)?.person else {
            throw CommandFailure("nobody signs in with '\(email)'")
        }
        return person
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person who can sign in.")

        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "E-mail address to sign in with.") var email: String
        @ArgumentParser.Option(help: "Full name.") var name: String
        @ArgumentParser.Option(help: "Access role: seller, manager, leader or admin.") var role: String = "seller"
        @ArgumentParser.Option(name: .customLong("job-role"), help: "Job role: \(JobRole.allCases.map(\.rawValue).joined(separator: ", ")).")
        var jobRole: String = "account_executive"
        @ArgumentParser.Option(help: "Organization slug (may be left out when the database has one organization).") var organization: String?
        @ArgumentParser.Option(name: .customLong("team-id"), help: "Team id.") var teamID: String?
        @ArgumentParser.Flag(name: .customLong("password-stdin"), help: "Read the password from standard input instead of generating one.")
        var passwordFromStandardInput = false

        func run() async throws {
            guard let access = AccessRole(rawValue: role) else {
                throw ValidationError("--role must be one of \(AccessRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let job = JobRole(rawValue: jobRole) else {
                throw ValidationError("--job-role must be one of \(JobRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var team: Team.ID?
            if let teamID {
                guard let id = Team.ID(uuidString: teamID) else { throw ValidationError("--team-id '\(teamID)' is not an id") }
                team = id
            }
            let (password, generated) = try User.password(fromStandardInput: passwordFromStandardInput)
            try await KeelRuntime.withApplication(try database.configuration()) { app in
                let chosen = try await KeelRuntime.organization(slug: organization, on: app)
                let hash = try await app.password.async.hash(password)
                let draft = PersonDraft(name: name, email: email, jobRole: job, accessRole: access, teamID: team, marketID: nil)
                let person: Person
                do {
                    person = try await Directory(database: app.db, organizationID: chosen.id)
                        .addPerson(draft, passwordHash: hash, actor: nil, at: Date())
                } catch {
                    guard let errors = [FieldError](refusal: error) else { throw error }
                    throw CommandFailure(errors.map { "\($0.field): \(Localizer(.english)($0.problem))" }.joined(separator: "\n"))
                }
                print("Added \(person.name) <\(person.email)> as \(person.accessRole.rawValue) in \(chosen.name).")
                if generated { print("Password: \(password)") }
            }
        }
    }

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a new API bearer token for a person.")

        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "The person's e-mail address.") var email: String
        @ArgumentParser.Option(help: "A note saying what the token is for.") var label: String = "cli"

        func run() async throws {
            let configuration = try database.configuration()
            try await KeelRuntime.withApplication(configuration) { app in
                let person = try await User.person(email: email, on: app)
                guard person.isActive else { throw CommandFailure("\(email) is deactivated") }
                let token = try await APITokens.issue(for: person, label: label, actor: nil, on: app)
                print(token.token)
            }
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a person's password (signs them out everywhere).")

        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "The person's e-mail address.") var email: String
        @ArgumentParser.Flag(name: .customLong("password-stdin"), help: "Read the password from standard input instead of generating one.")
        var passwordFromStandardInput = false

        func run() async throws {
            let (password, generated) = try User.password(fromStandardInput: passwordFromStandardInput)
            try await KeelRuntime.withApplication(try database.configuration()) { app in
                let person = try await User.person(email: email, on: app)
                try await Accounts(database: app.db).setPasswordHash(try await app.password.async.hash(password), for: person.id, at: Date())
                print("Password changed for \(person.email).")
                if generated { print("Password: \(password)") }
            }
        }
    }

    struct Deactivate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deactivate a person: they can no longer sign in; their history stays.")

        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "The person's e-mail address.") var email: String

        func run() async throws {
            try await KeelRuntime.withApplication(try database.configuration()) { app in
                let person = try await User.person(email: email, on: app)
                _ = try await Directory(database: app.db, organizationID: person.organizationID)
                    .setActive(person: person.id, false, actor: nil, at: Date())
                print("Deactivated \(person.email).")
            }
        }
    }
}
