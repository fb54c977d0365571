/// Where in a framework (or a framework file) something is, e.g. `areas[2].competencies[0].levels`.
///
/// Kept as components rather than a string so the importer can walk a YAML or JSON node tree
/// with it and report the line the problem is on.
public struct FrameworkPath: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Component: Hashable, Sendable, Codable {
        case key(String)
        case index(Int)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let index = try? container.decode(Int.self) {
                self = .index(index)
            } else {
                self = .key(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .key(let key): try container.encode(key)
            case .index(let index): try container.encode(index)
            }
        }
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = FrameworkPath()

    public func appending(_ key: String) -> FrameworkPath {
        FrameworkPath(components + [.key(key)])
    }

    public func appending(index: Int) -> FrameworkPath {
        FrameworkPath(components + [.index(index)])
    }

    public func appending(_ key: String, _ index: Int) -> FrameworkPath {
        FrameworkPath(components + [.key(key), .index(index)])
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(framework)" : text
    }

    public init(from decoder: any Decoder) throws {
        components = try decoder.singleValueContainer().decode([Component].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(components)
    }
}
