import Foundation
import SalesDomain

extension CompetenceStore {
    /// The frameworks screen for `policy`: every version of every framework (``FrameworkList``).
    public func frameworkList(for policy: AccessPolicy) async throws -> FrameworkList {
        FrameworkList(versions: try await frameworkVersions(), for: policy)
    }

    /// One version's screen for `policy` (``FrameworkVersionScreen``); a version the organization
    /// does not have is not found.
    public func frameworkVersion(_ reference: FrameworkVersionReference, for policy: AccessPolicy) async throws -> FrameworkVersionScreen {
        guard let framework = try await framework(reference), let newest = try await latestVersion(of: reference.frameworkID) else {
            throw AccessRefused(.notFound, entity: "framework", field: "version")
        }
        return FrameworkVersionScreen(framework: framework, newest: newest, for: policy)
    }
}
