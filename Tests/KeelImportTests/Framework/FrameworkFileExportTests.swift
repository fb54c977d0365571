import Foundation
import Testing
import KeelImport
import SalesDomain

/// Export writes files people diff and keep in version control: a fixed key order, the same
/// bytes every time, and nothing lost on the way back in.
@Suite struct FrameworkFileExportTests {
    private let document = FrameworkDocument(
        key: "tiny", name: LocalizedText(english: "Tiny", swedish: "Liten", norwegianBokmal: "Liten"), version: 3,
        scale: FrameworkDocument.Scale(min: 1, max: 3),
        areas: [FrameworkDocument.Area(
            key: "closing", name: LocalizedText(english: "Closing", swedish: "Avslut", norwegianBokmal: "Avslutning"),
            competencies: [FrameworkDocument.Competency(
                key: "closing.ask", name: LocalizedText(english: "Asking", swedish: "Be om beslut", norwegianBokmal: "Be om beslutning"),
                description: LocalizedText(english: "Asks: yes or no?"),
                levels: [
                    FrameworkDocument.Level(
                        level: 1, behavior: LocalizedText(english: "Never asks.", norwegianBokmal: "Spør aldri."),
                        ineffective: [LocalizedText(english: "Says \"we'll be in touch\" # and waits.")]
                    ),
                    FrameworkDocument.Level(level: 2, behavior: LocalizedText(english: "yes")),
                    FrameworkDocument.Level(
                        level: 3, behavior: LocalizedText(english: "123"),
                        effective: [LocalizedText(english: "  Leading spaces, and a line\nbreak. 😀")]
                    ),
                ]
            )]
        )]
    )

    @Test func yamlWritesKeysInTheDocumentedOrder() throws {
        let yaml = String(decoding: try document.encodedYAML(), as: UTF8.self)
        #expect(yaml.hasPrefix("""
            format: 1
            key: tiny
            name:
              en: Tiny
              sv: Liten
              nb: Liten
            version: 3
            scale:
              min: 1
              max: 3
            areas:
            - key: closing
              name:
            """))
        // Each key must come after the one before it; searching on from there proves the order.
        var rest = yaml[...]
        for key in ["key: closing.ask", "name:", "description:", "levels:", "level: 1", "behavior:", "ineffective:", "level: 3", "behavior:", "effective:"] {
            let found = rest.range(of: key)
            #expect(found != nil, "\(key)")
            if let found { rest = rest[found.upperBound...] }
        }
    }

    @Test(arguments: FrameworkFileFormat.allCases)
    func exportingTwiceGivesTheSameBytes(format: FrameworkFileFormat) throws {
        #expect(try document.encoded(as: format) == document.encoded(as: format))
    }

    /// Texts YAML would read as numbers, booleans or comments, and characters outside the BMP,
    /// come back as the same text.
    @Test(arguments: FrameworkFileFormat.allCases)
    func whatIsExportedImportsAsAnEqualDocument(format: FrameworkFileFormat) throws {
        let file = try document.encoded(as: format)
        let imported = try FrameworkFile.parse(file)
        #expect(imported == document)
        #expect(try imported.encoded(as: format) == file)
    }

    @Test func aJSONExportReadsBackThroughTheYAMLReader() throws {
        let json = try document.encodedJSON()
        #expect(String(decoding: json, as: UTF8.self).hasPrefix("{"))
        #expect(try FrameworkDocument.decodeJSON(json) == FrameworkFile.parse(json))
    }

    @Test func fileExtensionsChooseTheFormat() {
        #expect(FrameworkFileFormat(fileExtension: "YML") == .yaml)
        #expect(FrameworkFileFormat(fileExtension: "json") == .json)
        #expect(FrameworkFileFormat(fileExtension: "csv") == nil)
    }
}
