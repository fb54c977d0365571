import FluentKit
import Foundation
import SalesDomain

extension CoachingStore {
    /// The coaching screen for one viewer: the scope checked against their policy, its active
    /// sellers with their rhythm (``CadenceReport``) over the query's months, the coaches and
    /// teams they belong to, and — for a manager who coaches them — the session the diagnosis
    /// suggests for each; the query's page of the sellers listed.
    ///
    /// A wide scope's whole answer is ``KeptScreens``' when the store keeps them: per viewer,
    /// because whether they coach the sellers decides the suggestions.
    public func overview(_ query: CoachingQuery, for policy: AccessPolicy) async throws -> CoachingOverview {
        guard let kept, try await diagnosis.isWide(query.scope, kept: kept) else {
            return try await decideOverview(query, for: policy).listing(query.page)
        }
        _ = try await directory.subject(query.scope, for: policy)
        let store = self
        let key = "\(organizationID) coaching \(policy.viewer.personID) \(policy.scope) \(query.scope) \(query.months)"
        let answer = try await kept.answer(key) { asOf in
            var query = query
            query.asOf = asOf
            return try await store.decideOverview(query, for: policy)
        }
        var overview = answer.value
        overview.keptAt = answer.decidedAt
        return overview.listing(query.page)
    }

    private func decideOverview(_ query: CoachingQuery, for policy: AccessPolicy) async throws -> CoachingOverview {
        let subject = try await directory.subject(query.scope, for: policy)
        let cadence = try await cadence(query)
        let (sellers, managers, sessions, items, framework, report) = (
            cadence.sellers, cadence.managers, cadence.sessions, cadence.items, cadence.framework, cadence.report)
        let sellerIDs = sellers.map(\.id)
        let policyOfCadence = report.policy
        let viewerCoaches = !sellers.isEmpty && sellers.allSatisfy(policy.canCoach)
        let suggestions = viewerCoaches ? try await suggestions(for: query, policy: policy) : [:]
        let names = Dictionary((sellers + managers).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let sessionsBySeller = Dictionary(grouping: sessions, by: \.sellerID)
        let rows = sellers.compactMap { seller -> CoachingOverview.Seller? in
            guard let cadence = report.seller(seller.id) else { return nil }
            let own = sessionsBySeller[seller.id] ?? []
            return CoachingOverview.Seller(
                id: seller.id, name: seller.name, teamID: seller.teamID, coachName: cadence.coachID.flatMap { names[$0] }, cadence: cadence,
                suggestion: suggestions[seller.id], lastSessionType: own.last { $0.status == .completed && $0.scheduledAt <= query.asOf }?.type,
                nextSessionID: own.first { $0.status == .planned && $0.scheduledAt >= query.asOf }?.id)
        }.byCoachingNeed()

        let today = calendar.day(containing: query.asOf)
        let teamNames = Dictionary(try await directory.teams(ids: Set(sellers.compactMap(\.teamID))).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let teams = Dictionary(grouping: sellers.filter { $0.teamID != nil }, by: { $0.teamID! })
            .map { team, members in
                CoachingOverview.TeamRow(id: team, name: teamNames[team] ?? "", tally: report.tally(of: Set(members.map(\.id)), items: items, today: today))
            }
            .sorted { ($0.tally.compliance.rate ?? 2, $0.name) < ($1.tally.compliance.rate ?? 2, $1.name) }
        let ownCoaching = query.scope == .person(policy.viewer.personID)
        let coaches = ownCoaching ? [] : report.coaches.compactMap { row in names[row.coachID].map { CoachingOverview.Coach(name: $0, row: row) } }
            .sorted { ($0.row.compliance.rate ?? 2, $0.name) < ($1.row.compliance.rate ?? 2, $1.name) }
        let person = try await sellerCoaching(query, cadence: cadence, names: names, for: policy)
        let areaNames = Dictionary((framework?.areas ?? []).map { ($0.key, $0.name) }, uniquingKeysWith: { first, _ in first })
        return CoachingOverview(
            scope: query.scope, scopeName: try await diagnosis.name(of: subject), months: query.months, currentMonth: report.currentMonth,
            policy: policyOfCadence, sellers: rows, coaches: coaches, teams: teams,
            total: report.tally(of: Set(sellerIDs), items: items, today: today),
            areasUntouched: report.areasUntouched.compactMap { areaNames[$0] }, viewerCoaches: viewerCoaches,
            focusNames: try await focusNames(for: suggestions.values.compactMap(\.focus) + (person?.foci ?? [])), person: person)
    }

    /// A person scope's own sessions and next steps, when the viewer may read that person's
    /// coaching (``AccessPolicy/canReadCoaching(of:)``); `names` are those already read.
    func sellerCoaching(
        _ query: CoachingQuery, cadence: Cadence, names: [Person.ID: String], for policy: AccessPolicy
    ) async throws -> SellerCoaching? {
        guard case .person(let id) = query.scope, let person = cadence.sellers.first(where: { $0.id == id }), policy.canReadCoaching(of: person)
        else { return nil }
        var coaching = SellerCoaching(
            sessions: cadence.sessions, items: cadence.items, asOf: query.asOf, today: calendar.day(containing: query.asOf), names: [:],
            policy: policy)
        var known = names
        // A coach who has left, or a next step's owner outside the roster, is read by id.
        for other in try await directory.people(ids: coaching.people.filter { known[$0] == nil }) { known[other.id] = other.name }
        coaching.names = known.filter { coaching.people.contains($0.key) }
        return coaching
    }

    /// What the overview and the start page both read: the scope's active sellers, the managers
    /// who may coach them, their sessions and next steps, and the rhythm report over them.
    struct Cadence {
        var sellers: [Person]
        var managers: [Person]
        var sessions: [CoachingSession]
        var items: [ActionItem]
        var framework: CompetencyFramework?
        var report: CadenceReport
    }

    func cadence(_ query: CoachingQuery) async throws -> Cadence {
        let sellers = try await diagnosis.sellers(in: query.scope).filter { $0.accessRole == .seller }
        let sellerIDs = sellers.map(\.id)
        let windowStart = calendar.start(of: query.months.lowerBound)
        let sessions = try await self.sessions(of: sellerIDs, from: windowStart)
        // A seller's coach manages their team or the nearest team above it, so only those teams
        // and their managers are read — and whoever held the sessions — not the organization's.
        let sellerTeams = Set(sellers.compactMap(\.teamID))
        let hierarchy = try await directory.hierarchy(above: sellerTeams)
        let chain = sellerTeams.union(sellerTeams.flatMap(hierarchy.ancestors(of:)))
        let managers = try await activeManagers(inTeams: chain, or: Set(sessions.map(\.coachID)))
        let roster = CoachingRoster(people: sellers + managers, hierarchy: hierarchy)
        let items = try await self.items(of: sellerIDs, closedDueFrom: calendar.day(containing: windowStart))
        let framework = try await coachingFramework()
        var areaOfCompetency: [Competency.ID: String] = [:]
        for area in framework?.areas ?? [] { for competency in area.competencies { areaOfCompetency[competency.id] = area.key } }
        let report = CadenceReport(
            roster: roster, sessions: sessions, items: items, policy: try await settings.cadencePolicy(), months: query.months, asOf: query.asOf,
            calendar: calendar, areaOfCompetency: areaOfCompetency, areaKeys: framework?.areas.map(\.key) ?? [],
            lastCompleted: try await lastCompleted(of: sellerIDs, asOf: query.asOf))
        return Cadence(sellers: sellers, managers: managers, sessions: sessions, items: items, framework: framework, report: report)
    }

    /// The start page's coaching: the scope's rhythm; for a person scope (the viewer's own, or
    /// one they coach) their open next steps and next session as well.
    public func glance(_ query: CoachingQuery, for policy: AccessPolicy) async throws -> CoachingGlance {
        _ = try await directory.subject(query.scope, for: policy)
        let cadence = try await cadence(query)
        let today = calendar.day(containing: query.asOf)
        var names = Dictionary((cadence.sellers + cadence.managers).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let person = try await sellerCoaching(query, cadence: cadence, names: names, for: policy)
        names.merge(person?.names ?? [:]) { first, _ in first }
        let commitments = person?.commitments ?? []
        let next = person?.upcoming.first
        let held = cadence.sessions.filter { $0.status == .completed && calendar.dateRange(of: query.months).contains($0.scheduledAt) }
        let used = Set(held.map(\.type))
        return CoachingGlance(
            months: query.months, today: today, total: cadence.report.tally(of: Set(cadence.sellers.map(\.id)), items: cadence.items, today: today),
            typesNeverUsed: cadence.sellers.isEmpty ? [] : CoachingSessionType.allCases.filter { !used.contains($0) }, commitments: commitments,
            nextSession: next, names: names, focusNames: try await focusNames(for: commitments.compactMap(\.link)))
    }

    /// The session the diagnosis of the last 13 ended weeks suggests for each seller of the scope.
    func suggestions(for query: CoachingQuery, policy: AccessPolicy) async throws -> [Person.ID: CoachingSuggestion] {
        let weeks = calendar.defaultAnalysisWeeks(asOf: query.asOf)
        let overview = try await diagnosis.overview(DiagnosisQuery(scope: query.scope, weeks: weeks, asOf: query.asOf), for: policy)
        return try await suggestions(from: overview.report, in: query.scope, asOf: query.asOf)
    }

    /// The session a diagnosis of `scope` suggests for each of its sellers, with each one's
    /// longest-stalled deal.
    func suggestions(from report: DiagnosisReport, in scope: AnalysisScope, asOf: Date) async throws -> [Person.ID: CoachingSuggestion] {
        let longest = report.sellers.contains { $0.stalledDeals > 0 }
            ? try await ExecutionAnalytics(database: database, organizationID: organizationID, calendar: calendar)
                .longestStalledDealByOwner(scope, asOf: asOf)
            : [:]
        var suggestions: [Person.ID: CoachingSuggestion] = [:]
        for seller in report.sellers {
            suggestions[seller.personID] = CoachingSuggestion.suggest(for: seller, longestStalledDeal: longest[seller.personID])
        }
        return suggestions
    }

    /// The framework coaching is measured against: the one the latest closed cycle assessed
    /// (as the diagnosis), else the newest published version of any.
    func coachingFramework() async throws -> CompetencyFramework? {
        let cycles = try await competence.cycleSummaries().sorted { ($0.closedAt ?? .distantPast) > ($1.closedAt ?? .distantPast) }
        if let latest = cycles.first(where: { $0.closedAt != nil }) { return try await competence.framework(latest.framework) }
        return try await competence.frameworkVersions().filter { $0.publishedAt != nil }.max { $0.version < $1.version }
    }

    /// The active managers of `teams`, and those among `people`.
    func activeManagers(inTeams teams: Set<Team.ID>, or people: Set<Person.ID>) async throws -> [Person] {
        // Two reads, by team and by id, each on its own index: SQLite answers an OR of the two
        // by reading every person of the organization.
        var models: [UUID: PersonModel] = [:]
        for chunk in teams.map(\.rawValue).chunked(into: 500) {
            for model in try await PersonModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$teamID ~~ chunk)
                .filter(\.$accessRole == AccessRole.manager.rawValue).all() { models[model.id!] = model }
        }
        for chunk in people.map(\.rawValue).chunked(into: 500) {
            for model in try await PersonModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$id ~~ chunk)
                .filter(\.$accessRole == AccessRole.manager.rawValue).all() { models[model.id!] = model }
        }
        return models.values.sorted { $0.id!.uuidString < $1.id!.uuidString }.map { $0.domain(leaderMarketIDs: []) }.filter(\.isActive)
    }
}
