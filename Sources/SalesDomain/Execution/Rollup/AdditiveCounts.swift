/// Counts per key that add up across people: a group's counts are the sum of its members',
/// and a person's change moves every group by the difference (``change(to:)``). What lets the
/// stores keep group rollups on write instead of recounting.
public protocol AdditiveCounts {
    associatedtype Key: Hashable
    var counts: [Key: Int] { get }
    mutating func add(_ key: Key, count: Int)
}

extension AdditiveCounts {
    public var isEmpty: Bool { counts.values.allSatisfy { $0 == 0 } }

    public mutating func add(_ other: Self, sign: Int = 1) {
        for (key, count) in other.counts { add(key, count: sign * count) }
    }

    /// `other − self`, keeping keys that end at zero so a store updates those rows too.
    public func change(to other: Self) -> Self {
        var delta = other
        delta.add(self, sign: -1)
        return delta
    }
}
