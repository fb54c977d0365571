import Foundation
@testable import SalesDomain

/// Fixed ids, dates and a small complete framework for the competence tests.
enum CompetenceFixture {
    static func uuid(_ group: Int, _ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-%04d-%012d", group, n))!
    }

    static let frameworkID = CompetencyFramework.ID(uuid(30, 1))
    static func areaID(_ n: Int) -> CompetencyArea.ID { .init(uuid(31, n)) }
    static func competencyID(_ n: Int) -> Competency.ID { .init(uuid(32, n)) }
    static func cycleID(_ n: Int) -> AssessmentCycle.ID { .init(uuid(33, n)) }
    static func ratingID(_ n: Int) -> Rating.ID { .init(uuid(34, n)) }
    static func profileID(_ n: Int) -> RoleProfile.ID { .init(uuid(35, n)) }
    static func exerciseID(_ n: Int) -> CalibrationExercise.ID { .init(uuid(36, n)) }
    static func targetID(_ n: Int) -> CalibrationTarget.ID { .init(uuid(37, n)) }
    static let person = Fixture.personID

    static func day(_ n: Int) -> Date { Fixture.monday.addingTimeInterval(Double(n) * 86_400) }

    static func levels(_ scale: ClosedRange<Int> = 1...5, prefix: String) -> [LevelDescription] {
        scale.map {
            LevelDescription(
                level: $0, behavior: LocalizedText(english: "\(prefix) at level \($0)", swedish: "\(prefix) på nivå \($0)"),
                effectiveExamples: ["Does \(prefix) well"], ineffectiveExamples: ["Does \(prefix) badly"]
            )
        }
    }

    /// Two areas, three competencies (1: prospecting.cold-calling, 2: negotiation.anchoring,
    /// 3: negotiation.concessions), every level of 1–5 described; a draft unless `publishedAt`.
    static func framework(publishedAt: Date? = nil, version: Int = 1) -> CompetencyFramework {
        CompetencyFramework(
            id: frameworkID, organizationID: Fixture.organization, key: "nordic-b2b", version: version,
            name: LocalizedText(english: "Nordic B2B selling", swedish: "Nordisk B2B-försäljning", norwegianBokmal: "Nordisk B2B-salg"),
            areas: [
                CompetencyArea(id: areaID(1), key: "prospecting", name: "Prospecting", competencies: [
                    Competency(id: competencyID(1), key: "prospecting.cold-calling", name: "Cold calling",
                               levels: levels(prefix: "calls")),
                ]),
                CompetencyArea(id: areaID(2), key: "negotiation", name: "Negotiation", competencies: [
                    Competency(id: competencyID(2), key: "negotiation.anchoring", name: "Anchoring",
                               summary: "Sets the first reference point", levels: levels(prefix: "anchors")),
                    Competency(id: competencyID(3), key: "negotiation.concessions", name: "Trading concessions",
                               levels: levels(prefix: "trades")),
                ]),
            ],
            publishedAt: publishedAt
        )
    }

    /// Account executives: competencies 1 and 2, targets 4 and 3.
    static func profile(marketID: Market.ID? = nil, id: Int = 1) -> RoleProfile {
        RoleProfile(
            id: profileID(id), organizationID: Fixture.organization, frameworkID: frameworkID, jobRole: .accountExecutive,
            marketID: marketID, entries: [
                RoleProfileEntry(competencyID: competencyID(1), targetLevel: 4, weight: 2),
                RoleProfileEntry(competencyID: competencyID(2), targetLevel: 3, weight: 1),
            ]
        )
    }

    static func cycle(_ n: Int = 1, participants: [Int] = [1, 2, 3], openedOn: Int = 0, closedOn: Int? = nil) -> AssessmentCycle {
        AssessmentCycle(
            id: cycleID(n), organizationID: Fixture.organization, name: "Cycle \(n)",
            framework: FrameworkVersionReference(frameworkID: frameworkID, version: 1),
            participantIDs: participants.map(person), openedAt: day(openedOn), closedAt: closedOn.map(day)
        )
    }

    /// A rating; submitted on day 1 unless `submitted` is false.
    static func rating(
        _ id: Int, cycle: Int = 1, rater: Int, ratee: Int, competency: Int, _ source: RatingSource, level: Int,
        submitted: Bool = true
    ) -> Rating {
        Rating(
            id: ratingID(id), cycleID: cycleID(cycle), raterID: person(rater), rateeID: person(ratee),
            competencyID: competencyID(competency), source: source, level: level, evidence: "seen in a customer meeting",
            updatedAt: day(1), submittedAt: submitted ? day(1) : nil
        )
    }
}
