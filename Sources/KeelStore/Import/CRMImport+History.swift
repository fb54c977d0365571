import FluentKit
import SalesDomain

extension CRMImport {
    /// The import history for `policy` (``AccessPolicy/readImportHistory``): the organization's
    /// latest kept imports with who kept each, and the count of all of them.
    public func history(_ query: ImportHistoryQuery, for policy: AccessPolicy) async throws -> ImportHistory {
        guard policy.readImportHistory == .allowed else { throw AccessRefused(.forbidden, entity: "import") }
        let total = try await ImportRunModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).count()
        return ImportHistory(runs: try await recentRuns(limit: query.limit), total: total)
    }
}
