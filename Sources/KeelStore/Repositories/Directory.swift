import FluentKit
import FluentSQL
import Foundation
import SalesDomain
import SQLKit

/// An organization's markets, teams and people. Every query is bound to one organization, so
/// no caller can read or change another tenant's rows by passing a foreign id.
public struct Directory: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    var org: UUID { organizationID.rawValue }

    // MARK: Reading

    public func organization() async throws -> Organization {
        guard let model = try await OrganizationModel.find(org, on: database) else {
            throw RecordNotFound(entity: "organization", id: organizationID.description)
        }
        return model.domain
    }

    /// Read with SQLKit rather than Fluent's models: most pages and `GET /api/v1/markets` read
    /// the markets, and Fluent's reflection over the model cost more than the statement.
    public func markets() async throws -> [Market] {
        try await (database as! any SQLDatabase).select().columns("id", "code", "name").from(MarketModel.schema)
            .where("organization_id", .equal, org).orderBy("name")
            .all(decoding: MarketRow.self)
            .map { Market(id: .init($0.id), organizationID: organizationID, code: $0.code, name: $0.name) }
    }

    private struct MarketRow: Decodable {
        var id: UUID
        var code: String
        var name: String
    }

    public func market(_ id: Market.ID) async throws -> Market? {
        try await MarketModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$id == id.rawValue).first()?.domain
    }

    public func teams(includeInactive: Bool = true) async throws -> [Team] {
        var query = TeamModel.query(on: database).filter(\.$organizationID == org)
        if !includeInactive { query = query.filter(\.$isActive == true) }
        return try await query.sort(\.$name).all().map(\.domain)
    }

    /// The organization's teams among `ids`, in bounded reads; ids of no team here are skipped.
    public func teams(ids: some Collection<Team.ID>) async throws -> [Team] {
        var teams: [Team] = []
        for chunk in Array(Set(ids)).chunked(into: Self.idsPerRead) {
            teams += try await TeamModel.query(on: database)
                .filter(\.$organizationID == org).filter(\.$id ~~ chunk.map(\.rawValue)).all().map(\.domain)
        }
        return teams
    }

    public func team(_ id: Team.ID) async throws -> Team? {
        try await TeamModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$id == id.rawValue).first()?.domain
    }

    public func hierarchy() async throws -> TeamHierarchy {
        TeamHierarchy(try await teams())
    }

    public func person(_ id: Person.ID) async throws -> Person? {
        guard let model = try await PersonModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$id == id.rawValue).first()
        else { return nil }
        return try await withLeaderMarkets([model]).first
    }

    /// The organization's people among `ids`, in one read; ids of nobody here are skipped.
    public func people(ids: some Collection<Person.ID>) async throws -> [Person] {
        guard !ids.isEmpty else { return [] }
        var people: [Person] = []
        // Bound lists keep each statement under SQLite's variable limit.
        for chunk in Array(Set(ids)).chunked(into: Self.idsPerRead) {
            let models = try await PersonModel.query(on: database)
                .filter(\.$organizationID == org).filter(\.$id ~~ chunk.map(\.rawValue)).all()
            people += try await withLeaderMarkets(models)
        }
        return people
    }

    /// The organization's people with these sign-in e-mails (compared without case).
    public func people(emails: some Collection<String>) async throws -> [Person] {
        guard !emails.isEmpty else { return [] }
        var people: [Person] = []
        for chunk in Array(Set(emails.map { $0.lowercased() })).chunked(into: Self.idsPerRead) {
            let models = try await PersonModel.query(on: database)
                .filter(\.$organizationID == org).filter(\.$email ~~ chunk).all()
            people += try await withLeaderMarkets(models)
        }
        return people
    }

    static let idsPerRead = 500

    public func people(_ query: PeopleQuery) async throws -> PeoplePage {
        let filtered = filteredPeople(query)
        let total = try await filtered.count()
        let models = try await filtered.copy()
            .sort(\.$name).sort(\.$email)
            .range(query.offset..<(query.offset + max(query.limit, 0)))
            .all()
        return PeoplePage(people: try await withLeaderMarkets(models), total: total)
    }

    /// Active people whose own team is `team` (its members, not its subtree's), for one team's answer.
    public func activeHeadcount(ofTeam team: Team.ID) async throws -> Int {
        try await PersonModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$teamID == team.rawValue).filter(\.$isActive == true)
            .count()
    }

    /// People per team, counting only active people, for team listings.
    public func activeHeadcountByTeam() async throws -> [Team.ID: Int] {
        let rows = try await (database as! any SQLDatabase).select()
            .column("team_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "headcount")
            .from("people")
            .where("organization_id", .equal, org)
            .where("is_active", .equal, true)
            .where("team_id", .isNot, SQLLiteral.null)
            .groupBy("team_id")
            .all()
        var counts: [Team.ID: Int] = [:]
        for row in rows {
            counts[Team.ID(try row.decode(column: "team_id", as: UUID.self))] = try row.decode(column: "headcount", as: Int.self)
        }
        return counts
    }

    public func teamHistory(of personID: Person.ID) async throws -> [TeamMembership] {
        try await TeamMembershipModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$personID == personID.rawValue)
            .sort(\.$from).all().map(\.domain)
    }

    public func auditTrail(of entityID: UUID, limit: Int = 50) async throws -> [AuditEntry] {
        try await AuditEventModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$entityID == entityID)
            .sort(\.$occurredAt, .descending).limit(limit).all()
            .map { AuditEntry(actorID: $0.actorID.map(Person.ID.init), action: $0.action, changes: $0.changes, occurredAt: $0.occurredAt) }
    }

    /// The ids of everyone `policy` may read, active or not — the people
    /// ``AccessPolicy/canRead(_:)-person`` admits, found by the same scope filter as every
    /// listing — for checks over thousands of people at once without reading each one.
    public func readablePersonIDs(for policy: AccessPolicy) async throws -> Set<Person.ID> {
        var query = PeopleQuery(scope: policy.scope, viewerID: policy.viewer.personID, limit: 0)
        query.includeInactive = true
        return Set(try await filteredPeople(query).all(\.$id).compactMap { $0 }.map(Person.ID.init))
    }

    private func filteredPeople(_ query: PeopleQuery) -> QueryBuilder<PersonModel> {
        var builder = PersonModel.query(on: database).filter(\.$organizationID == org)
        let viewer = query.viewerID?.rawValue
        switch query.scope {
        case .organization:
            break
        case .markets(let markets):
            let ids = markets.map(\.rawValue)
            builder = builder.group(.or) { group in
                group.filter(\.$marketID ~~ ids)
                if let viewer { group.filter(\.$id == viewer) }
            }
        case .teams(let teams):
            let ids = teams.map(\.rawValue)
            builder = builder.group(.or) { group in
                group.filter(\.$teamID ~~ ids)
                if let viewer { group.filter(\.$id == viewer) }
            }
        case .ownRecordsOnly:
            builder = builder.filter(\.$id == (viewer ?? UUID()))
        }
        if let teamIDs = query.teamIDs { builder = builder.filter(\.$teamID ~~ teamIDs.map(\.rawValue)) }
        if let market = query.marketID { builder = builder.filter(\.$marketID == market.rawValue) }
        if let role = query.accessRole { builder = builder.filter(\.$accessRole == role.rawValue) }
        if !query.includeInactive { builder = builder.filter(\.$isActive == true) }
        if let search = query.search?.trimmingCharacters(in: .whitespaces).lowercased(), !search.isEmpty {
            builder = builder.filter(\.$searchKey ~~ search)
        }
        return builder
    }

    func withLeaderMarkets(_ models: [PersonModel]) async throws -> [Person] {
        let leaders = models.filter { $0.accessRole == AccessRole.leader.rawValue }.compactMap(\.id)
        var marketsByLeader: [UUID: [Market.ID]] = [:]
        if !leaders.isEmpty {
            for row in try await LeaderMarketModel.query(on: database).filter(\.$personID ~~ leaders).all() {
                marketsByLeader[row.personID, default: []].append(Market.ID(row.marketID))
            }
        }
        return models.map { model in
            model.domain(leaderMarketIDs: (marketsByLeader[model.id!] ?? []).sorted())
        }
    }
}
