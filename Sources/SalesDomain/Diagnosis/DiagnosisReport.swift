/// The diagnosis of a set of sellers for one period (SPEC §3): per seller and competency area a
/// verdict with its evidence, and the structural findings of their teams and markets.
///
/// The definitions, in order:
/// 0. a seller is diagnosed in the areas their role profile has competencies in (in every
///    area, each *not enough data*, when no profile applies to them);
/// 1. *can* — ``AreaCompetence/can(tolerance:)``: weighted area level ≥ weighted target − tolerance;
/// 2. *does* — ``AreaExecution/does(threshold:)``: volume-weighted execution of the mapped
///    signals ≥ threshold;
/// 3. the quadrant of the two, or *not enough data* when either side has no evidence;
/// 4. structural findings per group (``DiagnosisReport/findings(in:sellers:map:policy:)``);
/// 5. a seller's *execution gap* in an area that a finding concerns them in becomes
///    *obstructed*: the finding goes to leadership, not to the seller.
public struct DiagnosisReport: Hashable, Sendable, Codable {
    public var sellers: [SellerDiagnosis]
    public var findings: [StructuralFinding]

    public init(sellers: [SellerDiagnosis], findings: [StructuralFinding]) {
        self.sellers = sellers
        self.findings = findings
    }

    /// - Parameters:
    ///   - areas: the framework version's areas, in its order.
    ///   - referenceByStage: the conversion each seller's stage signals are compared with.
    ///   - groups: the teams and markets to look for structural findings in, narrowest first: a
    ///     wider group's finding that only repeats one already raised (same kind, same areas, no
    ///     one affected who is not already) is not raised again.
    public init(
        sellers evidence: [SellerEvidence], areas: [CompetencyArea], map: DiagnosisSignalMap,
        referenceByStage: [DealStage: StageConversion], groups: [DiagnosisGroup], policy: DiagnosisPolicy
    ) {
        var classified: [Person.ID: [AreaDiagnosis]] = [:]
        for seller in evidence {
            // A seller's role says which areas are theirs; without a role profile every area is
            // listed, so the missing profile shows.
            let ownAreas = seller.gaps.isEmpty ? areas : areas.filter { AreaCompetence(area: $0, gaps: seller.gaps).profiled > 0 }
            classified[seller.personID] = ownAreas.map { area in
                let execution = AreaExecution(
                    signals: map.signals(for: area.key), executionByType: seller.executionByType,
                    conversionByStage: seller.conversionByStage, referenceByStage: referenceByStage, policy: policy)
                return AreaDiagnosis.classify(competence: AreaCompetence(area: area, gaps: seller.gaps), execution: execution, policy: policy)
            }
        }
        var findings: [StructuralFinding] = []
        for group in groups {
            for finding in Self.findings(in: group, sellers: evidence, diagnoses: classified, map: map, policy: policy)
            where !findings.contains(where: { $0.covers(finding) }) {
                findings.append(finding)
            }
        }
        sellers = evidence.map { seller in
            let areas = (classified[seller.personID] ?? []).map { diagnosis in
                var diagnosis = diagnosis
                if diagnosis.verdict == .executionGap, findings.contains(where: { $0.concerns(seller.personID, in: diagnosis.areaKey) }) {
                    diagnosis.verdict = .obstructed
                }
                return diagnosis
            }
            return SellerDiagnosis(
                personID: seller.personID, areas: areas, execution: seller.execution,
                stalledDeals: seller.stalledDeals.values.reduce(0, +), postponementsByReason: seller.postponementsByReason)
        }
        self.findings = findings
    }

    /// A group's structural findings: per mapped area, verified obstacles explaining at least
    /// the policy's share of the shortfall (with at least the minimum planned activities in the
    /// group); per stage, more than the policy's share of the group's sellers stalled there (in
    /// a group of two or more).
    static func findings(
        in group: DiagnosisGroup, sellers: [SellerEvidence], diagnoses: [Person.ID: [AreaDiagnosis]], map: DiagnosisSignalMap,
        policy: DiagnosisPolicy
    ) -> [StructuralFinding] {
        let members = Set(group.memberIDs)
        let groupSellers = sellers.filter { members.contains($0.personID) }
        var findings: [StructuralFinding] = []

        for signals in map.areas where !signals.activityTypes.isEmpty {
            var planned = 0
            var shortfall = 0
            var explained = 0
            var reasons: [ReasonCode: Int] = [:]
            var affected: [Person.ID] = []
            for seller in groupSellers {
                guard let execution = diagnoses[seller.personID]?.first(where: { $0.areaKey == signals.areaKey })?.execution else { continue }
                let sellerExplained = seller.explainedShortfall(of: execution, signals: signals)
                planned += execution.activities.planned
                shortfall += execution.shortfall
                explained += sellerExplained
                if sellerExplained > 0 {
                    affected.append(seller.personID)
                    reasons.merge(seller.verifiedObstacleReasons, uniquingKeysWith: +)
                }
            }
            guard planned >= policy.minimumPlannedActivities, shortfall > 0,
                Double(explained) >= policy.structuralShare * Double(shortfall) - AreaCompetence.rounding
            else { continue }
            findings.append(StructuralFinding(
                scope: group.scope, areaKeys: [signals.areaKey],
                cause: .verifiedObstacles(reasons: reasons.filter { $0.value > 0 }, explained: explained, shortfall: shortfall),
                affectedPeople: affected))
        }

        let stalledStages = Set(groupSellers.flatMap { $0.stalledDeals.filter { $0.value > 0 }.keys }).sorted()
        for stage in stalledStages where groupSellers.count >= 2 {
            let stalled = groupSellers.filter { ($0.stalledDeals[stage] ?? 0) > 0 }
            guard Double(stalled.count) > policy.stallShare * Double(groupSellers.count) + AreaCompetence.rounding else { continue }
            findings.append(StructuralFinding(
                scope: group.scope, areaKeys: map.areaKeys(drivingStage: stage),
                cause: .stalledStage(
                    stage: stage, stalledDeals: stalled.reduce(0) { $0 + ($1.stalledDeals[stage] ?? 0) }, sellers: stalled.count,
                    groupSellers: groupSellers.count),
                affectedPeople: stalled.map(\.personID)))
        }
        return findings
    }

    public func seller(_ personID: Person.ID) -> SellerDiagnosis? { sellers.first { $0.personID == personID } }

    /// How many seller-areas have each verdict.
    public var distribution: [AreaVerdict: Int] {
        sellers.reduce(into: [:]) { counts, seller in
            for area in seller.areas { counts[area.verdict, default: 0] += 1 }
        }
    }
}
