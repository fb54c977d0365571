import FluentKit
import FluentSQL
import Foundation
import SalesDomain
import SQLKit

/// The activity screens, answered for an access policy: the plan and activity lists, the
/// review list, and the writes that first check the viewer may make them. The web pages and the
/// API call these alike.
extension ActivityLog {
    /// One page of activities, oldest planned first, with how many matched.
    public struct EntryPage: Hashable, Sendable {
        public var entries: [Entry]
        public var total: Int

        public init(entries: [Entry], total: Int) {
            self.entries = entries
            self.total = total
        }
    }

    public typealias ReviewPage = PostponementReviewPage

    /// The activities a query asks for, if the policy lets the viewer read their owners
    /// (``AccessRefused`` otherwise).
    public func entries(_ query: ActivityListQuery, for policy: AccessPolicy, calendar: WeekCalendar) async throws -> EntryPage {
        let directory = Directory(database: database, organizationID: organizationID)
        let owners: [Person.ID]
        switch query.owners {
        case .viewer:
            owners = [policy.viewer.personID]
        case .person(let id):
            owners = try await Self.owners(person: id, in: directory) { query.decision(person: $0, team: nil, for: policy) }
        case .team(let id):
            owners = try await Self.owners(team: id, for: policy, in: directory) { query.decision(person: nil, team: $0, for: policy) }
        }
        guard !owners.isEmpty else { return EntryPage(entries: [], total: 0) }
        let dates = calendar.dateRange(of: query.weeks)
        let ids = owners.map(\.rawValue)
        let total = try await plannedQuery(of: ids, in: dates, columns: [SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("count"))])
            .first()?.decode(column: "count", as: Int.self) ?? 0
        let models = try await plannedQuery(of: ids, in: dates).orderBy("planned_at").orderBy("id").offset(query.offset).limit(query.limit).all()
            .map { try $0.decode(fluentModel: ActivityModel.self) }
        let postponements = try await postponements(of: models.compactMap(\.id))
        let byActivity = Dictionary(grouping: postponements, by: \.activityID)
        return EntryPage(
            entries: models.map { Entry(activity: $0.domain, subject: $0.subject, postponements: byActivity[.init($0.id!)] ?? []) },
            total: total)
    }

    /// The one person a list names, when the query's rule lets the viewer read them.
    private static func owners(person id: Person.ID, in directory: Directory, decide: (Person?) -> AccessDecision) async throws -> [Person.ID] {
        let decision = decide(try await directory.person(id))
        guard decision == .allowed else { throw AccessRefused(decision, entity: "person", field: "person") }
        return [id]
    }

    /// The members of the team a list names, when the query's rule lets the viewer read it.
    private static func owners(
        team id: Team.ID, for policy: AccessPolicy, in directory: Directory, decide: (Team?) -> AccessDecision
    ) async throws -> [Person.ID] {
        let decision = decide(try await directory.team(id))
        guard decision == .allowed else { throw AccessRefused(decision, entity: "team", field: "team") }
        return try await members(of: id, for: policy, in: directory)
    }

    /// The review list a query asks for (``AccessRefused`` when the viewer may not review, or
    /// may not read the person or team it names).
    public func reviewList(_ query: PostponementReviewQuery, for policy: AccessPolicy) async throws -> ReviewPage {
        let directory = Directory(database: database, organizationID: organizationID)
        // `nil`: the whole organization, which needs no list of owners.
        var owners: [Person.ID]?
        switch query.owners {
        case .reach:
            let decision = query.decision(person: nil, team: nil, for: policy)
            guard decision == .allowed else { throw AccessRefused(decision, entity: "postponement") }
            if policy.scope != .organization {
                owners = Array(try await directory.readablePersonIDs(for: policy))
            }
        case .person(let id):
            owners = try await Self.owners(person: id, in: directory) { query.decision(person: $0, team: nil, for: policy) }
        case .team(let id):
            owners = try await Self.owners(team: id, for: policy, in: directory) { query.decision(person: nil, team: $0, for: policy) }
        }
        if owners?.isEmpty == true { return ReviewPage(items: [], total: 0, unreviewed: 0) }
        /// `byStatus: false` for the one just reviewed: its verdict may have taken it out of a list of unreviewed ones.
        func matching(byStatus: Bool = true) -> QueryBuilder<PostponementModel> {
            let builder = PostponementModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
            if let owners { builder.filter(\.$ownerID ~~ owners.map(\.rawValue)) }
            if let reason = query.reason { builder.filter(\.$reasonCode == reason.rawValue) }
            if let dates = query.loggedIn { builder.filter(\.$loggedAt >= dates.lowerBound).filter(\.$loggedAt < dates.upperBound) }
            if let planned = query.plannedIn?.dates { builder.filter(\.$fromDate >= planned.lowerBound).filter(\.$fromDate < planned.upperBound) }
            switch byStatus ? query.status : nil {
            case .unreviewed?: builder.filter(\.$verdict == nil)
            case .reviewed?: builder.filter(\.$verdict != nil)
            case nil: break
            }
            return builder
        }
        let total = try await matching().count()
        let unreviewed = try await matching().filter(\.$verdict == nil).count()
        // Unreviewed first, then reviewed: two reads, since databases disagree on where NULL sorts.
        var found: [Postponement] = []
        if query.offset < unreviewed {
            found += try await matching().filter(\.$verdict == nil).sort(\.$loggedAt, .descending).sort(\.$id)
                .offset(query.offset).limit(query.limit).all().map(\.domain)
        }
        if found.count < query.limit, total > unreviewed {
            found += try await matching().filter(\.$verdict != nil).sort(\.$loggedAt, .descending).sort(\.$id)
                .offset(max(0, query.offset - unreviewed)).limit(query.limit - found.count).all().map(\.domain)
        }
        // The one just reviewed, when the list holds it (so the viewer reads it) but the page does not.
        var kept: Postponement?
        if let keeping = query.keeping, !found.contains(where: { $0.id == keeping }) {
            kept = try await matching(byStatus: false).filter(\.$id == keeping.rawValue).first()?.domain
        }
        let shown = found + (kept.map { [$0] } ?? [])
        let types = shown.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await ActivityModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id ~~ shown.map(\.activityID.rawValue))
            .all().map { ($0.id!, ActivityType($0.type)) })
        func typed(_ postponement: Postponement) -> PostponedActivity {
            PostponedActivity(postponement: postponement, activityType: types[postponement.activityID.rawValue] ?? ActivityType(""))
        }
        return ReviewPage(items: found.map(typed), total: total, unreviewed: unreviewed, kept: kept.map(typed))
    }

    /// The people of a team's subtree the policy reads, inactive ones included (their history stays).
    static func members(of team: Team.ID, for policy: AccessPolicy, in directory: Directory) async throws -> [Person.ID] {
        let hierarchy = try await directory.hierarchy()
        return try await directory.people(PeopleQuery(
            scope: policy.scope, viewerID: policy.viewer.personID, teamIDs: hierarchy.subtree(of: team), includeInactive: true, limit: 1_000_000
        )).people.map(\.id)
    }

    /// An activity the viewer may re-plan: sellers log, finish, move and drop their own work
    /// only, so anyone else's is not found, even for their manager.
    public func ownEntry(_ id: Activity.ID, for policy: AccessPolicy) async throws -> Entry {
        let entry: Entry
        do {
            entry = try await self.entry(id)
        } catch is RecordNotFound {
            throw AccessRefused(.notFound, entity: "activity", field: "activityID")
        }
        guard entry.activity.ownerID == policy.viewer.personID else { throw AccessRefused(.notFound, entity: "activity", field: "activityID") }
        return entry
    }

    /// A review by the viewer, who must read others' records and the postponement's owner; an
    /// earlier verdict is replaced, and the audit event keeps both.
    public func review(
        _ id: Postponement.ID, verdict: ReviewVerdict, note: String?, for policy: AccessPolicy, at now: Date
    ) async throws -> Postponement {
        guard policy.has(.readOthers) else { throw AccessRefused(.forbidden, entity: "postponement") }
        guard let owner = try await ownerOfPostponement(id),
              let person = try await Directory(database: database, organizationID: organizationID).person(owner),
              policy.read(person) == .allowed
        else { throw AccessRefused(.notFound, entity: "postponement", field: "postponementID") }
        return try await review(id, verdict: verdict, note: note, reviewer: policy.viewer.personID, at: now)
    }

    /// One postponement with the type of its activity, if the policy reads its owner.
    public func postponedActivity(_ id: Postponement.ID, for policy: AccessPolicy) async throws -> PostponedActivity {
        guard let model = try await PostponementModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first(),
            let person = try await Directory(database: database, organizationID: organizationID).person(.init(model.ownerID)),
            policy.read(person) == .allowed
        else { throw AccessRefused(.notFound, entity: "postponement", field: "postponementID") }
        let activity = try await activityModel(.init(model.activityID))
        return PostponedActivity(postponement: model.domain, activityType: ActivityType(activity.type))
    }
}
