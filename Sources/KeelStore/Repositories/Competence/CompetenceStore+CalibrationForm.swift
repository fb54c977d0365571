import Foundation
import SalesDomain

extension CompetenceStore {
    /// The choices of the form that starts an exercise, for a viewer who configures the rules
    /// (anyone else is forbidden). Any active manager or leader may rate — an exercise compares
    /// judgement across teams and markets — and the candidates are ``calibrationCandidates(for:)``.
    public func calibrationFormChoices(framework chosen: FrameworkVersionReference?, for policy: AccessPolicy) async throws -> CalibrationFormChoices {
        let candidates = try await calibrationCandidates(for: policy)
        let latestPublished = Self.newestPublished(try await frameworkVersions())
        var raters: [Person] = []
        for role in RaterEligibility.managingRoles.sorted() {
            raters += try await directory.people(PeopleQuery(scope: .organization, viewerID: policy.viewer.personID, accessRole: role, limit: 10_000)).people
        }
        return CalibrationFormChoices(
            frameworks: latestPublished,
            framework: latestPublished.first { $0.reference == chosen } ?? (chosen == nil ? latestPublished.first : nil),
            raters: Self.activeByName(raters), candidates: candidates)
    }

    /// Who an exercise can calibrate, for a viewer who configures the rules (anyone else is
    /// forbidden): the active people of the organization the viewer may read, by name, grouped by
    /// team in the team tree's order, with what choosing a whole team brings in for this viewer
    /// (``CalibrationCandidates``). The form and `POST /api/v1/competence/calibrations` resolve
    /// their choice of people and teams against it alike.
    public func calibrationCandidates(for policy: AccessPolicy) async throws -> CalibrationCandidates {
        guard policy.has(.configureRules) else { throw AccessRefused(.forbidden, entity: "calibration exercise") }
        let people = Self.activeByName(try await directory.people(PeopleQuery(scope: .organization, viewerID: policy.viewer.personID, limit: 10_000)).people)
        return CalibrationCandidates(people: people, teams: try await directory.teams(), policy: policy)
    }

    private static func activeByName(_ people: [Person]) -> [Person] {
        people.filter(\.isActive).sorted { ($0.name, $0.email) < ($1.name, $1.email) }
    }
}
