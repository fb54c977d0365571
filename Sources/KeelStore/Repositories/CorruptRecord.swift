/// A stored value Keel cannot read back: written by something other than Keel, or a bug.
public struct CorruptRecord: Error, Hashable, Sendable, CustomStringConvertible {
    public var what: String

    public init(_ what: String) {
        self.what = what
    }

    public var description: String { "unreadable \(what)" }
}
