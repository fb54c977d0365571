/// The thresholds of the diagnosis (SPEC §3), set per organization.
public struct DiagnosisPolicy: Hashable, Sendable, Codable {
    /// *Can*: the area's consolidated level is at least its target minus this many levels.
    public var tolerance: Double
    /// *Does*: the area's execution score (see ``AreaExecution``) is at least this share.
    public var executionThreshold: Double
    /// Fewer planned activities of an area's types than this in the period, and the activity
    /// signal says nothing (it is listed as missing instead).
    public var minimumPlannedActivities: Int
    /// Fewer deals decided at a stage (advanced or lost there) than this, and the stage's
    /// conversion says nothing.
    public var minimumDecidedDeals: Int
    /// A group's non-execution of an area is structural when verified obstacles explain at
    /// least this share of it.
    public var structuralShare: Double
    /// A stage's stalls are structural when more than this share of a group's sellers have a
    /// stalled deal there.
    public var stallShare: Double

    public init(
        tolerance: Double = 0.5, executionThreshold: Double = 0.8, minimumPlannedActivities: Int = 10,
        minimumDecidedDeals: Int = 5, structuralShare: Double = 0.5, stallShare: Double = 0.5
    ) {
        self.tolerance = tolerance
        self.executionThreshold = executionThreshold
        self.minimumPlannedActivities = minimumPlannedActivities
        self.minimumDecidedDeals = minimumDecidedDeals
        self.structuralShare = structuralShare
        self.stallShare = stallShare
    }

    public static let standard = DiagnosisPolicy()

    /// Every value out of its range, named by field, at once.
    public func validated() throws(FieldErrors) -> DiagnosisPolicy {
        var problems = FieldErrors.Collector()
        func check(_ value: Double, _ field: String, _ range: ClosedRange<Double>, lowerOpen: Bool = false) {
            let inRange = range.contains(value) && !(lowerOpen && value == range.lowerBound)
            if !inRange || !value.isFinite {
                let key: Problem.Key = lowerOpen ? .numberAboveUpTo : .numberBetween
                problems.append(FieldError(
                    field: field, code: .invalidValue, key,
                    ["minimum": Self.format(range.lowerBound), "maximum": Self.format(range.upperBound)]))
            }
        }
        check(tolerance, "tolerance", 0...3)
        check(executionThreshold, "executionThreshold", 0...1, lowerOpen: true)
        check(structuralShare, "structuralShare", 0...1, lowerOpen: true)
        check(stallShare, "stallShare", 0...1)
        for (value, field) in [(minimumPlannedActivities, "minimumPlannedActivities"), (minimumDecidedDeals, "minimumDecidedDeals")]
        where !(1...1000).contains(value) {
            problems.append(FieldError(field: field, code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "1000"]))
        }
        try problems.throwIfAny()
        return self
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
