import Fluent
import Foundation
import KeelStore
import Logging
import SalesDomain

/// Composes the week's digests into the outbox and delivers what is due from it, for every
/// organization in the database: what the server's ``DigestSender`` runs every minute and
/// `keel digest send-now` runs once. Composing is idempotent (one message per person and week)
/// and delivering never deletes an unsent message: a failure is recorded on the message, with
/// its cause in the log, and tried again after ``MailRetry``'s delay.
public struct DigestDelivery: Sendable {
    public var database: any Database
    public var relay: SMTPRelay
    public var linkBase: String
    public var logger: Logger
    public var timeout: Duration
    /// The organizations and weeks this process has composed, so the minute-by-minute run does
    /// not read every person's digest again all week; after a restart a week is composed again,
    /// which stores nothing twice.
    var composedWeeks = ComposedWeeks()

    final class ComposedWeeks: @unchecked Sendable {
        private let lock = NSLock()
        private var done: Set<String> = []
        func contains(_ key: String) -> Bool { lock.withLock { done.contains(key) } }
        func insert(_ key: String) { _ = lock.withLock { done.insert(key) } }
    }

    public init(database: any Database, relay: SMTPRelay, linkBase: String, logger: Logger, timeout: Duration = .seconds(30)) {
        self.database = database
        self.relay = relay
        self.linkBase = linkBase
        self.logger = logger
        self.timeout = timeout
    }

    public struct Outcome: Hashable, Sendable {
        public var composed = 0
        public var sent = 0
        public var failed = 0
        public var errors: [String] = []
    }

    /// The scheduled run: this week's digests once their Monday 07:00 has passed, then whatever is due.
    public func run(at date: Date) async throws -> Outcome {
        var outcome = Outcome()
        for organization in try await Organizations(database: database).all() {
            let store = try await DigestStore.of(database: database, organizationID: organization.id)
            if let week = DigestSchedule.dueWeek(at: date, calendar: store.calendar), !composedWeeks.contains("\(organization.id) \(week)") {
                outcome.composed += try await compose(store, week: week, at: date)
                composedWeeks.insert("\(organization.id) \(week)")
            }
            try await deliver(store, at: date, includingFailed: false, into: &outcome)
            try await store.purge(sentBefore: date.addingTimeInterval(-DigestStore.sentRetention))
        }
        return outcome
    }

    /// An operator's run: this week's digests now, whatever the hour, and every unsent message.
    public func sendNow(at date: Date) async throws -> Outcome {
        var outcome = Outcome()
        for organization in try await Organizations(database: database).all() {
            let store = try await DigestStore.of(database: database, organizationID: organization.id)
            outcome.composed += try await compose(store, week: store.calendar.week(containing: date), at: date)
            try await deliver(store, at: date, includingFailed: true, into: &outcome)
        }
        return outcome
    }

    /// Writes each recipient's digest for the week into the outbox, unless it is empty or already there.
    func compose(_ store: DigestStore, week: ISOWeek, at date: Date) async throws -> Int {
        var composed = 0
        for person in try await store.recipients() where !(try await store.hasMessage(for: person.id, week: week)) {
            guard let digest = try await store.digest(for: person, week: week, asOf: date), !digest.isEmpty else { continue }
            let language = person.language ?? .english
            let mail = DigestMail.render(digest, text: Localizer(language), baseURL: linkBase)
            let draft = DigestStore.Draft(
                person: person.id, address: person.email, language: language, subject: mail.subject, text: mail.text, html: mail.html, week: week)
            if try await store.enqueue(draft, at: date) { composed += 1 }
        }
        return composed
    }

    func deliver(_ store: DigestStore, at date: Date, includingFailed: Bool, into outcome: inout Outcome) async throws {
        let client = SMTPClient(relay: relay, timeout: timeout)
        for message in try await store.deliverable(at: date, includingFailed: includingFailed) {
            let mail = MIMEMessage(
                from: relay.from, to: message.address, subject: message.subject, text: message.text, html: message.html, date: date,
                messageID: "\(message.id)@\(client.heloName)")
            do {
                try await client.send(mail)
                try await store.markSent(message.id, at: date)
                outcome.sent += 1
            } catch {
                let cause = String(describing: error)
                try await store.markFailed(message.id, error: cause, at: date)
                logger.warning("digest: message \(message.id) for week \(message.week) not delivered (attempt \(message.attempts + 1)): \(cause)")
                outcome.failed += 1
                outcome.errors.append(cause)
            }
        }
    }
}
