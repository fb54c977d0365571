/// What a CSV file holds, and so which records its rows become.
public enum ImportKind: String, Sendable, Codable, CaseIterable, Hashable {
    case deals
    case activities
    case people
    case accounts
    case products
}
