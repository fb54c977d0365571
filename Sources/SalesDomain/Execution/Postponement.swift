import Foundation

/// An activity moved to a later date, or dropped, with the reason the seller gave.
///
/// One activity can be postponed several times; each move is its own record, so the chain of
/// `from` dates is the activity's plan history (the first `from` is the original plan).
public struct Postponement: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Postponement>

    public enum Change: Hashable, Sendable, Codable {
        case moved(to: Date)
        case dropped
    }

    public var id: ID
    public var activityID: Activity.ID
    /// The activity's owner, kept here so reason analyses need no join with activities.
    public var ownerID: Person.ID
    /// The planned date the activity was moved or dropped from.
    public var from: Date
    public var change: Change
    public var reasonCode: ReasonCode
    public var loggedAt: Date
    public var review: PostponementReview?

    public init(
        id: ID, activityID: Activity.ID, ownerID: Person.ID, from: Date, change: Change,
        reasonCode: ReasonCode, loggedAt: Date, review: PostponementReview? = nil
    ) {
        self.id = id
        self.activityID = activityID
        self.ownerID = ownerID
        self.from = from
        self.change = change
        self.reasonCode = reasonCode
        self.loggedAt = loggedAt
        self.review = review
    }

    public var isDropped: Bool { change == .dropped }

    /// The new planned date, `nil` when dropped.
    public var movedTo: Date? {
        if case .moved(let date) = change { date } else { nil }
    }

    /// Checks a new or edited postponement against the organization's catalog.
    ///
    /// - `to` must be after `from`: bringing work forward is re-planning, not postponing.
    /// - The reason must be in the catalog and active.
    ///
    /// Throws the first of ``problems(against:)``.
    public func validated(against catalog: ReasonCatalog) throws(FieldError) -> Postponement {
        if let problem = problems(against: catalog).first { throw problem }
        return self
    }

    /// Every problem ``validated(against:)`` refuses, in the form's order: a move that does not
    /// go later (`to`), then a reason the catalog does not hold or has retired (`reasonCode`).
    public func problems(against catalog: ReasonCatalog) -> [FieldError] {
        var problems: [FieldError] = []
        if let movedTo, movedTo <= from {
            problems.append(FieldError(field: "to", code: .invalidValue, .postponementNotLater))
        }
        if let problem = Self.reasonProblem(reasonCode, in: catalog) { problems.append(problem) }
        return problems
    }

    /// Why `code` cannot be a postponement's reason — not in the catalog, or retired — or `nil`
    /// when it can; on its own, for a form that could not read the rest of the postponement.
    public static func reasonProblem(_ code: ReasonCode, in catalog: ReasonCatalog) -> FieldError? {
        guard let reason = catalog.reason(for: code) else {
            return FieldError(
                field: "reasonCode", code: .notFound, .reasonNotInCatalog,
                ["code": code.rawValue, "choices": catalog.activeReasons.map(\.code.rawValue).joined(separator: ", ")])
        }
        return reason.isActive ? nil : FieldError(field: "reasonCode", code: .invalidValue, .reasonRetired, ["code": code.rawValue])
    }

    /// The postponement with a manager's review attached (replacing an earlier one).
    ///
    /// Refuses a review by the activity's own owner (a review is a second pair of eyes) and a
    /// review dated before the postponement was logged.
    public func reviewed(by reviewerID: Person.ID, verdict: ReviewVerdict, at reviewedAt: Date, note: String? = nil) throws(FieldError) -> Postponement {
        if reviewerID == ownerID {
            throw FieldError(field: "reviewerID", code: .conflict, .reviewerIsOwner)
        }
        if reviewedAt < loggedAt {
            throw FieldError(field: "reviewedAt", code: .invalidValue, .reviewBeforePostponement)
        }
        var copy = self
        copy.review = PostponementReview(reviewerID: reviewerID, verdict: verdict, reviewedAt: reviewedAt, note: note)
        return copy
    }
}
