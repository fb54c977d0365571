import Foundation

/// The traced-impact patterns of a generated year (SPEC §5): two cohorts of account executives
/// across markets whose coaching focus changes on the same date, 9 weeks before the span ends, so
/// the impact view has an 8-week window on each side.
///
/// - `effective`: the focus becomes the prospecting competency, and from that day they do every
///   planned activity of the prospecting area (`prospecting` and `call`, as the default signal
///   map links them) in its planned week — their push rate there drops from 0.10 (prospecting)
///   and 0.06 (calls), plus the usual extra under load, to 0, with 2 % left undone as everyone.
///   Their on-time execution of the area rises by about 8 percentage points (from about 0.90 to
///   0.98); the comparable sellers' does not.
/// - `null`: the focus becomes a needs-analysis competency on the same day and nothing in their
///   work changes: an intervention whose interval should cover zero.
///
/// Only the data carry the effect: the impact view finds it the way it finds any other.
public struct DemoImpactCohorts: Hashable, Sendable {
    public static let effectiveAreaKey = "prospecting"
    public static let nullAreaKey = "needs-analysis"
    /// The activity types the effective cohort stops letting slip.
    public static let activityTypes: Set<ActivityType> = Set(DiagnosisSignalMap.nordicB2B.signals(for: effectiveAreaKey).activityTypes)
    /// Each cohort's size; none is planted when there are fewer eligible sellers than two cohorts.
    public static let size = 10
    /// The planted rise in on-time execution of the area, in rate (about).
    public static let expectedLift = 0.08

    public var effective: [Person.ID]
    public var null: [Person.ID]
    /// Monday of the week the new focus starts.
    public var since: Date

    public init(effective: [Person.ID], null: [Person.ID], since: Date) {
        self.effective = effective
        self.null = null
        self.since = since
    }

    /// The competencies the two cohorts' focus becomes.
    public struct Focus: Hashable, Sendable {
        public var effective: Competency.ID
        public var null: Competency.ID

        /// The first competency of each cohort's area in `framework`; `nil` when it lacks either area.
        public init?(_ framework: CompetencyFramework?) {
            guard let areas = framework?.areas,
                  let effective = areas.first(where: { $0.key == DemoImpactCohorts.effectiveAreaKey })?.competencies.first?.id,
                  let null = areas.first(where: { $0.key == DemoImpactCohorts.nullAreaKey })?.competencies.first?.id
            else { return nil }
            self.effective = effective
            self.null = null
        }
    }

    /// Account executives outside the first four selling teams (whose coaches carry the coaching
    /// patterns) and outside the other patterns, taken in turn from each market so the cohorts
    /// span several.
    static func choose(eligible: [Person], since: Date) -> DemoImpactCohorts? {
        var byMarket: [[Person]] = []
        var marketIndex: [Market.ID?: Int] = [:]
        for person in eligible {
            if let index = marketIndex[person.marketID] {
                byMarket[index].append(person)
            } else {
                marketIndex[person.marketID] = byMarket.count
                byMarket.append([person])
            }
        }
        var interleaved: [Person.ID] = []
        for round in 0..<(byMarket.map(\.count).max() ?? 0) {
            for market in byMarket where round < market.count { interleaved.append(market[round].id) }
        }
        guard interleaved.count >= 2 * size else { return nil }
        return DemoImpactCohorts(
            effective: Array(interleaved.prefix(size)), null: Array(interleaved.dropFirst(size).prefix(size)), since: since)
    }
}
