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
                             .organizationExists, ["slug": demo.organization.slug])
        }
        let created = demo.organization.createdAt
        try await database.writeTransaction { database in
            try await OrganizationModel(demo.organization).create(on: database)
            try await demo.markets.map(MarketModel.init).create(on: database)
            // Level by level, so every parent exists before the batch that references it.
            for level in Self.levels(demo.teams) {
                for batch in level.chunked(into: 500) {
                    try await batch.map { TeamModel($0, createdAt: created) }.create(on: database)
                }
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
            try await OrganizationSettings(database: database, organizationID: demo.organization.id)
                .setReportingCurrency(demo.reportingCurrency, by: nil, at: created)
        }
    }

    /// Teams grouped by depth: roots first, then their children, and so on.
    static func levels(_ teams: [Team]) -> [[Team]] {
        var placed: Set<Team.ID> = []
        var levels: [[Team]] = []
        var pending = teams
        while !pending.isEmpty {
            let ready = pending.filter { $0.parentID.map(placed.contains) ?? true }
            // A parent outside the set: store the rest as they are and let the database judge.
            guard !ready.isEmpty else { return levels + [pending] }
            levels.append(ready)
            placed.formUnion(ready.map(\.id))
            pending.removeAll { placed.contains($0.id) }
        }
        return levels
    }
}

extension Array {
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
