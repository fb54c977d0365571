import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension DigestStore {
    /// A composed message, not yet in the outbox.
    public struct Draft: Hashable, Sendable {
        public var person: Person.ID
        public var address: String
        public var language: Language
        public var subject: String
        public var text: String
        public var html: String
        public var week: ISOWeek

        public init(person: Person.ID, address: String, language: Language, subject: String, text: String, html: String, week: ISOWeek) {
            self.person = person
            self.address = address
            self.language = language
            self.subject = subject
            self.text = text
            self.html = html
            self.week = week
        }
    }

    public func hasMessage(for person: Person.ID, week: ISOWeek) async throws -> Bool {
        try await OutboxMessageModel.query(on: database)
            .filter(\.$personID == person.rawValue).filter(\.$week == week.description).first() != nil
    }

    /// Writes the message unless the person already has one for the week; `false` when they do.
    /// The unique (person, week) key decides between two servers composing at once.
    @discardableResult
    public func enqueue(_ draft: Draft, at date: Date) async throws -> Bool {
        if try await hasMessage(for: draft.person, week: draft.week) { return false }
        let model = OutboxMessageModel()
        model.id = UUID()
        model.organizationID = organizationID.rawValue
        model.personID = draft.person.rawValue
        model.address = draft.address
        model.language = draft.language.rawValue
        model.subject = draft.subject
        model.textBody = draft.text
        model.htmlBody = draft.html
        model.week = draft.week.description
        model.attempts = 0
        model.nextAttemptAt = date
        model.createdAt = date
        do {
            try await database.writeTransaction { database in try await model.create(on: database) }
        } catch {
            if try await hasMessage(for: draft.person, week: draft.week) { return false }
            throw error
        }
        return true
    }

    /// Unsent messages whose next attempt is due; with `includingFailed`, every unsent one (an
    /// operator's send-now), oldest first.
    public func deliverable(at date: Date, includingFailed: Bool = false) async throws -> [OutboxMessage] {
        let query = OutboxMessageModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$sentAt == nil)
        if !includingFailed { query.filter(\.$nextAttemptAt <= date) }
        return try await query.sort(\.$createdAt).all().map { try $0.domain() }
    }

    public func message(_ id: OutboxMessage.ID) async throws -> OutboxMessage? {
        try await OutboxMessageModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first()?.domain()
    }

    public func markSent(_ id: OutboxMessage.ID, at date: Date) async throws {
        try await update(id) { model in
            model.attempts += 1
            model.sentAt = date
            model.nextAttemptAt = nil
        }
    }

    /// Records a failed attempt and when to try again (``MailRetry``); the message is never deleted.
    public func markFailed(_ id: OutboxMessage.ID, error: String, at date: Date) async throws {
        try await update(id) { model in
            model.attempts += 1
            model.lastError = String(error.prefix(1_000))
            model.nextAttemptAt = MailRetry.nextAttempt(afterFailures: model.attempts, queuedAt: model.createdAt, now: date)
        }
    }

    private func update(_ id: OutboxMessage.ID, _ change: @escaping @Sendable (OutboxMessageModel) -> Void) async throws {
        let organizationID = organizationID
        try await database.writeTransaction { database in
            guard let model = try await OutboxMessageModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first()
            else { return }
            change(model)
            try await model.save(on: database)
        }
    }

    /// Deletes sent messages older than the retention period; unsent ones always stay.
    @discardableResult
    public func purge(sentBefore date: Date) async throws -> Int {
        let organizationID = organizationID
        return try await database.writeTransaction { database in
            let old = OutboxMessageModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$sentAt != nil).filter(\.$sentAt < date)
            let count = try await old.count()
            try await old.delete()
            return count
        }
    }

    /// How long a sent message is kept: long enough to answer "did I get it?", not a mail archive.
    public static let sentRetention: TimeInterval = 30 * 24 * 3_600

    /// The outbox page and `GET /api/v1/outbox`: admins only.
    public func outboxReport(configured: Bool, for policy: AccessPolicy) async throws -> OutboxReport {
        guard policy.canReadOutbox else { throw AccessRefused(.forbidden, entity: "outbox", field: "outbox") }
        let unsent = try await OutboxMessageModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$sentAt == nil).sort(\.$createdAt).all().map { try $0.domain() }
        let sent = try await OutboxMessageModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$sentAt != nil).sort(\.$sentAt, .descending)
            .limit(OutboxReport.sentShown).all().map { try $0.domain() }
        let sentCount = try await OutboxMessageModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$sentAt != nil).count()
        let names = Dictionary(try await directory.people(ids: Set((unsent + sent).map(\.personID))).map { ($0.id, $0.name) },
                               uniquingKeysWith: { first, _ in first })
        var counts = Dictionary(grouping: unsent, by: \.state).mapValues(\.count)
        counts[.sent] = sentCount
        for state in OutboxMessage.State.allCases where counts[state] == nil { counts[state] = 0 }
        let order: [OutboxMessage.State] = [.failed, .failing, .queued]
        let rows = unsent.sorted { (order.firstIndex(of: $0.state) ?? 3, $0.createdAt) < (order.firstIndex(of: $1.state) ?? 3, $1.createdAt) } + sent
        return OutboxReport(configured: configured, counts: counts, rows: rows.map { OutboxReport.Row(message: $0, name: names[$0.personID] ?? "") })
    }

    /// The person's digest messages, for their export.
    func messages(of person: Person.ID) async throws -> [OutboxMessage] {
        try await OutboxMessageModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$personID == person.rawValue).sort(\.$createdAt).all().map { try $0.domain() }
    }
}
