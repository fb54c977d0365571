/// A read or change the access policy refused, as the store reports it: `notFound` for a record
/// outside the viewer's reach (said as if it did not exist), `forbidden` for a kind of record
/// the viewer's role never reaches.
public struct AccessRefused: Error, Hashable, Sendable {
    public var decision: AccessDecision
    /// What was refused, in the API's words: "person", "team", "market", "organization".
    public var entity: String
    /// The request parameter that named it.
    public var field: String?
    /// Why a forbidden change is forbidden, when a generic "your role does not allow this" would
    /// leave the viewer guessing (only the rated person comments; only raters score).
    public var problem: Problem?

    public init(_ decision: AccessDecision, entity: String, field: String? = nil, problem: Problem? = nil) {
        self.decision = decision
        self.entity = entity
        self.field = field
        self.problem = problem
    }
}
