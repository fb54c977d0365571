/// A stored value Keel cannot read back as a domain value — written by another version of Keel,
/// changed by hand, or a bug. Reported rather than guessed around.
public struct CorruptRecord: Error, Hashable, Sendable, CustomStringConvertible {
    public var what: String

    public init(_ what: String) {
        self.what = what
    }

    /// A record with an id: which one, and what is wrong with it.
    public init(entity: String, id: String, problem: String) {
        self.init("\(entity) \(id): \(problem)")
    }

    public var description: String { "unreadable stored \(what)" }
}
