import Foundation

/// The answer to a ``DiagnosisQuery`` for one viewer: the scope's sellers diagnosed over the
/// weeks, the structural findings of their teams and markets, and who moved since the weeks
/// before — with the names and the basis (cycle, framework, policy) a reader needs.
public struct DiagnosisOverview: Hashable, Sendable, Codable {
    /// The closed cycle whose consolidated levels are the *can* side.
    public struct Basis: Hashable, Sendable, Codable {
        public var cycleID: AssessmentCycle.ID
        public var cycleName: String
        public var closedAt: Date
        public var framework: FrameworkVersionReference

        public init(cycleID: AssessmentCycle.ID, cycleName: String, closedAt: Date, framework: FrameworkVersionReference) {
            self.cycleID = cycleID
            self.cycleName = cycleName
            self.closedAt = closedAt
            self.framework = framework
        }
    }

    public struct Area: Hashable, Sendable, Codable {
        public var key: String
        public var name: LocalizedText
        public var signals: AreaSignals
        /// The area's competencies, in the framework's order, for the evidence.
        public var competencies: [CompetencyName]

        public init(key: String, name: LocalizedText, signals: AreaSignals, competencies: [CompetencyName]) {
            self.key = key
            self.name = name
            self.signals = signals
            self.competencies = competencies
        }
    }

    public struct CompetencyName: Hashable, Sendable, Codable {
        public var id: Competency.ID
        public var name: LocalizedText

        public init(id: Competency.ID, name: LocalizedText) {
            self.id = id
            self.name = name
        }
    }

    public struct Seller: Hashable, Sendable, Codable {
        public var id: Person.ID
        public var name: String
        public var teamID: Team.ID?
        public var marketID: Market.ID?
        /// The closed cycle the seller's levels come from: their latest assessment.
        public var assessedIn: Basis?

        public init(id: Person.ID, name: String, teamID: Team.ID?, marketID: Market.ID?, assessedIn: Basis? = nil) {
            self.id = id
            self.name = name
            self.teamID = teamID
            self.marketID = marketID
            self.assessedIn = assessedIn
        }
    }

    public var scope: AnalysisScope
    public var scopeName: String
    public var weeks: ClosedRange<ISOWeek>
    public var previousWeeks: ClosedRange<ISOWeek>
    public var policy: DiagnosisPolicy
    /// The latest closed cycle, whose framework version the areas are; `nil` when none has
    /// closed, and every *can* is missing. Each seller's levels come from their own latest
    /// assessment (``Seller/assessedIn``), which may be an earlier cycle of the framework.
    public var basis: Basis?
    public var areas: [Area]
    public var sellers: [Seller]
    /// Team and market names for the findings.
    public var groupNames: [String: String]
    /// The reasons findings name.
    public var catalog: ReasonCatalog
    public var report: DiagnosisReport
    public var changes: [DiagnosisChange]
    /// The whole scope's counts: ``report`` and ``changes`` may hold one page of them
    /// (``listing(_:)``).
    public var whole: Whole
    /// Which part of the sellers and changes is listed.
    public var page: ListPage = .all
    /// When a wide scope's answer was decided, if it was kept and shared rather than decided
    /// for this request (``KeptScreens`` in the store).
    public var keptAt: Date?

    public init(
        scope: AnalysisScope, scopeName: String, weeks: ClosedRange<ISOWeek>, previousWeeks: ClosedRange<ISOWeek>,
        policy: DiagnosisPolicy, basis: Basis?, areas: [Area], sellers: [Seller], groupNames: [String: String],
        catalog: ReasonCatalog, report: DiagnosisReport, changes: [DiagnosisChange]
    ) {
        self.scope = scope
        self.scopeName = scopeName
        self.weeks = weeks
        self.previousWeeks = previousWeeks
        self.policy = policy
        self.basis = basis
        self.areas = areas
        self.sellers = sellers
        self.groupNames = groupNames
        self.catalog = catalog
        self.report = report
        self.changes = changes
        self.whole = Whole(report: report, changes: changes)
    }

    public func seller(_ id: Person.ID) -> Seller? { sellers.first { $0.id == id } }

    public func area(_ key: String) -> Area? { areas.first { $0.key == key } }

    /// The sellers most in need of attention first: most urgent verdict, then more areas
    /// needing something, then name.
    public var sellersByAttention: [SellerDiagnosis] {
        let names = Dictionary(sellers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func needs(_ diagnosis: SellerDiagnosis) -> Int {
            diagnosis.areas.count { [.developmentNeed, .executionGap, .competenceGap].contains($0.verdict) }
        }
        // Each seller's key is built once: a sort compares ~14 times per seller, and building the
        // key walks their areas — for ten thousand sellers that was most of a page of them.
        return report.sellers
            .map { (seller: $0, key: ($0.mostUrgent?.attentionRank ?? .max, -needs($0), names[$0.personID] ?? "")) }
            .sorted { $0.key < $1.key }
            .map(\.seller)
    }
}
