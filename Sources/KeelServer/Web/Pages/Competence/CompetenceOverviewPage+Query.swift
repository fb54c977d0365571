import KeelStore
import SalesDomain
import Vapor

extension CompetenceOverviewPage.Model {
    /// What the viewer has to do in the open cycle and where their results and reports are.
    static func query(
        _ request: Request, errors: [FieldError] = [], entered: [String: String] = [:], notice: String? = nil
    ) async throws -> Self {
        let viewer = try request.signedIn.person
        let store = try request.competence
        let summaries = try await store.cycleSummaries()
        let openSummary = summaries.first { $0.status == .open }
        var form: [CompetenceOverviewPage.RateeStatus] = []
        var selfStatus: CompetenceOverviewPage.RateeStatus?
        if let openSummary, let cycle = try await store.cycle(openSummary.id) {
            let participants = Set(cycle.participantIDs)
            let mine = try await store.ratings(in: cycle.id, by: viewer.id)
            let profiles = try await store.roleProfiles(framework: cycle.framework.frameworkID)
            func status(of person: Person, source: RatingSource) -> CompetenceOverviewPage.RateeStatus {
                let given = mine.filter { $0.rateeID == person.id }
                let profile = RoleProfile.applicable(to: person, framework: cycle.framework.frameworkID, among: profiles)
                return .init(person: person, source: source, competencyCount: profile?.entries.count ?? 0,
                             drafts: given.filter { !$0.isSubmitted }.count, submitted: given.filter(\.isSubmitted).count)
            }
            if participants.contains(viewer.id) { selfStatus = status(of: viewer, source: .selfAssessment) }
            for person in try await directReports(of: viewer, request: request) where participants.contains(person.id) {
                form.append(status(of: person, source: .manager))
            }
        }
        let policy = try await request.policy()
        let assessed = try await store.cycles(assessing: viewer.id)
        let calibrations = policy.has(.readOthers)
            ? try await store.calibrationExercises(for: policy) : []
        return Self(
            viewer: viewer, cycles: summaries, openCycle: openSummary, selfStatus: selfStatus,
            reports: form.sorted { $0.person.name < $1.person.name },
            closedCyclesOfViewer: summaries.filter { $0.status == .closed && assessed.contains($0.id) },
            calibrations: calibrations,
            publishedFrameworks: try await store.frameworkVersions().filter { $0.status == .published },
            errors: errors, entered: entered, notice: notice)
    }

    /// The people the viewer reports on as their manager
    /// (``RaterEligibility/directManagers(of:managersByTeam:hierarchy:)``). A manager may rate
    /// anyone below them, but lists only these: a regional leader's own team and the managers of
    /// the teams under it, not every seller of the region.
    static func directReports(of viewer: Person, request: Request) async throws -> [Person] {
        guard let team = viewer.teamID, RaterEligibility.managingRoles.contains(viewer.accessRole) else { return [] }
        let directory = try request.directory
        let hierarchy = try await directory.hierarchy()
        let subtree = hierarchy.subtree(of: team)
        var managersByTeam: [Team.ID: [Person]] = [:]
        for role in RaterEligibility.managingRoles {
            // Every one of them: a bound no organization reaches, not a page.
            let managers = try await directory.people(PeopleQuery(
                scope: .organization, viewerID: viewer.id, teamIDs: subtree, accessRole: role, limit: 100_000)).people
            for manager in managers {
                if let managerTeam = manager.teamID { managersByTeam[managerTeam, default: []].append(manager) }
            }
        }
        // Only members of the viewer's team, and of teams below it with no manager on the way
        // up, can report to the viewer; of teams with a manager, only that manager can.
        var memberTeams: Set<Team.ID> = [team]
        var candidates: [Person] = []
        for below in subtree where below != team {
            let between = hierarchy.ancestors(of: below).prefix { $0 != team }
            guard between.allSatisfy({ managersByTeam[$0] == nil }) else { continue }
            if let managers = managersByTeam[below] { candidates += managers } else { memberTeams.insert(below) }
        }
        candidates += try await directory.people(PeopleQuery(scope: .organization, viewerID: viewer.id, teamIDs: memberTeams, limit: 500)).people
        return candidates.filter { person in
            person.id != viewer.id && RaterEligibility.directManagers(of: person, managersByTeam: managersByTeam, hierarchy: hierarchy)
                .contains { $0.id == viewer.id }
        }
    }
}

