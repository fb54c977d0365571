import Testing
@testable import SalesDomain

@Suite("Diagnosis: can — an area's level against its target")
struct AreaCompetenceTests {
    let area = DiagnosisFixture.areas[1] // negotiation: anchoring, concessions

    @Test("Level and target are weighted means over the rated competencies")
    func weightedMeans() throws {
        // anchoring: target 3, weight 2, level 2.5; concessions: target 4, weight 1, level 3.
        // level = (2·2.5 + 1·3) ÷ 3 = 8/3; target = (2·3 + 1·4) ÷ 3 = 10/3; gap = −2/3.
        let competence = AreaCompetence(area: area, gaps: [
            CompetencyGap(competencyID: DiagnosisFixture.anchoring, targetLevel: 3, weight: 2, level: 2.5),
            CompetencyGap(competencyID: DiagnosisFixture.concessions, targetLevel: 4, weight: 1, level: 3),
            CompetencyGap(competencyID: DiagnosisFixture.coldCalling, targetLevel: 5, weight: 9, level: 1),
        ])
        #expect(competence.profiled == 2)
        #expect(competence.rated == 2)
        #expect(abs(try #require(competence.level) - 8.0 / 3) < 1e-12)
        #expect(abs(try #require(competence.target) - 10.0 / 3) < 1e-12)
        #expect(abs(try #require(competence.gap) + 2.0 / 3) < 1e-12)
        #expect(competence.can(tolerance: 0.5) == false)
        #expect(competence.can(tolerance: 0.7) == true)
    }

    @Test("A gap of exactly the tolerance still counts as can")
    func toleranceBoundary() {
        let atBoundary = AreaCompetence(area: area, gaps: [
            CompetencyGap(competencyID: DiagnosisFixture.anchoring, targetLevel: 3, weight: 1, level: 2.5),
        ])
        #expect(atBoundary.can(tolerance: 0.5) == true)
        #expect(atBoundary.can(tolerance: 0.49) == false)
    }

    @Test("An unrated competency leaves the rated ones to speak; none rated is no answer")
    func unrated() {
        let partly = AreaCompetence(area: area, gaps: [
            CompetencyGap(competencyID: DiagnosisFixture.anchoring, targetLevel: 3, weight: 1, level: 3),
            CompetencyGap(competencyID: DiagnosisFixture.concessions, targetLevel: 4, weight: 1, level: nil),
        ])
        #expect(partly.rated == 1)
        #expect(partly.target == 3)
        #expect(partly.can(tolerance: 0) == true)

        let none = AreaCompetence(area: area, gaps: [
            CompetencyGap(competencyID: DiagnosisFixture.concessions, targetLevel: 4, weight: 1, level: nil),
        ])
        #expect(none.can(tolerance: 0.5) == nil)
    }
}
