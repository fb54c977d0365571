import Foundation

/// The admin's view of the outbox: how many messages are in each state, and every unsent one
/// and the most recent sent ones — recipient, week, attempts and the last error, never the
/// bodies — so a relay that refuses mail is seen the morning it happens.
public struct OutboxReport: Hashable, Sendable, Codable {
    public struct Row: Hashable, Sendable, Codable {
        public var id: OutboxMessage.ID
        public var personID: Person.ID
        public var name: String
        public var address: String
        public var week: ISOWeek
        public var state: OutboxMessage.State
        public var attempts: Int
        public var nextAttemptAt: Date?
        public var lastError: String?
        public var createdAt: Date
        public var sentAt: Date?

        public init(message: OutboxMessage, name: String) {
            id = message.id
            personID = message.personID
            self.name = name
            address = message.address
            week = message.week
            state = message.state
            attempts = message.attempts
            nextAttemptAt = message.nextAttemptAt
            lastError = message.lastError
            createdAt = message.createdAt
            sentAt = message.sentAt
        }
    }

    /// Whether `KEEL_SMTP_URL` is set: without it nothing is composed or sent.
    public var configured: Bool
    public var counts: [OutboxMessage.State: Int]
    /// Unsent first (failed, failing, queued), then sent, newest first; at most `limit` sent ones.
    public var rows: [Row]

    public init(configured: Bool, counts: [OutboxMessage.State: Int], rows: [Row]) {
        self.configured = configured
        self.counts = counts
        self.rows = rows
    }

    public static let sentShown = 50
}
