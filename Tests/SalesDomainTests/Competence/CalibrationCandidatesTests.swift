import Foundation
import Testing
@testable import SalesDomain

/// Fixture.teams: 1 (no market) → 2 (Sweden) → 3, 4 ; 1 → 5 (Norway); here also 6 (Norway) under
/// 2, 7 (Sweden, nobody in it) under 2 and 8, deactivated, under 1.
@Suite struct CalibrationCandidatesTests {
    static let teams = Fixture.teams + [
        Fixture.team(6, parent: 2, market: Fixture.norway), Fixture.team(7, parent: 2),
        Team(id: Fixture.teamID(8), organizationID: Fixture.organization, name: "Team 8", parentID: Fixture.teamID(1), isActive: false),
    ]
    /// By name, as the store gives them: one in 1, none in 2, two in 3, one in 4, one in 5, one
    /// in 6 (a Norwegian), one in no team.
    static let people = [
        Fixture.person(11, team: 1, market: nil), Fixture.person(31, team: 3), Fixture.person(32, team: 3), Fixture.person(41, team: 4),
        Fixture.person(51, team: 5, market: Fixture.norway), Fixture.person(61, team: 6, market: Fixture.norway),
        Fixture.person(90, team: nil, market: nil),
    ]
    static let leader = Fixture.person(1, role: .leader, team: nil, market: nil)
    static let swedishLeader = Fixture.person(2, role: .leader, team: nil, market: Fixture.sweden, leads: [Fixture.sweden])

    func candidates(for viewer: Person) -> CalibrationCandidates {
        CalibrationCandidates(people: Self.people, teams: Self.teams, policy: AccessPolicy(viewer: Viewer(viewer), hierarchy: TeamHierarchy(Self.teams)))
    }

    func ids(_ numbers: Int...) -> [Person.ID] { numbers.map(Fixture.personID) }

    @Test func teamsAreListedAsTheTreeEachWithItsOwnPeopleAndThoseOfNoTeamLast() {
        let list = candidates(for: Self.leader)
        // 7 has nobody below it and 8 is deactivated and empty: neither is listed. 2 has nobody of
        // its own but people below it, so it heads its sub-teams.
        #expect(list.groups.map { $0.team.map { Int($0.name.dropFirst(5))! } } == [1, 2, 3, 4, 6, 5, nil])
        #expect(list.groups.map(\.depth) == [0, 1, 2, 2, 2, 1, 0])
        #expect(list.groups.map { $0.people.map(\.id) } == [ids(11), [], ids(31, 32), ids(41), ids(61), ids(51), ids(90)])
        #expect(list.people.count == Self.people.count)
    }

    /// The rule, by hand: a team brings in everyone placed in it and below it whom the viewer reads.
    @Test func aChosenTeamBringsInItsSubtreeAsFarAsTheViewerReads() {
        let everyone = candidates(for: Self.leader)
        #expect(everyone.groups.map { $0.everyone.map(\.id) } == [ids(11, 31, 32, 41, 51, 61), ids(31, 32, 41, 61), ids(31, 32), ids(41), ids(61), ids(51), []])
        let sweden = candidates(for: Self.swedishLeader)
        // 1 (no market) is out of a Swedish leader's reach, listed above 2 only; the Norwegian in
        // 6 is left out of 2, the Swedish part of 2 stays choosable.
        #expect(sweden.groups.map { $0.everyone.map(\.id) } == [[], ids(31, 32, 41), ids(31, 32), ids(41)])
        let chosen = sweden.resolve(teams: [Fixture.teamID(2).description], field: "people")
        #expect(chosen.people.map(\.id) == ids(31, 32, 41))
        #expect(chosen.problems.isEmpty)
    }

    @Test func overlappingTeamsBringEachPersonInOnceInTheListsOrder() {
        let chosen = candidates(for: Self.leader).resolve(
            teams: [Fixture.teamID(3).description, Fixture.teamID(2).description, Fixture.teamID(3).description.uppercased()], field: "people")
        #expect(chosen.people.map(\.id) == ids(31, 32, 41, 61))
        #expect(chosen.problems.isEmpty)
    }

    @Test func everyTeamThatCannotBeChosenIsToldAtOnceAndTheRestStillCount() {
        let unknown = UUID().uuidString.lowercased()
        let chosen = candidates(for: Self.swedishLeader).resolve(
            teams: ["not-an-id", unknown, Fixture.teamID(8).description, Fixture.teamID(5).description, Fixture.teamID(7).description,
                    Fixture.teamID(4).description],
            field: "people")
        #expect(chosen.problems == [
            FieldError(field: "people", code: .notFound, .calibrationUnknownTeam, ["id": "not-an-id"]),
            FieldError(field: "people", code: .notFound, .calibrationUnknownTeam, ["id": unknown]),
            FieldError(field: "people", code: .notFound, .calibrationUnknownTeam, ["id": Fixture.teamID(8).description]),
            FieldError(field: "people", code: .invalidValue, .calibrationTeamOutOfReach, ["team": "Team 5"]),
            FieldError(field: "people", code: .required, .calibrationTeamEmpty, ["team": "Team 7"]),
        ])
        #expect(chosen.people.map(\.id) == ids(41))
    }

    /// The people offered are those the viewer reads: a Swedish leader sees Sweden's people, and
    /// the teams above them, not the Norwegians, the person placed above any market or the one
    /// in no team.
    @Test func aViewerIsOfferedThePeopleTheyMayRead() {
        let sweden = candidates(for: Self.swedishLeader)
        #expect(sweden.people.map(\.id) == ids(31, 32, 41))
        #expect(sweden.groups.map { $0.team.map { Int($0.name.dropFirst(5))! } } == [1, 2, 3, 4])
        #expect(candidates(for: Self.leader).people.count == Self.people.count, "a leader of the whole organization is offered everyone")
    }

    @Test func everyPersonWhoCannotBeChosenIsToldAtOnceThoseOutOfReachByName() {
        let unknown = UUID().uuidString.lowercased()
        let chosen = candidates(for: Self.swedishLeader).resolve(
            people: ["not-an-id", unknown, Fixture.personID(51).description, Fixture.personID(41).description, Fixture.personID(31).description,
                     Fixture.personID(41).description.uppercased()],
            field: "people")
        #expect(chosen.problems == [
            FieldError(field: "people", code: .notFound, .calibrationUnknownPerson, ["id": "not-an-id"]),
            FieldError(field: "people", code: .notFound, .calibrationUnknownPerson, ["id": unknown]),
            FieldError(field: "people", code: .invalidValue, .calibrationPersonOutOfReach, ["person": Self.people[4].name]),
        ])
        #expect(chosen.people.map(\.id) == ids(31, 41), "each once, in the list's order")
    }

    @Test func aTeamsProblemIsToldAtTheFieldItsFormGivesIt() {
        let chosen = candidates(for: Self.swedishLeader).resolve(teams: ["not-an-id", Fixture.teamID(5).description]) { team in
            team.map { "team-\($0)" } ?? "people"
        }
        #expect(chosen.problems.map(\.field) == ["people", "team-\(Fixture.teamID(5))"])
    }
}
