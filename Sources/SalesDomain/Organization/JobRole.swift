/// What a person does in the sales organization. Role profiles (target competencies) hang off this.
public enum JobRole: String, Sendable, Codable, CaseIterable, Hashable {
    case salesDevelopmentRepresentative = "sdr"
    case insideSales = "inside_sales"
    case accountExecutive = "account_executive"
    case keyAccountManager = "key_account_manager"
    case salesManager = "sales_manager"
    case headOfSales = "head_of_sales"
    case salesOperations = "sales_operations"

    /// Roles whose holders carry a quota and are analysed as sellers.
    public var isSellingRole: Bool {
        switch self {
        case .salesDevelopmentRepresentative, .insideSales, .accountExecutive, .keyAccountManager: true
        case .salesManager, .headOfSales, .salesOperations: false
        }
    }
}
