import FluentKit
import Foundation
import SalesDomain

/// The tenants in this database, and storing a generated organization.
public struct Organizations: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func count() async throws -> Int {
        try await OrganizationModel.query(on: database).count()
    }

    public func all() async throws -> [Organization] {
        try await OrganizationModel.query(on: database).sort(\.$name).all().map(\.domain)
    }

    public func organization(slug: String) async throws -> Organization? {
        try await OrganizationModel.query(on: database).filter(\.$slug == slug).first()?.domain
    }

    /// Stores a whole generated organization in one transaction, in batches small enough for
    /// SQLite's limit on bound parameters.
    public func store(_ demo: DemoOrganization, passwordHashes: [Person.ID: String]) async throws {
        if try await organization(slug: demo.organization.slug) != nil {
            throw FieldError(field: "slug", code: .duplicate,
                             message: "an organization with slug '\(demo.organization.slug)' already exists")
        }
        let created = demo.organization.createdAt
        try await database.transaction { database in
            try await OrganizationModel(demo.organization).create(on: database)
            try await demo.markets.map(MarketModel.init).create(on: database)
            // Parents before children, so the self-reference holds at every insert.
            for team in Self.parentsFirst(demo.teams) {
                try await TeamModel(team, createdAt: created).create(on: database)
            }
            for batch in demo.people.chunked(into: 500) {
                try await batch.map { PersonModel($0, passwordHash: passwordHashes[$0.id], createdAt: created) }.create(on: database)
            }
            let leaderMarkets = demo.people.flatMap { person in
                person.leaderMarketIDs.map {
                    LeaderMarketModel(organizationID: demo.organization.id.rawValue, personID: person.id.rawValue, marketID: $0.rawValue)
                }
            }
            for batch in leaderMarkets.chunked(into: 500) { try await batch.create(on: database) }
            for batch in demo.memberships.chunked(into: 500) {
                try await batch.map { TeamMembershipModel(organizationID: demo.organization.id, $0) }.create(on: database)
            }
        }
    }

    static func parentsFirst(_ teams: [Team]) -> [Team] {
        var placed: Set<Team.ID> = []
        var ordered: [Team] = []
        var pending = teams
        while !pending.isEmpty {
            let ready = pending.filter { $0.parentID.map(placed.contains) ?? true }
            if ready.isEmpty { return ordered + pending }
            ordered += ready
            placed.formUnion(ready.map(\.id))
            pending.removeAll { placed.contains($0.id) }
        }
        return ordered
    }
}

extension Array {
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
