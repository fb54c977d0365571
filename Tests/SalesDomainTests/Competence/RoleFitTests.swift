import Testing
@testable import SalesDomain

@Suite struct RoleFitTests {
    typealias F = CompetenceFixture

    /// | competency | target | weight | level | gap  | min(level/target, 1) |
    /// |------------|--------|--------|-------|------|----------------------|
    /// | 1          | 4      | 2      | 3.5   | −0.5 | 0.875                |
    /// | 2          | 3      | 1      | 4     | +1   | 1 (capped)           |
    /// | 3          | 5      | 1      | 2.5   | −2.5 | 0.5                  |
    /// | 4          | 3      | 1      | —     | —    | left out             |
    ///
    /// fit = 100 · (2·0.875 + 1·1 + 1·0.5) / (2+1+1) = 100 · 3.25 / 4 = 81.25 %
    /// rated weight share = (2+1+1) / (2+1+1+1) = 0.8
    let profile = RoleProfile(
        id: F.profileID(1), organizationID: Fixture.organization, frameworkID: F.frameworkID, jobRole: .accountExecutive,
        entries: [
            RoleProfileEntry(competencyID: F.competencyID(1), targetLevel: 4, weight: 2),
            RoleProfileEntry(competencyID: F.competencyID(2), targetLevel: 3, weight: 1),
            RoleProfileEntry(competencyID: F.competencyID(3), targetLevel: 5, weight: 1),
            RoleProfileEntry(competencyID: F.competencyID(4), targetLevel: 3, weight: 1),
        ]
    )
    let levels: [Competency.ID: Double] = [
        F.competencyID(1): 3.5, F.competencyID(2): 4, F.competencyID(3): 2.5, F.competencyID(7): 1,
    ]

    @Test func gapsAreLevelMinusTargetInProfileOrder() {
        let fit = RoleFit(levels: levels, profile: profile)
        #expect(fit.gaps.map(\.gap) == [-0.5, 1, -2.5, nil])
        #expect(fit.gaps.map(\.isBelowTarget) == [true, false, true, nil])
        #expect(fit.gaps.map(\.competencyID) == (1...4).map(F.competencyID))
    }

    @Test func fitIsTheWeightedCappedRatioOverRatedCompetencies() {
        let fit = RoleFit(levels: levels, profile: profile)
        #expect(fit.fitPercent == 81.25)
        #expect(fit.ratedWeightShare == 0.8)
    }

    @Test func exceedingEveryTargetIsAHundredPercentNotMore() {
        let fit = RoleFit(levels: [F.competencyID(1): 5, F.competencyID(2): 5, F.competencyID(3): 5, F.competencyID(4): 5], profile: profile)
        #expect(fit.fitPercent == 100)
        #expect(fit.ratedWeightShare == 1)
    }

    @Test func withNothingRatedThereIsNoFit() {
        let fit = RoleFit(levels: [:], profile: profile)
        #expect(fit.fitPercent == nil)
        #expect(fit.ratedWeightShare == 0)
    }
}
