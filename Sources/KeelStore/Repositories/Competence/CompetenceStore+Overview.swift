import Foundation
import SalesDomain

extension CompetenceStore {
    /// The competence start page for the viewer of `policy`: in the open cycle their own
    /// self-assessment and their direct reports' forms with how far each has come, the closed
    /// cycles they were assessed in, and — for those who read others — the calibration exercises
    /// ``AccessPolicy/canRead(_:)-(CalibrationExercise)`` lets them see.
    public func overview(for policy: AccessPolicy) async throws -> CompetenceOverview {
        guard let viewer = try await directory.person(policy.viewer.personID) else {
            throw AccessRefused(.notFound, entity: "person")
        }
        let summaries = try await cycleSummaries()
        let openSummary = summaries.first { $0.status == .open }
        var selfStatus: CompetenceOverview.RateeStatus?
        var reports: [CompetenceOverview.RateeStatus] = []
        if let openSummary, let cycle = try await cycle(openSummary.id) {
            let participants = Set(cycle.participantIDs)
            let mine = Dictionary(grouping: try await ratings(in: cycle.id, by: viewer.id), by: \.rateeID)
            let profiles = try await roleProfiles(framework: cycle.framework.frameworkID)
            func status(of person: Person, source: RatingSource) -> CompetenceOverview.RateeStatus {
                let given = mine[person.id] ?? []
                let profile = RoleProfile.applicable(to: person, framework: cycle.framework.frameworkID, among: profiles)
                return .init(person: person, source: source, competencyCount: profile?.entries.count ?? 0,
                             drafts: given.filter { !$0.isSubmitted }.count, submitted: given.filter(\.isSubmitted).count)
            }
            if participants.contains(viewer.id) { selfStatus = status(of: viewer, source: .selfAssessment) }
            reports = try await directReports(of: viewer).filter { participants.contains($0.id) }
                .map { status(of: $0, source: .manager) }.sorted { $0.person.name < $1.person.name }
        }
        let assessed = try await cycles(assessing: viewer.id)
        return CompetenceOverview(
            viewer: viewer, cycles: summaries, openCycle: openSummary, selfStatus: selfStatus, reports: reports,
            closedCyclesOfViewer: summaries.filter { $0.status == .closed && assessed.contains($0.id) },
            calibrations: policy.has(.readOthers) ? try await calibrationExercises(for: policy) : [],
            publishedFrameworks: try await frameworkVersions().filter { $0.status == .published })
    }

    /// The people `viewer` assesses as their manager, reading only the teams and managers
    /// ``RaterEligibility/teamsReporting(to:managersByTeam:hierarchy:)`` names.
    func directReports(of viewer: Person) async throws -> [Person] {
        guard let team = viewer.teamID, RaterEligibility.managingRoles.contains(viewer.accessRole) else { return [] }
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
        let reporting = RaterEligibility.teamsReporting(to: viewer, managersByTeam: managersByTeam, hierarchy: hierarchy)
        let members = try await directory.people(PeopleQuery(
            scope: .organization, viewerID: viewer.id, teamIDs: reporting.memberTeams, limit: 500)).people
        return RaterEligibility.directReports(
            of: viewer, among: reporting.managers + members, managersByTeam: managersByTeam, hierarchy: hierarchy)
    }
}
