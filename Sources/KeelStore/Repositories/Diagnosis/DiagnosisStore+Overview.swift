import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension DiagnosisStore {
    /// The diagnosis screen for one viewer: the scope checked against their policy first
    /// (``Directory/subject(_:for:field:)``), then its active sellers diagnosed over the
    /// query's weeks and over the weeks before, for the changes; the query's page of them listed.
    ///
    /// Weeks that have not ended by `asOf` are left out of the execution side: a week still
    /// running would count every planned activity not done yet as not done on time.
    public func overview(_ query: DiagnosisQuery, for policy: AccessPolicy) async throws -> DiagnosisOverview {
        try await overview(query, for: policy, cycles: try await competence.cycleSummaries()).listing(query.page)
    }

    /// The whole scope's diagnosis, with the organization's cycles already read (the start page
    /// lists the open ones too); a wide scope's is ``KeptScreens``' when the store keeps them —
    /// one for the diagnosis page and every start page of the scope.
    ///
    /// Kept in the request's ``ReadMemo``: the start page's team practice asks for the very
    /// diagnosis the page itself shows, and deciding it twice was a fifth of the page.
    func overview(_ query: DiagnosisQuery, for policy: AccessPolicy, cycles summaries: [AssessmentCycleSummary]) async throws -> DiagnosisOverview {
        let key = "diagnosis \(organizationID) \(policy.viewer.personID) \(policy.viewer.accessRole) \(query.scope) \(query.weeks) \(query.asOf.timeIntervalSince1970)"
        return try await ReadMemo.remember(key) {
            guard let kept, try await isWide(query.scope, kept: kept) else {
                return try await decide(query, for: policy, cycles: summaries)
            }
            _ = try await directory.subject(query.scope, for: policy)
            let store = self
            let answer = try await kept.answer("\(organizationID) diagnosis \(query.scope) \(query.weeks)") { asOf in
                var query = query
                query.asOf = asOf
                return try await store.decide(query, for: policy, cycles: try await store.competence.cycleSummaries())
            }
            var overview = answer.value
            overview.keptAt = answer.decidedAt
            return overview
        }
    }

    /// Whether a scope has enough sellers for its screens to be kept rather than decided live.
    func isWide(_ scope: AnalysisScope, kept: KeptScreens) async throws -> Bool {
        if case .person = scope { return false }
        return try await analytics.memberCount(of: scope) >= kept.minimumSellers
    }

    private func decide(_ query: DiagnosisQuery, for policy: AccessPolicy, cycles summaries: [AssessmentCycleSummary]) async throws -> DiagnosisOverview {
        let subject = try await directory.subject(query.scope, for: policy)
        let diagnosisPolicy = try await settings.diagnosisPolicy()
        let sellers = try await sellers(in: query.scope)
        let cycles = closedCycles(summaries, asOf: query.asOf)
        let basis = cycles.first
        let framework = try await basis.asyncMap { try await competence.framework($0.framework) } ?? nil
        let map = try await framework.asyncMap { try await signalMap(for: $0) } ?? DiagnosisSignalMap(unchecked: [])
        let assessments = try await latestAssessments(of: sellers.map(\.id), in: cycles)
        let gaps = try await gaps(of: sellers, assessments: assessments, framework: framework)
        let groups = try await groups(of: sellers, scope: query.scope)
        let pipeline = try await settings.dealPipeline()
        let stalled = try await analytics.stalledDealsByOwner(query.scope, asOf: query.asOf)

        func report(weeks: ClosedRange<ISOWeek>) async throws -> DiagnosisReport {
            let lastEnded = calendar.lastEndedWeek(asOf: query.asOf)
            let ended = weeks.lowerBound <= lastEnded ? weeks.lowerBound...min(weeks.upperBound, lastEnded) : nil
            let months = calendar.months(spanning: weeks)
            let evidence = try await self.evidence(
                of: sellers.map(\.id), weeks: ended, months: months, pipeline: pipeline, gaps: gaps, stalled: stalled)
            return DiagnosisReport(
                sellers: evidence, areas: framework?.areas ?? [], map: map,
                referenceByStage: try await referenceConversion(months: months, pipeline: pipeline),
                groups: groups.groups, policy: diagnosisPolicy)
        }
        let current = try await report(weeks: query.weeks)
        let previous = try await report(weeks: query.previousWeeks)

        return DiagnosisOverview(
            scope: query.scope, scopeName: try await name(of: subject), weeks: query.weeks, previousWeeks: query.previousWeeks,
            policy: diagnosisPolicy, basis: basis, areas: (framework?.areas ?? []).map { area in
                DiagnosisOverview.Area(
                    key: area.key, name: area.name, signals: map.signals(for: area.key),
                    competencies: area.competencies.map { DiagnosisOverview.CompetencyName(id: $0.id, name: $0.name) })
            },
            sellers: sellers.map {
                DiagnosisOverview.Seller(id: $0.id, name: $0.name, teamID: $0.teamID, marketID: $0.marketID, assessedIn: assessments[$0.id]?.cycle)
            },
            groupNames: groups.names, catalog: try await settings.reasonCatalog(), report: current, changes: DiagnosisChange.between(previous, current))
    }

    /// The active sellers of a scope, by name; a person scope is that person whatever their role.
    func sellers(in scope: AnalysisScope) async throws -> [Person] {
        let people = try await directory.people(ids: try await analytics.members(of: scope))
        return people.filter { person in
            guard person.isActive else { return false }
            if case .person = scope { return true }
            return person.accessRole == .seller
        }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// Of `summaries`, the cycles closed by `asOf` of the framework the latest of them assessed, newest first.
    func closedCycles(_ summaries: [AssessmentCycleSummary], asOf: Date) -> [DiagnosisOverview.Basis] {
        let closed = summaries
            .compactMap { summary -> DiagnosisOverview.Basis? in
                guard let closedAt = summary.closedAt, closedAt <= asOf else { return nil }
                return DiagnosisOverview.Basis(cycleID: summary.id, cycleName: summary.name, closedAt: closedAt, framework: summary.framework)
            }
            .sorted { $0.closedAt > $1.closedAt }
        guard let newest = closed.first else { return [] }
        return closed.filter { $0.framework.frameworkID == newest.framework.frameworkID }
    }

    /// Each seller's latest assessment: the newest of `cycles` with a consolidated level for
    /// them, so a cycle that assessed a few people leaves the others' earlier levels standing.
    func latestAssessments(
        of people: [Person.ID], in cycles: [DiagnosisOverview.Basis]
    ) async throws -> [Person.ID: (cycle: DiagnosisOverview.Basis, levels: [Competency.ID: Double])] {
        var found: [Person.ID: (cycle: DiagnosisOverview.Basis, levels: [Competency.ID: Double])] = [:]
        for cycle in cycles {
            let remaining = people.filter { found[$0] == nil }
            if remaining.isEmpty { break }
            for (person, levels) in try await competence.consolidatedLevels(cycle: cycle.cycleID, people: remaining) where !levels.isEmpty {
                found[person] = (cycle, levels)
            }
        }
        return found
    }

    /// Each seller's role-profile competencies in the framework, with their latest levels.
    func gaps(
        of sellers: [Person], assessments: [Person.ID: (cycle: DiagnosisOverview.Basis, levels: [Competency.ID: Double])],
        framework: CompetencyFramework?
    ) async throws -> [Person.ID: [CompetencyGap]] {
        guard let framework else { return [:] }
        let profiles = try await competence.roleProfiles(framework: framework.id)
        var gaps: [Person.ID: [CompetencyGap]] = [:]
        for seller in sellers {
            guard let profile = RoleProfile.applicable(to: seller, framework: framework.id, among: profiles) else { continue }
            gaps[seller.id] = profile.entries.map { entry in
                CompetencyGap(
                    competencyID: entry.competencyID, targetLevel: entry.targetLevel, weight: entry.weight,
                    level: assessments[seller.id]?.levels[entry.competencyID])
            }
        }
        return gaps
    }

    /// The sellers' own teams, and their markets when the scope is wider than a team: the
    /// groups structural findings are looked for in.
    func groups(of sellers: [Person], scope: AnalysisScope) async throws -> (groups: [DiagnosisGroup], names: [String: String]) {
        var names: [String: String] = [:]
        var groups: [DiagnosisGroup] = []
        let teams = Dictionary(try await directory.teams(ids: Set(sellers.compactMap(\.teamID))).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (teamID, members) in Dictionary(grouping: sellers.filter { $0.teamID != nil }, by: { $0.teamID! }).sorted(by: { $0.key < $1.key }) {
            let scope = AnalysisScope.team(teamID)
            groups.append(DiagnosisGroup(scope: scope, memberIDs: members.map(\.id)))
            names[scope.description] = teams[teamID]?.name
        }
        switch scope {
        case .market, .organization:
            let markets = Dictionary(try await directory.markets().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for (marketID, members) in Dictionary(grouping: sellers.filter { $0.marketID != nil }, by: { $0.marketID! }).sorted(by: { $0.key < $1.key }) {
                let scope = AnalysisScope.market(marketID)
                groups.append(DiagnosisGroup(scope: scope, memberIDs: members.map(\.id)))
                names[scope.description] = markets[marketID]?.name
            }
        case .person, .team:
            break
        }
        return (groups, names)
    }

    /// Each seller's execution evidence from their own rollup rows: activities per type over
    /// the ended weeks, conversion per stage for deals entering a stage in `months`, verified
    /// obstacles per reason in `months`, and the stalled deals now.
    func evidence(
        of sellers: [Person.ID], weeks: ClosedRange<ISOWeek>?, months: ClosedRange<CalendarMonth>, pipeline: DealPipeline,
        gaps: [Person.ID: [CompetencyGap]], stalled: [Person.ID: [DealStage: Int]]
    ) async throws -> [SellerEvidence] {
        let ids = sellers.map(\.rawValue)
        let activities = try await weeks.asyncMap { try await rollups.activitySums(scopes: ids, weeks: $0) } ?? [:]
        let conversion = try await rollups.conversionSums(scopes: ids, months: months, pipeline: pipeline)
        let reasons = try await rollups.reasonSums(scopes: ids, months: months)
        return sellers.map { seller in
            let own = activities[seller.rawValue] ?? [:]
            let ownReasons = reasons[seller.rawValue] ?? [:]
            return SellerEvidence(
                personID: seller, gaps: gaps[seller] ?? [], executionByType: own.mapValues(\.execution),
                conversionByStage: conversion[seller.rawValue] ?? [:],
                lateForVerifiedObstacle: own.mapValues(\.lateForVerifiedObstacle).filter { $0.value > 0 },
                verifiedObstacleReasons: ownReasons.mapValues(\.verifiedObstacles).filter { $0.value > 0 },
                stalledDeals: stalled[seller] ?? [:], postponementsByReason: ownReasons.mapValues(\.postponements).filter { $0.value > 0 })
        }
    }

    /// The organization's conversion per stage over `months`: what a seller's is compared with.
    func referenceConversion(months: ClosedRange<CalendarMonth>, pipeline: DealPipeline) async throws -> [DealStage: StageConversion] {
        let facts = try await rollups.momentumFacts(scope: organizationID.rawValue, months: months).facts
        return Dictionary(facts.conversion(pipeline: pipeline, months: nil).map { ($0.stage, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func name(of subject: AnalysisSubject) async throws -> String {
        switch subject {
        case .person(let person): person.name
        case .team(let team): team.name
        case .market(let market): market.name
        case .organization: try await directory.organization().name
        }
    }
}
