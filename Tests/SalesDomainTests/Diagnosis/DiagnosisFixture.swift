import Foundation
@testable import SalesDomain

/// Two areas of ``CompetenceFixture/framework(publishedAt:version:)`` mapped to signals:
/// prospecting → calls and the prospecting stage; negotiation → proposals and the negotiation stage.
enum DiagnosisFixture {
    static let areas = CompetenceFixture.framework().areas
    static let map = DiagnosisSignalMap(unchecked: [
        AreaSignals(areaKey: "prospecting", activityTypes: [.call], stages: ["prospecting"]),
        AreaSignals(areaKey: "negotiation", activityTypes: [.proposal], stages: ["negotiation"]),
    ])
    static let coldCalling = CompetenceFixture.competencyID(1)
    static let anchoring = CompetenceFixture.competencyID(2)
    static let concessions = CompetenceFixture.competencyID(3)
    static let waiting: ReasonCode = "waiting_for_customer_input"

    /// A seller at `prospectingLevel` on cold calling (target 3) and 3 on anchoring (target 3),
    /// with `calls` and `proposals` as (planned, done on time); `lateForObstacle` calls late
    /// for a verified obstacle, and one more verified postponement of any type for the reasons.
    static func seller(
        _ n: Int, prospectingLevel: Double? = 3, calls: (Int, Int) = (10, 10), proposals: (Int, Int) = (10, 10),
        lateForObstacle: Int = 0, stalled: [DealStage: Int] = [:]
    ) -> SellerEvidence {
        SellerEvidence(
            personID: Fixture.personID(n),
            gaps: [
                CompetencyGap(competencyID: coldCalling, targetLevel: 3, weight: 1, level: prospectingLevel),
                CompetencyGap(competencyID: anchoring, targetLevel: 3, weight: 1, level: 3),
            ],
            executionByType: [
                .call: ExecutionRate(planned: calls.0, doneOnTime: calls.1),
                .proposal: ExecutionRate(planned: proposals.0, doneOnTime: proposals.1),
            ],
            lateForVerifiedObstacle: lateForObstacle == 0 ? [:] : [.call: lateForObstacle],
            verifiedObstacleReasons: lateForObstacle == 0 ? [:] : [waiting: lateForObstacle + 1], stalledDeals: stalled)
    }

    static func report(_ sellers: [SellerEvidence], groups: [DiagnosisGroup] = [], policy: DiagnosisPolicy = .standard) -> DiagnosisReport {
        DiagnosisReport(sellers: sellers, areas: areas, map: map, referenceByStage: [:], groups: groups, policy: policy)
    }

    static func team(_ members: [Int]) -> DiagnosisGroup {
        DiagnosisGroup(scope: .team(Fixture.teamID(1)), memberIDs: members.map(Fixture.personID))
    }
}
