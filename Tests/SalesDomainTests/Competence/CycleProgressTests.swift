import Foundation
import Testing
@testable import SalesDomain

/// A cycle's progress by hand: four participants in two teams and one outside the viewer's
/// reach; states per source from raters who submitted or only drafted.
struct CycleProgressTests {
    let cycle = AssessmentCycle(
        id: .init(UUID()), organizationID: Fixture.organization, name: "Spring",
        framework: FrameworkVersionReference(frameworkID: .init(UUID()), version: 1),
        participantIDs: (1...5).map(Fixture.personID), openedAt: Fixture.monday)

    @Test func eachSourceIsDoneDraftOrNotStartedPerParticipantAndTeam() {
        let people = [Fixture.person(1, team: 3), Fixture.person(2, team: 3), Fixture.person(3, team: 4), Fixture.person(4, team: nil)]
        let raters: [Person.ID: [RatingSource: CycleProgress.RaterCounts]] = [
            // 1: everything done, two peers.
            Fixture.personID(1): [.selfAssessment: .init(submitted: 1), .manager: .init(submitted: 1), .peer: .init(submitted: 2, drafting: 1)],
            // 2: the manager's rating is a draft; a peer drafting only.
            Fixture.personID(2): [.selfAssessment: .init(submitted: 1), .manager: .init(drafting: 1), .peer: .init(drafting: 1)],
            // 3: only a self-assessment draft. 4: nothing at all.
            Fixture.personID(3): [.selfAssessment: .init(drafting: 1)],
        ]
        let progress = CycleProgress(
            cycle: cycle, people: people, raters: raters, teamNames: [Fixture.teamID(3): "Stockholm", Fixture.teamID(4): "Göteborg"],
            noTeamName: "No team")

        #expect(progress.hiddenParticipants == 1, "participant 5 is outside what the viewer may read")
        #expect(progress.participants.map(\.person.id) == [3, 4, 1, 2].map(Fixture.personID), "by team name (Göteborg, No team, Stockholm), then name")
        #expect(progress.selfAssessment == .init(done: 2, draft: 1, notStarted: 1))
        #expect(progress.manager == .init(done: 1, draft: 1, notStarted: 2))
        #expect(progress.peers == .init(done: 1, draft: 1, notStarted: 2))
        #expect(progress.missingManagerRating.map(\.person.id) == [3, 4, 2].map(Fixture.personID))
        let stockholm = progress.groups.first { $0.name == "Stockholm" }
        #expect(stockholm?.participants == 2)
        #expect(stockholm?.manager == .init(done: 1, draft: 1, notStarted: 0))
        #expect(progress.groups.map(\.name) == ["Göteborg", "No team", "Stockholm"])
    }
}
