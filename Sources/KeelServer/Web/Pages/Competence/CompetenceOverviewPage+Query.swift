import KeelStore
import SalesDomain
import Vapor

extension CompetenceOverviewPage.Model {
    /// What the viewer has to do in the open cycle and where their results and reports are.
    static func query(_ request: Request, error: FieldError? = nil, notice: String? = nil) async throws -> Self {
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
            if let team = viewer.teamID, RaterEligibility.managingRoles.contains(viewer.accessRole) {
                let hierarchy = try await request.directory.hierarchy()
                let reports = try await request.directory.people(PeopleQuery(
                    scope: .organization, viewerID: viewer.id, teamIDs: hierarchy.subtree(of: team), limit: 500))
                for person in reports.people where person.id != viewer.id && participants.contains(person.id)
                    && RaterEligibility.isManager(viewer, of: person, hierarchy: hierarchy) {
                    form.append(status(of: person, source: .manager))
                }
            }
        }
        let policy = try await request.policy()
        let assessed = try await store.cycles(assessing: viewer.id)
        let calibrations = policy.has(.readOthers)
            ? try await store.calibrationExercises().filter { policy.canReadOrganization || $0.raterIDs.contains(viewer.id) } : []
        return Self(
            viewer: viewer, cycles: summaries, openCycle: openSummary, selfStatus: selfStatus,
            reports: form.sorted { $0.person.name < $1.person.name },
            closedCyclesOfViewer: summaries.filter { $0.status == .closed && assessed.contains($0.id) },
            calibrations: calibrations,
            publishedFrameworks: try await store.frameworkVersions().filter { $0.status == .published },
            error: error, notice: notice)
    }
}

