/// A scope is coded as its URL form (`team:<id>`), the form people and the API already read.
extension AnalysisScope: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let scope = AnalysisScope(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a scope: \(text)")
        }
        self = scope
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
