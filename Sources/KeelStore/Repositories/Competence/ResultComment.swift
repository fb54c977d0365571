import Foundation
import SalesDomain

/// What a person wrote about their own result after the cycle closed — their right to comment
/// on an evaluation of them. One per person and cycle; they may edit it.
public struct ResultComment: Hashable, Sendable, Codable {
    public static let maximumLength = 10_000

    public var cycleID: AssessmentCycle.ID
    public var personID: Person.ID
    public var text: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(cycleID: AssessmentCycle.ID, personID: Person.ID, text: String, createdAt: Date, updatedAt: Date) {
        self.cycleID = cycleID
        self.personID = personID
        self.text = text
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
