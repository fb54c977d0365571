/// A stored record that cannot be read back as a domain value — written by another version of
/// Keel or changed by hand. Reported rather than guessed around.
public struct StoredDataError: Error, Hashable, Sendable, CustomStringConvertible {
    public var entity: String
    public var id: String
    public var problem: String

    public init(entity: String, id: String, problem: String) {
        self.entity = entity
        self.id = id
        self.problem = problem
    }

    public var description: String { "the stored \(entity) \(id) cannot be read: \(problem)" }
}
