import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// The execution rollups of one organization: per group (person, team subtree, market,
/// organization) and week, the sums every weekly execution analysis reads, and per group and
/// period the reason counts.
///
/// Maintained on write, never rebuilt per request: when people's activities or postponements
/// change, ``refresh(people:)`` recomputes each of those people's contributions from their
/// own rows, and moves every group they belong to by the difference between the stored
/// contribution (their person rows) and the new one, in the caller's transaction. A person's
/// own rows are therefore both their report and the record of what they added to their groups,
/// which is what lets a move to another team subtract them from exactly the right rows.
public struct ExecutionRollups: OrganizationCalendarStore {
    static let weekTable = "scope_week_tallies"
    static let loadTable = "scope_load_weeks"
    static let reasonTable = "scope_reason_tallies"
    static let dealTable = "scope_deal_facts"
    static let reasonOccurrenceTable = "scope_reason_occurrences"

    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar


    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    // MARK: Maintenance

    /// Recomputes these people's contributions from their stored activities and postponements
    /// and moves their groups' rollups by the difference. Call it in the transaction that
    /// changed the rows, with every owner whose rows changed.
    public func refresh(people: some Collection<Person.ID>) async throws {
        let settings = OrganizationSettings(database: database, organizationID: organizationID)
        let policy = try await settings.pressurePolicy()
        let pipeline = try await settings.dealPipeline()
        let deals = DealStore(database: database, organizationID: organizationID)
        // Bars are recomputed once at the end: a team spans many batches.
        var wonStayScopes: Set<UUID> = []
        for batch in Array(Set(people)).chunked(into: 200) {
            let owners = batch.map(\.rawValue)
            let activities = try await ActivityStore(database: database, organizationID: organizationID).activities(ownedByAnyOf: Array(batch))
            let postponements = try await PostponementModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$ownerID ~~ owners).all().map(\.domain)
            let historiesByOwner = Dictionary(grouping: try await deals.histories(ownedBy: batch), by: \.deal.ownerID)
            let activitiesByOwner = Dictionary(grouping: activities, by: \.ownerID)
            let postponementsByOwner = Dictionary(grouping: postponements, by: \.ownerID)
            var contributions: [Person.ID: PersonContribution] = [:]
            for person in batch {
                contributions[person] = PersonContribution(
                    activities: activitiesByOwner[person] ?? [], postponements: postponementsByOwner[person] ?? [],
                    deals: historiesByOwner[person] ?? [], policy: policy, pipeline: pipeline, calendar: calendar)
            }
            let stored = try await storedContributions(of: contributions.keys.map(\.rawValue))
            wonStayScopes.formUnion(try await apply(try await changes(replacing: contributions, stored: stored)))
        }
        try await stallBars.refresh(scopes: wonStayScopes)
    }

    /// Makes these the weekly activity tallies of people who had no activities or postponements
    /// before the caller's transaction, whose every activity the caller tallied; their reason
    /// tallies and deal facts stay as stored. It spares reading back rows the caller has just
    /// written (a bulk import of a new team's history).
    func replaceActivityTallies(_ tallies: [Person.ID: [WeeklyActivityTally]]) async throws {
        guard !tallies.isEmpty else { return }
        let policy = try await OrganizationSettings(database: database, organizationID: organizationID).pressurePolicy()
        let stored = try await storedContributions(of: tallies.keys.map(\.rawValue))
        var contributions: [Person.ID: PersonContribution] = [:]
        for (person, personTallies) in tallies {
            var contribution = stored[person.rawValue] ?? .empty
            contribution.rollup = ScopeRollup.contribution(of: personTallies, policy: policy)
            contributions[person] = contribution
        }
        try await replace(contributions, stored: stored)
    }

    /// Makes `contributions` the stored contributions of their people, moving every group the
    /// people belong to by the difference.
    public func replace(_ contributions: [Person.ID: PersonContribution]) async throws {
        guard !contributions.isEmpty else { return }
        try await replace(contributions, stored: try await storedContributions(of: contributions.keys.map(\.rawValue)))
    }

    private func replace(_ contributions: [Person.ID: PersonContribution], stored: [UUID: PersonContribution]) async throws {
        guard !contributions.isEmpty else { return }
        try await stallBars.refresh(scopes: try await apply(try await changes(replacing: contributions, stored: stored)))
    }

    private func changes(replacing contributions: [Person.ID: PersonContribution], stored: [UUID: PersonContribution]) async throws -> ScopeChanges {
        let people = contributions.keys.map(\.rawValue)
        let scopes = try await RollupScopes.load(people: people, organizationID: organizationID.rawValue, on: database)
        var changes = ScopeChanges()
        for (person, new) in contributions {
            let old = stored[person.rawValue] ?? .empty
            changes.add(ChangeOfContribution(old: old, new: new), to: scopes.scopes(of: person.rawValue))
        }
        return changes
    }

    private var stallBars: StallBars { StallBars(database: database, organizationID: organizationID) }

    /// The groups whose rollups include `person` or `team` now; take them before a move and
    /// hand them to ``follow(_:from:)`` after it.
    func scopes(of person: Person.ID) async throws -> [UUID] {
        try await RollupScopes.load(people: [person.rawValue], organizationID: organizationID.rawValue, on: database)
            .scopes(of: person.rawValue)
    }

    func scopes(of team: Team.ID) async throws -> [UUID] {
        [team.rawValue] + (try await RollupScopes.load(people: [], organizationID: organizationID.rawValue, on: database)
            .ancestors(ofTeam: team.rawValue))
    }

    /// Moves what a person (or a team's whole subtree) adds to its groups from the groups it
    /// belonged to, `oldScopes`, to the ones it belongs to now; call it after changing the
    /// person's team or market, or the team's parent, in the same transaction.
    func follow(_ person: Person.ID, from oldScopes: [UUID]) async throws {
        try await move(scope: person.rawValue, from: oldScopes, to: try await scopes(of: person))
    }

    func follow(_ team: Team.ID, from oldScopes: [UUID]) async throws {
        try await move(scope: team.rawValue, from: oldScopes, to: try await scopes(of: team))
    }

    private func move(scope: UUID, from oldScopes: [UUID], to newScopes: [UUID]) async throws {
        guard oldScopes != newScopes else { return }
        let stored = try await storedContributions(of: [scope])[scope] ?? .empty
        var changes = ScopeChanges()
        changes.add(ChangeOfContribution(old: stored, new: .empty), to: oldScopes.filter { !newScopes.contains($0) })
        changes.add(ChangeOfContribution(old: .empty, new: stored), to: newScopes.filter { !oldScopes.contains($0) })
        try await stallBars.refresh(scopes: try await apply(changes))
        // The moved people's open deals now answer to their new team's bars, changed or not.
        try await stallBars.judgeOpenDeals()
    }

    /// Throws every rollup row of the organization away and recomputes them from activities
    /// and postponements: for repair, after changing the pressure policy, or after a team moves.
    public func rebuild() async throws {
        // The bars go too: groups left without won deals keep none.
        for table in [Self.weekTable, Self.loadTable, Self.reasonTable, Self.dealTable, Self.reasonOccurrenceTable, StallBars.table] {
            try await sql.delete(from: table).where("organization_id", .equal, organizationID.rawValue).run()
        }
        let owners = try await PersonModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).all(\.$id)
        try await refresh(people: owners.map(Person.ID.init))
    }
}
