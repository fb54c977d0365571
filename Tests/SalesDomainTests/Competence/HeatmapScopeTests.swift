import Foundation
import Testing
@testable import SalesDomain

/// Who a heatmap's cells rest on (issue 13, item 5): participants counted in their row rated or
/// not, the role the heatmap opens with, and the drill-down that lists the unrated.
///
/// Teams (Fixture.teams): 1 Nordics (no market) → 2 Sweden → 3, 4; 1 → 5 Norway.
@Suite struct HeatmapScopeTests {
    let cycle = AssessmentCycle.ID(UUID(uuidString: "00000000-0000-0000-0003-000000000001")!)
    let competency = Competency.ID(UUID(uuidString: "00000000-0000-0000-0004-000000000001")!)
    let parentOf = HeatmapScope.parents(Fixture.teams)

    func person(_ n: Int, team: Int?, market: Market.ID? = Fixture.sweden, role: JobRole = .accountExecutive) -> Person {
        var person = Fixture.person(n, team: team, market: market)
        person.jobRole = role
        return person
    }

    @Test func eachPersonIsCountedInTheRowWhoseSubtreeHoldsTheirTeam() {
        let underSweden = HeatmapRows.teams(under: Fixture.teamID(2))
        #expect(HeatmapScope.group(of: person(1, team: 3), rows: underSweden, parentOf: parentOf) == .team(Fixture.teamID(3)))
        #expect(HeatmapScope.group(of: person(2, team: 2), rows: underSweden, parentOf: parentOf) == .team(Fixture.teamID(2)),
                "Sweden's own members are Sweden's own row")
        #expect(HeatmapScope.group(of: person(3, team: 5), rows: underSweden, parentOf: parentOf) == nil, "Norway is outside")
        #expect(HeatmapScope.group(of: person(4, team: nil), rows: underSweden, parentOf: parentOf) == nil)

        let top = HeatmapRows.teams(under: nil)
        #expect(HeatmapScope.group(of: person(1, team: 3), rows: top, parentOf: parentOf) == .team(Fixture.teamID(1)))
        #expect(HeatmapScope.group(of: person(4, team: nil), rows: top, parentOf: parentOf) == .unassigned)

        #expect(HeatmapScope.group(of: person(1, team: 3), rows: .markets, parentOf: parentOf) == .market(Fixture.sweden))
        #expect(HeatmapScope.group(of: person(5, team: 3, market: nil), rows: .markets, parentOf: parentOf) == .unassigned)
    }

    @Test func countsAreParticipantsPerRowRatedOrNot() {
        // 3: two people, 4: one, Sweden's own: one, Norway: one (outside the rows).
        let people = [person(1, team: 3), person(2, team: 3), person(3, team: 4), person(4, team: 2), person(5, team: 5)]
        let counts = HeatmapScope.counts(of: people, rows: .teams(under: Fixture.teamID(2)), teams: Fixture.teams)
        #expect(counts == [.team(Fixture.teamID(3)): 2, .team(Fixture.teamID(4)): 1, .team(Fixture.teamID(2)): 1])
    }

    @Test func theHeatmapOpensAtTheRoleMostParticipantsHold() {
        // 2 AE, 1 SDR → AE.
        #expect(HeatmapScope.mostCommonRole(among: [
            person(1, team: 3), person(2, team: 3), person(3, team: 3, role: .salesDevelopmentRepresentative),
        ]) == .accountExecutive)
        // 1 AE, 1 SDR: a tie goes to the role listed first (SDR).
        #expect(HeatmapScope.mostCommonRole(among: [
            person(1, team: 3), person(3, team: 3, role: .salesDevelopmentRepresentative),
        ]) == .salesDevelopmentRepresentative)
        #expect(HeatmapScope.mostCommonRole(among: []) == nil)

        let asked = HeatmapQuery(cycle: cycle, roles: .mostCommon)
        #expect(asked.jobRole == nil)
        #expect(asked.resolvingRoles(participants: [person(1, team: 3)]).roles == .only(.accountExecutive))
        #expect(asked.resolvingRoles(participants: []).roles == .every, "nobody to choose from: everyone")
        let every = HeatmapQuery(cycle: cycle, roles: .every)
        #expect(every.resolvingRoles(participants: [person(1, team: 3)]) == every, "a role asked for is kept")
    }

    @Test func aRowWithParticipantsAndNobodyRatedIsShownAndCountedInTheTotal() {
        // setup: Sweden's manager; team 3 has 2 of 3 rated, team 4 has 2 participants and no ratings.
        let policy = AccessPolicy(viewer: Viewer(Fixture.person(50, role: .manager, team: 2)), hierarchy: TeamHierarchy(Fixture.teams))
        let rated = HeatmapTally(level: 2, target: 3) + HeatmapTally(level: 4, target: 3)
        // MUT
        let report = HeatmapReport(
            query: HeatmapQuery(cycle: cycle), rows: .teams(under: Fixture.teamID(2)),
            cells: [HeatmapCell(group: .team(Fixture.teamID(3)), competencyID: competency, tally: rated)],
            teams: Fixture.teams, markets: [], policy: policy,
            inScope: [.team(Fixture.teamID(3)): 3, .team(Fixture.teamID(4)): 2, .team(Fixture.teamID(5)): 7])
        // validate: team 5 (Norway) is outside the manager's reach and left out of rows and total.
        #expect(report.lines.map(\.group) == [.team(Fixture.teamID(3)), .team(Fixture.teamID(4))])
        #expect(report.lines.map(\.inScope) == [3, 2])
        #expect(report.lines[1].cells.isEmpty)
        #expect(report.totalInScope == 5)
        #expect(report.total[competency]?.ratedCount == 2)
        #expect(report.total[competency]?.belowTargetShare == 0.5, "1 of 2 with a target is below it: the cell's colour")
    }

    @Test func theDrillDownListsParticipantsNobodyRatedAsNotRated() {
        // setup: person 1 rated, person 2 a participant with nothing submitted, person 3 in Norway
        // (a Swedish manager may not see them), person 4 Sweden's own member.
        let policy = AccessPolicy(viewer: Viewer(Fixture.person(50, role: .manager, team: 2)), hierarchy: TeamHierarchy(Fixture.teams))
        let rated = HeatmapEntry(person: person(1, team: 3), levels: [competency: 2], profile: nil)
        let participants = [person(1, team: 3), person(2, team: 3), person(3, team: 5), person(4, team: 2)]
        let query = HeatmapPeopleQuery(cycle: cycle, group: .team(Fixture.teamID(1)))
        // MUT
        let report = HeatmapPeopleReport(
            query: query, subject: .organization, entries: [rated], participants: participants, policy: policy)
        // validate
        #expect(report.entries.map(\.personID) == [Fixture.personID(1), Fixture.personID(2), Fixture.personID(4)])
        #expect(report.entries.map(\.isRated) == [true, false, false])
        #expect(report.hiddenCount == 1)

        let members = HeatmapPeopleReport(
            query: HeatmapPeopleQuery(cycle: cycle, group: .members(Fixture.teamID(2))), subject: .organization,
            entries: [rated], participants: participants, policy: policy)
        #expect(members.entries.map(\.personID) == [Fixture.personID(4)], "own members only")
    }

    @Test func aDeactivatedParticipantIsInScopeOnlyWhenRated() {
        // setup: person 1 deactivated after being rated, person 2 deactivated with nothing rated.
        let policy = AccessPolicy(viewer: Viewer(Fixture.person(50, role: .manager, team: 2)), hierarchy: TeamHierarchy(Fixture.teams))
        var ratedThenLeft = person(1, team: 3), left = person(2, team: 3)
        ratedThenLeft.isActive = false
        left.isActive = false
        #expect(HeatmapScope.isInScope(ratedThenLeft, rated: true))
        #expect(!HeatmapScope.isInScope(left, rated: false))
        #expect(HeatmapScope.isInScope(person(3, team: 3), rated: false), "an active participant is in scope rated or not")
        let rated = HeatmapEntry(person: ratedThenLeft, levels: [competency: 2], profile: nil)
        // MUT
        let report = HeatmapPeopleReport(
            query: HeatmapPeopleQuery(cycle: cycle, group: .team(Fixture.teamID(2))), subject: .organization,
            entries: [rated, HeatmapEntry(unrated: left)], participants: [ratedThenLeft, left, person(3, team: 3)], policy: policy)
        // validate: the one who left unrated is neither listed as not rated nor counted.
        #expect(report.entries.map(\.personID) == [Fixture.personID(1), Fixture.personID(3)])
        #expect(report.entries.map(\.isRated) == [true, false])
    }

    @Test func aGroupHoldsThePeoplePlacedInIt() {
        let inThree = person(1, team: 3)
        let subtreeOfTwo: Set<Team.ID> = [Fixture.teamID(2), Fixture.teamID(3), Fixture.teamID(4)]
        #expect(CompetenceGroup.team(Fixture.teamID(2)).contains(inThree, subtree: subtreeOfTwo))
        #expect(!CompetenceGroup.team(Fixture.teamID(5)).contains(inThree, subtree: [Fixture.teamID(5)]))
        #expect(CompetenceGroup.market(Fixture.sweden).contains(inThree))
        #expect(!CompetenceGroup.market(Fixture.norway).contains(inThree))
        #expect(CompetenceGroup.organization.contains(inThree))
        #expect(CompetenceGroup.withoutTeam.contains(person(2, team: nil)))
        #expect(!CompetenceGroup.withoutMarket.contains(inThree))
    }
}
