import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension DiagnosisStore {
    /// The start page for one viewer: the diagnosis of the query's scope (checked against the
    /// policy there), the sellers' unreviewed postponements, the open cycles, and for a person
    /// scope their open activities of this week and their stalled deals; the coaching rhythm of
    /// the scope, and for a person their next steps from coaching; for a wider scope, what moved
    /// after coaching and practice.
    ///
    /// A wide scope's whole answer is ``KeptScreens``' when the store keeps them: per viewer,
    /// because the coaching and impact parts are read for their policy.
    public func whereToAct(_ query: DiagnosisQuery, for policy: AccessPolicy) async throws -> WhereToAct {
        guard let kept, try await isWide(query.scope, kept: kept) else {
            return try await decideWhereToAct(query, for: policy).listing(query.page)
        }
        _ = try await directory.subject(query.scope, for: policy)
        let store = self
        let key = "\(organizationID) where-to-act \(policy.viewer.personID) \(policy.scope) \(query.scope) \(query.weeks)"
        let answer = try await kept.answer(key) { asOf in
            var query = query
            query.asOf = asOf
            return try await store.decideWhereToAct(query, for: policy)
        }
        var report = answer.value
        // The diagnosis inside may be an older kept one (shared with the diagnosis page and with
        // other viewers of the scope): the page says when the older part was decided.
        report.diagnosis.keptAt = min(report.diagnosis.keptAt ?? answer.decidedAt, answer.decidedAt)
        return report.listing(query.page)
    }

    private func decideWhereToAct(_ query: DiagnosisQuery, for policy: AccessPolicy) async throws -> WhereToAct {
        let cycles = try await competence.cycleSummaries()
        let diagnosis = try await overview(query, for: policy, cycles: cycles)
        let week = calendar.week(containing: query.asOf)
        var due: [Activity] = []
        var stalled: [StalledDeal] = []
        if case .person(let person) = query.scope {
            let log = ActivityLog(database: database, organizationID: organizationID)
            due = try await log.entries(of: person, plannedIn: calendar.start(of: week)..<calendar.start(of: week.next))
                .filter(\.isOpen).map(\.activity)
            stalled = try await analytics.stalledDeals(query.scope, asOf: query.asOf, limit: 10).page
        }
        let openCycles = cycles
            .filter { $0.closedAt == nil && $0.openedAt <= query.asOf }
            .map { WhereToAct.OpenCycle(id: $0.id, name: $0.name, participants: $0.participantCount, opened: $0.openedAt) }
        let coaching = try await CoachingStore(database: database, organizationID: organizationID, calendar: calendar)
            .glance(.covering(query.weeks, scope: query.scope, asOf: query.asOf, calendar: calendar), for: policy)
        var report = WhereToAct(
            diagnosis: diagnosis,
            unreviewed: try await unreviewedPostponements(of: diagnosis.sellers.map(\.id), weeks: query.weeks),
            openCycles: openCycles, dueThisWeek: due, stalledDeals: stalled, coaching: coaching)
        if case .person(let id) = query.scope, let person = try await directory.person(id), policy.canReadPractice(of: person) {
            report.practice = try await PracticeStore(database: database, organizationID: organizationID, calendar: calendar)
                .planScreen(of: id, for: policy, asOf: query.asOf)
        }
        let sellers = try await directory.people(ids: diagnosis.sellers.map(\.id))
        if case .team = query.scope, !sellers.isEmpty, sellers.allSatisfy(policy.canReadPractice) {
            report.teamPractice = try await PracticeStore(database: database, organizationID: organizationID, calendar: calendar)
                .teamScreen(PracticeQuery(scope: query.scope, asOf: query.asOf), for: policy)
        }
        if case .team = query.scope, !sellers.isEmpty, sellers.allSatisfy(policy.canCoach) {
            let coachingStore = CoachingStore(database: database, organizationID: organizationID, calendar: calendar)
            report.suggestions = try await coachingStore.suggestions(from: diagnosis.report, in: query.scope, asOf: query.asOf)
            report.coaching?.focusNames = try await coachingStore.focusNames(for: report.suggestions.values.compactMap(\.focus))
        }
        if case .person = query.scope {} else {
            report.impact = try await ImpactStore(database: database, organizationID: organizationID, calendar: calendar).tile(for: policy)
        }
        return report
    }

    /// Postponements away from dates in `weeks` that no manager has reviewed, per owner: what
    /// ``ActivityLog/reviewList(_:for:)`` lists for one of them, unreviewed, planned in the same
    /// ``PostponementReviewQuery/PlannedWeeks`` — the start page's number links to that list.
    func unreviewedPostponements(of people: [Person.ID], weeks: ClosedRange<ISOWeek>) async throws -> [Person.ID: Int] {
        let planned = PostponementReviewQuery.PlannedWeeks(weeks, calendar: calendar).dates
        struct Row: Decodable {
            var owner_id: UUID
            var count: Int
        }
        var counts: [Person.ID: Int] = [:]
        for chunk in people.map(\.rawValue).chunked(into: 500) {
            let rows = try await sql.select()
                .column("owner_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "count")
                .from(PostponementModel.schema)
                .where("organization_id", .equal, organizationID.rawValue)
                .where("owner_id", .in, Array(chunk))
                .where("verdict", .is, SQLLiteral.null)
                .where("from_date", .greaterThanOrEqual, planned.lowerBound)
                .where("from_date", .lessThan, planned.upperBound)
                .groupBy("owner_id")
                .all(decoding: Row.self)
            for row in rows { counts[Person.ID(row.owner_id)] = row.count }
        }
        return counts
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }
}
