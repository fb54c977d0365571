import Foundation

/// A sales opportunity owned by one seller.
public struct Deal: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Deal>

    public var id: ID
    public var ownerID: Person.ID
    public var accountID: Account.ID?
    /// The current stage for an open deal; the stage it was closed from for a closed one.
    public var stage: DealStage
    /// In the organization's reporting currency; conversion is the importer's job.
    public var value: Decimal
    public var createdAt: Date
    /// First engagement with the customer: where the sales cycle starts. `nil` for a deal that
    /// never got past prospecting.
    public var engagedAt: Date?
    public var closedAt: Date?
    public var outcome: DealOutcome
    public var externalID: String?

    public init(
        id: ID, ownerID: Person.ID, accountID: Account.ID? = nil, stage: DealStage, value: Decimal,
        createdAt: Date, engagedAt: Date? = nil, closedAt: Date? = nil, outcome: DealOutcome = .open,
        externalID: String? = nil
    ) {
        self.id = id
        self.ownerID = ownerID
        self.accountID = accountID
        self.stage = stage
        self.value = value
        self.createdAt = createdAt
        self.engagedAt = engagedAt
        self.closedAt = closedAt
        self.outcome = outcome
        self.externalID = externalID
    }

    public var isClosed: Bool { outcome != .open }

    /// Checks what can be checked without the database:
    /// a negative value, a closed deal without a close date, an open deal with one, and a close
    /// before the first engagement (which would make a negative cycle time).
    public func validated() throws(FieldError) -> Deal {
        if stage.rawValue.isEmpty {
            throw FieldError(field: "stage", code: .required, .valueRequired)
        }
        if value < 0 {
            throw FieldError(field: "value", code: .invalidValue, .dealValueNegative, ["value": "\(value)"])
        }
        switch (outcome, closedAt) {
        case (.won, nil), (.lost, nil):
            throw FieldError(field: "closedAt", code: .required, outcome == .won ? .wonDealNeedsCloseDate : .lostDealNeedsCloseDate)
        case (.open, .some):
            throw FieldError(field: "closedAt", code: .invalidValue, .openDealHasCloseDate)
        default:
            break
        }
        if let closedAt, let engagedAt, closedAt < engagedAt {
            throw FieldError(field: "closedAt", code: .invalidValue, .closeDateBeforeEngagement)
        }
        return self
    }
}
