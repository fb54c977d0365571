import Foundation

/// One version of a competency framework: areas → competencies → one description per level,
/// rated on the framework's own scale.
///
/// `id` names the framework across all its versions; `version` counts from 1. The version is a
/// draft until `publishedAt` is set, and immutable from then on (see
/// ``CompetencyFramework/validateEdit(of:to:)`` and ``CompetencyFramework/newDraft(from:)``).
public struct CompetencyFramework: Hashable, Sendable, Codable {
    public typealias ID = Identifier<CompetencyFramework>

    public var id: ID
    public var organizationID: Organization.ID
    /// A short, stable name for files and the CLI, e.g. `nordic-b2b`.
    public var key: String
    public var version: Int
    public var name: LocalizedText
    public var scale: RatingScale
    public var areas: [CompetencyArea]
    public var publishedAt: Date?

    public init(
        id: ID, organizationID: Organization.ID, key: String, version: Int = 1, name: LocalizedText,
        scale: RatingScale = .standard, areas: [CompetencyArea], publishedAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.key = key
        self.version = version
        self.name = name
        self.scale = scale
        self.areas = areas
        self.publishedAt = publishedAt
    }

    /// Derived from `publishedAt` so a version can never be "published" without a date or the reverse.
    public var status: FrameworkStatus { publishedAt == nil ? .draft : .published }

    public var reference: FrameworkVersionReference {
        FrameworkVersionReference(frameworkID: id, version: version)
    }

    /// Every competency, in area order.
    public var competencies: [Competency] { areas.flatMap(\.competencies) }

    public func competency(_ id: Competency.ID) -> Competency? {
        competencies.first { $0.id == id }
    }

    public func competency(key: String) -> Competency? {
        competencies.first { $0.key == key }
    }
}
