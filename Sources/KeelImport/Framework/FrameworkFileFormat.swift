/// The two spellings of a framework file. Both are read by ``FrameworkFile``
/// without being told which (JSON is YAML's flow syntax); the format matters when exporting.
public enum FrameworkFileFormat: String, Hashable, Sendable, CaseIterable {
    case yaml
    case json

    /// The format a file name's extension (`yaml`, `yml`, `json`, any case) asks for.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        default: return nil
        }
    }

    public var fileExtension: String { rawValue }

    public var mediaType: String {
        switch self {
        case .yaml: "application/yaml"
        case .json: "application/json"
        }
    }
}
