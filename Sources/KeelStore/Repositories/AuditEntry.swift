import Foundation
import SalesDomain

/// One line of a record's change history, as shown to administrators.
public struct AuditEntry: Hashable, Sendable {
    public var actorID: Person.ID?
    public var action: String
    /// JSON object of field → old/new value.
    public var changes: String
    public var occurredAt: Date
}
