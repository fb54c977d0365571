import Foundation

/// One sales competency with a behavioral description for every level of its framework's scale.
///
/// The id and the key stay the same across framework versions, so ratings, role profiles and
/// trends keep pointing at the same competency when a new version rewords it.
public struct Competency: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Competency>

    public var id: ID
    /// A stable, human-readable key unique in the framework, by convention `area.competency`
    /// (e.g. `negotiation.anchoring`); framework files refer to competencies by it.
    public var key: String
    public var name: LocalizedText
    public var summary: LocalizedText?
    public var levels: [LevelDescription]

    public init(id: ID, key: String, name: LocalizedText, summary: LocalizedText? = nil, levels: [LevelDescription]) {
        self.id = id
        self.key = key
        self.name = name
        self.summary = summary
        self.levels = levels
    }

    public func description(ofLevel level: Int) -> LevelDescription? {
        levels.first { $0.level == level }
    }
}
