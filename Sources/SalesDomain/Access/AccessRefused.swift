/// A read or change the access policy refused, as the store reports it: `notFound` for a record
/// outside the viewer's reach (said as if it did not exist), `forbidden` for a kind of record
/// the viewer's role never reaches.
public struct AccessRefused: Error, Hashable, Sendable {
    public var decision: AccessDecision
    /// What was refused, in the API's words: "person", "team", "market", "organization".
    public var entity: String
    /// The request parameter that named it.
    public var field: String?

    public init(_ decision: AccessDecision, entity: String, field: String? = nil) {
        self.decision = decision
        self.entity = entity
        self.field = field
    }
}
