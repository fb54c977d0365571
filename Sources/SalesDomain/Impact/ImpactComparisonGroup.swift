/// The sellers an intervention's sellers are compared with: comparable sellers without it — the
/// same job role and market as a treated seller, active, and with no intervention on the same
/// target (by coaching or practice) starting anywhere in the windows compared.
public enum ImpactComparisonGroup {
    /// The seller facts the choice needs.
    public struct Candidate: Hashable, Sendable {
        public var id: Person.ID
        public var jobRole: JobRole
        public var marketID: Market.ID?

        public init(id: Person.ID, jobRole: JobRole, marketID: Market.ID?) {
            self.id = id
            self.jobRole = jobRole
            self.marketID = marketID
        }

        public init(_ person: Person) {
            self.init(id: person.id, jobRole: person.jobRole, marketID: person.marketID)
        }
    }

    /// `candidates` are the organization's active sellers; `interventions` every intervention on
    /// the target; `span` the weeks of every window compared.
    public static func choose(
        treated: [Candidate], candidates: [Candidate], interventions: [Intervention], target: Intervention.Target,
        span: ClosedRange<ISOWeek>, calendar: WeekCalendar
    ) -> [Person.ID] {
        let kinds = Set(treated.map { Kind(jobRole: $0.jobRole, marketID: $0.marketID) })
        let treatedIDs = Set(treated.map(\.id))
        let touched = Set(interventions.filter { $0.target == target && span.contains(calendar.week(containing: $0.startedAt)) }.map(\.sellerID))
        return candidates.filter {
            !treatedIDs.contains($0.id) && !touched.contains($0.id) && kinds.contains(Kind(jobRole: $0.jobRole, marketID: $0.marketID))
        }.map(\.id).sorted()
    }

    /// A comparison group given by the caller (to compare with a chosen set of sellers) must not
    /// include a treated seller: they would be compared with themselves.
    public static func check(_ comparison: [Person.ID], treated: [Person.ID]) throws(FieldError) {
        let treatedIDs = Set(treated)
        if let seller = comparison.first(where: { treatedIDs.contains($0) }) {
            throw FieldError(field: "comparison", code: .invalidValue, .impactComparisonIncludesSeller, ["person": seller.description])
        }
    }

    private struct Kind: Hashable {
        var jobRole: JobRole
        var marketID: Market.ID?
    }
}
