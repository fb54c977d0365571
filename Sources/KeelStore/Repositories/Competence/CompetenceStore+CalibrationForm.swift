import Foundation
import SalesDomain

extension CompetenceStore {
    /// The choices of the form that starts an exercise, for a viewer who configures the rules
    /// (anyone else is forbidden). Any active person of the organization may be calibrated and
    /// any active manager or leader rate: an exercise compares judgement across teams and markets.
    public func calibrationFormChoices(framework chosen: FrameworkVersionReference?, for policy: AccessPolicy) async throws -> CalibrationFormChoices {
        guard policy.has(.configureRules) else { throw AccessRefused(.forbidden, entity: "calibration exercise") }
        let latestPublished = Self.newestPublished(try await frameworkVersions())
        let viewer = policy.viewer.personID
        func byName(_ people: [Person]) -> [Person] { people.filter(\.isActive).sorted { ($0.name, $0.email) < ($1.name, $1.email) } }
        var raters: [Person] = []
        for role in RaterEligibility.managingRoles.sorted() {
            raters += try await directory.people(PeopleQuery(scope: .organization, viewerID: viewer, accessRole: role, limit: 10_000)).people
        }
        let people = byName(try await directory.people(PeopleQuery(scope: .organization, viewerID: viewer, limit: 10_000)).people)
        let teams = Dictionary(uniqueKeysWithValues: try await directory.teams().map { ($0.id, $0) })
        let candidates = Dictionary(grouping: people) { $0.teamID.flatMap { teams[$0] } }
            .map { CalibrationFormChoices.Candidates(team: $0.key, people: $0.value) }
            .sorted { ($0.team == nil ? 1 : 0, $0.team?.name ?? "") < ($1.team == nil ? 1 : 0, $1.team?.name ?? "") }
        return CalibrationFormChoices(
            frameworks: latestPublished,
            framework: latestPublished.first { $0.reference == chosen } ?? (chosen == nil ? latestPublished.first : nil),
            raters: byName(raters), candidates: candidates)
    }
}
