import KeelStore
import SalesDomain
import Vapor

extension Request {
    /// The import history the upload page and `GET /api/v1/imports` both show, for the
    /// signed-in viewer (``CRMImport/history(_:for:)``).
    func importHistory() async throws -> ImportHistory {
        let importer = CRMImport(database: db, organizationID: try signedIn.person.organizationID)
        return try await importer.history(.latest, for: try await policy())
    }
}
