import Foundation
import SalesDomain
import Yams

extension FrameworkDocument {
    /// The document as a YAML framework file (see ``FrameworkFile``): keys in the order format,
    /// key, name, version, scale, areas, and inside them key, name, description, levels and level,
    /// behavior, effective, ineffective; texts as en, sv, nb; nothing written for absent values
    /// and empty example lists. Exporting the same document always gives the same bytes, and
    /// ``FrameworkFile/parse(_:)-(Data)`` reads them back to an equal document.
    public func encodedYAML() throws -> Data {
        let text = try Yams.serialize(node: yamlNode, indent: 2, width: -1, allowUnicode: true, lineBreak: .ln)
        return Data(text.utf8)
    }

    /// The document in either file format: ``encodedYAML()`` or ``encodedJSON()``.
    public func encoded(as format: FrameworkFileFormat) throws -> Data {
        switch format {
        case .yaml: try encodedYAML()
        case .json: try encodedJSON()
        }
    }

    private var yamlNode: Node {
        var pairs: [(Node, Node)] = []
        if let format { pairs.append(("format", Self.node(format))) }
        pairs.append(("key", Self.node(key)))
        pairs.append(("name", Self.node(name)))
        if let version { pairs.append(("version", Self.node(version))) }
        if let scale {
            var scalePairs: [(Node, Node)] = []
            if let minimum = scale.min { scalePairs.append(("min", Self.node(minimum))) }
            if let maximum = scale.max { scalePairs.append(("max", Self.node(maximum))) }
            pairs.append(("scale", Node(scalePairs)))
        }
        pairs.append(("areas", Node(areas.map(Self.node))))
        return Node(pairs)
    }

    private static func node(_ area: Area) -> Node {
        let pairs: [(Node, Node)] = [
            ("key", node(area.key)),
            ("name", node(area.name)),
            ("competencies", Node(area.competencies.map(node))),
        ]
        return Node(pairs)
    }

    private static func node(_ competency: Competency) -> Node {
        var pairs: [(Node, Node)] = [("key", node(competency.key)), ("name", node(competency.name))]
        if let description = competency.description { pairs.append(("description", node(description))) }
        pairs.append(("levels", Node(competency.levels.map(node))))
        return Node(pairs)
    }

    private static func node(_ level: Level) -> Node {
        var pairs: [(Node, Node)] = []
        if let number = level.level { pairs.append(("level", node(number))) }
        pairs.append(("behavior", node(level.behavior)))
        if !level.effective.isEmpty { pairs.append(("effective", Node(level.effective.map(node)))) }
        if !level.ineffective.isEmpty { pairs.append(("ineffective", Node(level.ineffective.map(node)))) }
        return Node(pairs)
    }

    private static func node(_ text: LocalizedText) -> Node {
        let languages: [(String, String?)] = [("en", text.english), ("sv", text.swedish), ("nb", text.norwegianBokmal)]
        return Node(languages.compactMap { language, value in value.map { (Node(language), node($0)) } })
    }

    /// Text that YAML would read as something else (`123`, `yes`, `~`, ``) is quoted.
    private static func node(_ text: String) -> Node {
        .scalar(text.represented())
    }

    private static func node(_ number: Int) -> Node {
        Node(String(number), Tag(.int))
    }
}
