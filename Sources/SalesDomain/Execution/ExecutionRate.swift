/// Planned activities and how many of them were done on time.
public struct ExecutionRate: Hashable, Sendable, Codable {
    public var planned: Int
    public var doneOnTime: Int

    public init(planned: Int = 0, doneOnTime: Int = 0) {
        self.planned = planned
        self.doneOnTime = doneOnTime
    }

    /// doneOnTime ÷ planned; `nil` when nothing was planned.
    public var rate: Double? {
        Double.ratio(doneOnTime, of: planned)
    }

    public mutating func add(_ other: ExecutionRate) {
        planned += other.planned
        doneOnTime += other.doneOnTime
    }
}
