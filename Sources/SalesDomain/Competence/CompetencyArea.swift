import Foundation

/// A group of related competencies, such as prospecting or negotiation.
public struct CompetencyArea: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<CompetencyArea>

    public var id: ID
    /// Unique among the framework's areas; framework files refer to the area by it.
    public var key: String
    public var name: LocalizedText
    public var competencies: [Competency]

    public init(id: ID, key: String, name: LocalizedText, competencies: [Competency]) {
        self.id = id
        self.key = key
        self.name = name
        self.competencies = competencies
    }
}
