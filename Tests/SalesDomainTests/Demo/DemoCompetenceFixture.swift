import Foundation
@testable import SalesDomain

/// One demo organization and its generated competence history on a small framework (four areas
/// of three competencies, so the role profiles of eight competencies overlap but differ), made
/// once and shared by the demo competence tests.
enum DemoCompetenceFixture {
    static let now = ExecutionFixture.date(2026, 1, 5)
    static let organization = DemoOrganizationGenerator.generate(
        DemoOrganizationSpec(sellers: 60, seed: 11, createdAt: ExecutionFixture.date(2024, 6, 3)))
    static let spec = DemoCompetenceSpec(seed: 5, now: now)

    static let document = FrameworkDocument(
        key: "test-selling", name: "Test selling", scale: .init(max: 5),
        areas: ["prospecting", "discovery", "negotiation", "accounts"].map { area in
            FrameworkDocument.Area(key: area, name: LocalizedText(english: area.capitalized), competencies: (1...3).map { n in
                FrameworkDocument.Competency(
                    key: "\(area).skill-\(n)", name: LocalizedText(english: "\(area) skill \(n)"),
                    levels: (1...5).map { (level: Int) in FrameworkDocument.Level(level: level, behavior: LocalizedText(english: "Level \(level) of \(area) skill \(n)")) })
            })
        })
    static let framework = try! DemoCompetenceGenerator.framework(from: document, organizationID: organization.organization.id, seed: 5)
    static let generator = DemoCompetenceGenerator(organization, framework: framework, spec: spec)
    static let competence = generator.generateAll()
    static let hierarchy = TeamHierarchy(organization.teams)
    static let people = Dictionary(uniqueKeysWithValues: organization.people.map { ($0.id, $0) })

    static var closedCycles: [DemoAssessmentCycle] { competence.cycles.filter { $0.cycle.closedAt != nil } }
    static var openCycle: DemoAssessmentCycle { competence.cycles.last! }

    static func profile(of participant: DemoCompetenceParticipant) -> RoleProfile {
        competence.profiles.first { $0.jobRole == participant.jobRole }!
    }
}
