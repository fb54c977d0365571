import KeelStore
import SalesDomain
import Vapor

extension Request {
    /// The signed-in person's organization's reporting currency, which every amount a page or an
    /// answer shows is named in; a GET reads it once (the settings' ``ReadMemo``).
    var reportingCurrency: ReportingCurrency {
        get async throws {
            try await OrganizationSettings(database: db, organizationID: try signedIn.person.organizationID).reportingCurrency()
        }
    }
}
