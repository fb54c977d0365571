import KeelStore
import SalesDomain
import Vapor

extension Request {
    /// The signed-in person's organization's competence records, and nothing else.
    var competence: CompetenceStore {
        get throws { CompetenceStore(database: db, organizationID: try signedIn.person.organizationID) }
    }

    /// A framework version named by the `frameworkID` and `version` path parameters; a version
    /// that is not a number is simply not found, like a malformed id.
    func frameworkReference() throws -> FrameworkVersionReference {
        let id = try id("frameworkID", as: CompetencyFramework.ID.self, entity: "framework")
        guard let raw = parameters.get("version"), let version = Int(raw), version > 0 else {
            throw APIError(.notFound, code: "not_found", .versionNotANumber, ["value": parameters.get("version") ?? ""], field: "version")
        }
        return FrameworkVersionReference(frameworkID: id, version: version)
    }

    /// The screen of the framework version the path names, for the signed-in viewer: what its
    /// page, its file and `GET …/frameworks/{id}/versions/{v}` all read.
    func frameworkVersionScreen() async throws -> FrameworkVersionScreen {
        try await competence.frameworkVersion(try frameworkReference(), for: try await policy())
    }

    /// The cycle named by the `cycleID` path parameter, or 404.
    func assessmentCycle() async throws -> AssessmentCycleSummary {
        let id = try id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        guard let cycle = try await competence.cycleSummary(id) else {
            throw APIError.notFound(field: "cycleID")
        }
        return cycle
    }

    /// An optional `jobRole` query parameter (empty for every role), with the accepted values
    /// named when it is wrong.
    func jobRoleFilter() throws -> JobRole? {
        guard let raw = try optionalQuery("jobRole") else { return nil }
        guard let role = JobRole(rawValue: raw) else {
            throw APIError.malformed("jobRole", .notOneOf, ["value": raw, "choices": JobRole.allCases.map(\.rawValue).joined(separator: ", ")])
        }
        return role
    }
}
