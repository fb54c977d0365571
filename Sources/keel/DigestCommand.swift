import ArgumentParser
import Foundation
import KeelServer
import KeelStore

/// `keel digest send-now`: composes this week's digests and delivers every unsent message at
/// once, for operators (after fixing a relay) and tests; the server does the same on its own
/// every Monday at 07:00.
struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest", abstract: "The weekly e-mail digest (KEEL_SMTP_URL).", subcommands: [SendNow.self])

    struct SendNow: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "send-now",
            abstract: "Compose this week's digests (once per person and week) and deliver every unsent message now.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let configuration = try database.configuration()
            guard let relay = configuration.smtp else {
                throw CommandFailure("KEEL_SMTP_URL is not set: e-mail is not configured, so nothing was composed or sent (e.g. KEEL_SMTP_URL=smtp://localhost:25).")
            }
            try await KeelRuntime.withApplication(configuration) { app in
                let delivery = DigestDelivery(database: app.db, relay: relay, linkBase: configuration.linkBase, logger: app.logger)
                let outcome = try await delivery.sendNow(at: Date())
                print("\(outcome.composed) digests composed, \(outcome.sent) messages sent, \(outcome.failed) failed.")
                if let first = outcome.errors.first {
                    throw CommandFailure("\(outcome.failed) messages stay in the outbox to be tried again: \(first)")
                }
            }
        }
    }
}
