import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// The weekly digest (SPEC §4 reminders) as the store keeps it: each person's choice, what their
/// digest holds this week — read for *their* access policy with the coaching and practice
/// stores' own screen queries, so a digest never shows more than the person's pages — and the
/// outbox every message passes through.
public struct DigestStore: OrganizationCalendarStore {
    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    var directory: Directory { Directory(database: database, organizationID: organizationID) }
    var coaching: CoachingStore { CoachingStore(database: database, organizationID: organizationID, calendar: calendar) }
    var practice: PracticeStore { PracticeStore(database: database, organizationID: organizationID, calendar: calendar) }

    // MARK: The person's choice

    public func preference(of person: Person.ID) async throws -> DigestPreference {
        guard let model = try await preferenceModel(person) else { return .standard }
        return DigestPreference(enabled: model.enabled, chosen: true)
    }

    /// Turns the person's own digest on or off; audited with them as subject.
    public func setEnabled(_ enabled: Bool, for person: Person.ID, at date: Date) async throws -> DigestPreference {
        let organizationID = organizationID
        let existing = try await preferenceModel(person)
        try await database.writeTransaction { database in
            let model = existing ?? DigestPreferenceModel()
            let old = existing?.enabled
            model.id = person.rawValue
            model.organizationID = organizationID.rawValue
            model.enabled = enabled
            model.updatedAt = date
            try await model.save(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: person, entity: "digest_preference", entityID: person.rawValue,
                subject: person, action: existing == nil ? "create" : "update",
                changes: ["enabled": .init(old: old.map(String.init), new: String(enabled))], at: date)
        }
        return DigestPreference(enabled: enabled, chosen: true)
    }

    private func preferenceModel(_ person: Person.ID) async throws -> DigestPreferenceModel? {
        try await DigestPreferenceModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == person.rawValue).first()
    }

    // MARK: What a digest holds

    /// The person's digest for the week, read for their own access policy; `nil` for a role that
    /// gets none. An empty digest is returned (for the preview) but never queued.
    public func digest(for person: Person, week: ISOWeek, asOf: Date) async throws -> Digest? {
        guard let audience = Digest.audience(of: person) else { return nil }
        let policy = try await directory.accessPolicy(for: person)
        var facts = DigestFacts(
            recipient: person, week: week, asOf: asOf, calendar: calendar,
            cadencePolicy: try await OrganizationSettings(database: database, organizationID: organizationID).cadencePolicy())
        switch audience {
        case .manager:
            guard let team = person.teamID else { return Digest.compose(facts) }
            let overview = try await coaching.overview(
                CoachingQuery.lastWholeMonths(scope: .team(team), asOf: asOf, calendar: calendar), for: policy)
            // Every seller of the manager's subtree is theirs to coach (``AccessPolicy/canCoach(_:)``).
            let sellers = overview.sellers
            facts.sellers = sellers
            facts.items = try await coaching.items(of: sellers.map(\.id))
            facts.focusNames = overview.focusNames
            facts.teamPractice = try await practice.teamScreen(PracticeQuery(scope: .team(team), asOf: asOf), for: policy).rows
                .filter { row in sellers.contains { $0.id == row.personID } }
        case .seller:
            facts.items = try await coaching.items(of: [person.id])
            facts.practice = try await practice.planScreen(of: person.id, for: policy, asOf: asOf).entries
        }
        let owners = Set(facts.items.flatMap { [$0.ownerID, $0.sellerID] }).union(facts.sellers.map(\.id)).union([person.id])
        for named in try await directory.people(ids: owners) { facts.names[named.id] = named.name }
        if facts.focusNames == FocusNames() {
            facts.focusNames = try await coaching.focusNames(for: facts.items.compactMap(\.link))
        }
        return Digest.compose(facts)
    }

    /// The people who get a digest: active managers and sellers with an address, who have not
    /// turned it off.
    public func recipients() async throws -> [Person] {
        let people = try await PersonModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue)
            .filter(\.$accessRole ~~ [AccessRole.manager.rawValue, AccessRole.seller.rawValue])
            .all().map { $0.domain(leaderMarketIDs: []) }
            .filter { $0.isActive && !$0.email.isEmpty && !ErasedIdentity.isErased(email: $0.email) }
        let off = Set(try await DigestPreferenceModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$enabled == false).all().compactMap(\.id))
        return people.filter { !off.contains($0.id.rawValue) }.sorted { $0.id.rawValue.uuidString < $1.id.rawValue.uuidString }
    }
}

extension DigestStore {
    /// The person's own digest screen: only ever the signed-in person's, so no other policy applies.
    public func screen(of person: Person, asOf: Date) async throws -> DigestScreen {
        let week = calendar.week(containing: asOf)
        return DigestScreen(preference: try await preference(of: person.id), week: week, digest: try await digest(for: person, week: week, asOf: asOf))
    }
}
