import Foundation

/// The names of the teams, markets and people an audit event's values refer to by id, read when
/// the log is read rather than stored with the event: a record renamed since reads by today's
/// name, and one deleted since is absent here, which a page says instead of showing its id.
public struct AuditNames: Hashable, Sendable {
    public var people: [Person.ID: String]
    public var teams: [Team.ID: String]
    public var markets: [Market.ID: Market]

    public init(people: [Person.ID: String] = [:], teams: [Team.ID: String] = [:], markets: [Market.ID: Market] = [:]) {
        self.people = people
        self.teams = teams
        self.markets = markets
    }

    /// What kind of record a field's value names; `nil` for a field whose value is the value itself.
    public enum Reference: Hashable, Sendable {
        case person, team, market
    }

    /// The fields whose values are ids, as the store's writers name them (`leaderMarketIDs` and
    /// the other plural ones hold a comma-separated list).
    public static func reference(of field: String) -> Reference? {
        switch field {
        case "teamID", "parentID": .team
        case "marketID", "leaderMarketIDs": .market
        case "personID", "sellerID", "raterID", "rateeID", "ownerID", "coachID", "raterIDs", "participantIDs", "person", "actor": .person
        default: nil
        }
    }

    /// The ids a value holds: one, or a comma-separated list; text that is not an id is skipped.
    public static func ids(in value: String?) -> [UUID] {
        guard let value else { return [] }
        return value.split(separator: ",").compactMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Every id the events' values name, by the kind of record, for the store to look up at once.
    public static func references(in events: [AuditEvent]) -> (people: Set<Person.ID>, teams: Set<Team.ID>, markets: Set<Market.ID>) {
        var people: Set<Person.ID> = []
        var teams: Set<Team.ID> = []
        var markets: Set<Market.ID> = []
        for event in events {
            for (field, change) in event.changes {
                guard let reference = reference(of: field) else { continue }
                for id in ids(in: change.old) + ids(in: change.new) {
                    switch reference {
                    case .person: people.insert(.init(id))
                    case .team: teams.insert(.init(id))
                    case .market: markets.insert(.init(id))
                    }
                }
            }
        }
        return (people, teams, markets)
    }
}
