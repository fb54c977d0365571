import FluentKit
import Foundation
import SalesDomain

final class OutboxMessageModel: Model, @unchecked Sendable {
    static let schema = "mail_outbox"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "address") var address: String
    @Field(key: "language") var language: String
    @Field(key: "subject") var subject: String
    @Field(key: "text_body") var textBody: String
    @Field(key: "html_body") var htmlBody: String
    @Field(key: "week") var week: String
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    func domain() throws -> OutboxMessage {
        guard let id, let week = ISOWeek(week), let language = Language(rawValue: language) else {
            throw CorruptRecord("outbox message \(id?.uuidString ?? "?")")
        }
        return OutboxMessage(
            id: .init(id), personID: .init(personID), address: address, language: language, subject: subject, text: textBody, html: htmlBody,
            week: week, attempts: attempts, nextAttemptAt: nextAttemptAt, lastError: lastError, createdAt: createdAt, sentAt: sentAt)
    }
}
