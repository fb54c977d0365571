import Foundation
import Testing
@testable import SalesDomain

/// A person sells in their team's market when the team has one (issue 13, item 13): an empty
/// market takes the team's, the same market passes, another is refused on `marketID` naming the
/// team and its market, and a team without a market decides nothing.
@Suite struct PersonTeamMarketTests {
    static let norway = Market(id: Fixture.norway, organizationID: Fixture.organization, code: "NO", name: "Norway")
    static let osloSMB = Team(id: .init(UUID()), organizationID: Fixture.organization, name: "Oslo SMB", parentID: nil, marketID: Fixture.norway)
    static let head = Team(id: .init(UUID()), organizationID: Fixture.organization, name: "Head office", parentID: nil, marketID: nil)

    static func draft(team: Team?, market: Market.ID?) -> PersonDraft {
        PersonDraft(name: "Anders Pettersson", email: "anders@example.se", jobRole: .accountExecutive, accessRole: .seller,
                    teamID: team?.id, marketID: market)
    }

    @Test func anEmptyMarketTakesTheTeams() {
        let (draft, error) = Self.draft(team: Self.osloSMB, market: nil).inTeamMarket(Self.osloSMB, teamMarket: Self.norway)
        #expect(error == nil)
        #expect(draft.marketID == Fixture.norway)
    }

    @Test func theTeamsOwnMarketPasses() {
        let (draft, error) = Self.draft(team: Self.osloSMB, market: Fixture.norway).inTeamMarket(Self.osloSMB, teamMarket: Self.norway)
        #expect(error == nil)
        #expect(draft.marketID == Fixture.norway)
    }

    @Test func anotherMarketIsRefusedNamingTheTeamAndItsMarket() {
        let (draft, error) = Self.draft(team: Self.osloSMB, market: Fixture.sweden).inTeamMarket(Self.osloSMB, teamMarket: Self.norway)
        #expect(error == FieldError(field: "marketID", code: .invalidValue, .marketNotTeams, ["team": "Oslo SMB", "market": "Norway"]))
        #expect(draft.marketID == Fixture.sweden, "nothing is quietly overwritten")
    }

    @Test func aTeamWithoutAMarketOrNoTeamDecidesNothing() {
        for team in [Self.head, nil] {
            for market in [Fixture.sweden, nil] {
                let (draft, error) = Self.draft(team: team, market: market).inTeamMarket(team, teamMarket: nil)
                #expect(error == nil)
                #expect(draft.marketID == market)
            }
        }
    }

    @Test func aMoveWithoutAChosenMarketFollowsTheTeam() {
        #expect(PersonDraft.market(keeping: Fixture.sweden, movingTo: Self.osloSMB) == Fixture.norway)
        #expect(PersonDraft.market(keeping: Fixture.sweden, movingTo: Self.head) == Fixture.sweden)
        #expect(PersonDraft.market(keeping: Fixture.sweden, movingTo: nil) == Fixture.sweden)
    }
}
