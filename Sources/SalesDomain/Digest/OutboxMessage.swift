import Foundation

/// One e-mail in the outbox, written before it is sent and kept until it is delivered: the
/// recipient's address and language as they were when it was composed, both bodies, and how
/// delivery went.
public struct OutboxMessage: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<OutboxMessage>

    public enum State: String, Hashable, Sendable, Codable, CodingKeyRepresentable, CaseIterable {
        /// Not yet tried.
        case queued
        /// Tried and failed; tried again at `nextAttemptAt`.
        case failing
        /// Failed for a day; kept, and sent again only by an operator (`keel digest send-now`).
        case failed
        case sent
    }

    public var id: ID
    public var personID: Person.ID
    public var address: String
    public var language: Language
    public var subject: String
    public var text: String
    public var html: String
    public var week: ISOWeek
    public var attempts: Int
    public var nextAttemptAt: Date?
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?

    public init(
        id: ID, personID: Person.ID, address: String, language: Language, subject: String, text: String, html: String, week: ISOWeek,
        attempts: Int = 0, nextAttemptAt: Date? = nil, lastError: String? = nil, createdAt: Date, sentAt: Date? = nil
    ) {
        self.id = id
        self.personID = personID
        self.address = address
        self.language = language
        self.subject = subject
        self.text = text
        self.html = html
        self.week = week
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
    }

    public var state: State {
        if sentAt != nil { return .sent }
        if attempts == 0 { return .queued }
        return nextAttemptAt == nil ? .failed : .failing
    }
}
