/// A stored record that a caller named does not exist in the caller's organization.
public struct RecordNotFound: Error, Hashable, Sendable, CustomStringConvertible {
    public var entity: String
    public var id: String

    public init(entity: String, id: String) {
        self.entity = entity
        self.id = id
    }

    public var description: String { "no \(entity) with id \(id)" }
}
