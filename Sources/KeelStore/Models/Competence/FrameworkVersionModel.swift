import FluentKit
import Foundation
import SalesDomain

/// One version of a competency framework. The content is the framework file (`document`);
/// the ids of its areas and competencies, which a file does not carry, are in
/// ``FrameworkAreaModel`` and ``FrameworkCompetencyModel`` rows.
final class FrameworkVersionModel: Model, @unchecked Sendable {
    static let schema = "framework_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "framework_id") var frameworkID: UUID
    @Field(key: "key") var key: String
    @Field(key: "version") var version: Int
    @Field(key: "name") var name: String
    @Field(key: "scale_max") var scaleMax: Int
    @Field(key: "document") var document: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ framework: CompetencyFramework, createdBy: Person.ID?, createdAt: Date) throws {
        id = UUID()
        organizationID = framework.organizationID.rawValue
        frameworkID = framework.id.rawValue
        version = framework.version
        self.createdBy = createdBy?.rawValue
        self.createdAt = createdAt
        try apply(framework)
    }

    /// Takes the content of `framework`; its id, organization and version stay.
    func apply(_ framework: CompetencyFramework) throws {
        key = framework.key
        name = framework.name.text(in: .english)
        scaleMax = framework.scale.maximum
        document = String(decoding: try FrameworkDocument(framework).encodedJSON(), as: UTF8.self)
        publishedAt = framework.publishedAt
    }

    var reference: FrameworkVersionReference {
        FrameworkVersionReference(frameworkID: .init(frameworkID), version: version)
    }

    /// The version as a domain value, its areas and competencies matched with their id rows by
    /// position (drafts may repeat a key while they are being written).
    func domain(areas: [FrameworkAreaModel], competencies: [FrameworkCompetencyModel]) throws -> CompetencyFramework {
        let content = try FrameworkDocument.decodeJSON(Data(document.utf8))
        let areaRows = areas.sorted { $0.position < $1.position }
        var competencyRows = competencies.sorted { $0.position < $1.position }.makeIterator()
        guard areaRows.count == content.areas.count,
              competencies.count == content.areas.reduce(0, { $0 + $1.competencies.count })
        else {
            throw CorruptRecord(entity: "framework version", id: id?.uuidString ?? "", problem: "its ids do not match its document")
        }
        let domainAreas = zip(content.areas, areaRows).map { area, row in
            CompetencyArea(
                id: .init(row.areaID), key: area.key, name: area.name,
                competencies: area.competencies.map { competency in
                    SalesDomain.Competency(
                        id: .init(competencyRows.next()!.competencyID), key: competency.key, name: competency.name,
                        summary: competency.description, levels: competency.levelDescriptions
                    )
                }
            )
        }
        return CompetencyFramework(
            id: .init(frameworkID), organizationID: .init(organizationID), key: key, version: version,
            name: content.name, scale: try RatingScale(maximum: scaleMax), areas: domainAreas, publishedAt: publishedAt
        )
    }
}
