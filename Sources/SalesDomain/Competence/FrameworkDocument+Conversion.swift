import Foundation

extension FrameworkDocument {
    /// The file form of a framework version, for export.
    public init(_ framework: CompetencyFramework) {
        self.init(
            format: Self.currentFormat,
            key: framework.key,
            name: framework.name,
            version: framework.version,
            scale: Scale(min: RatingScale.minimumLevel, max: framework.scale.maximum),
            areas: framework.areas.map { area in
                Area(key: area.key, name: area.name, competencies: area.competencies.map { competency in
                    Competency(
                        key: competency.key, name: competency.name, description: competency.summary,
                        levels: competency.levels.map { level in
                            Level(
                                level: level.level, behavior: level.behavior,
                                effective: level.effectiveExamples, ineffective: level.ineffectiveExamples
                            )
                        }
                    )
                })
            }
        )
    }

    /// Turns a valid document into a new draft version of a framework.
    ///
    /// Areas and competencies whose key existed in `previous` keep their ids, so ratings, role
    /// profiles and trends carry over to the new version; new keys get ids from `newID`, which
    /// is injected so that imports are reproducible in tests.
    ///
    /// - Throws: ``FrameworkValidationError`` with every problem ``validate()`` finds; nothing
    ///   is built from a document with problems.
    public func makeDraft(
        id: CompetencyFramework.ID, organizationID: Organization.ID, version: Int,
        previous: CompetencyFramework? = nil, newID: () -> UUID
    ) throws(FrameworkValidationError) -> CompetencyFramework {
        let problems = validate()
        guard problems.isEmpty, let scale = ratingScale else {
            throw FrameworkValidationError(problems: problems)
        }
        let previousAreas = Dictionary(
            (previous?.areas ?? []).map { ($0.key, $0.id) }, uniquingKeysWith: { first, _ in first }
        )
        let previousCompetencies = Dictionary(
            (previous?.competencies ?? []).map { ($0.key, $0.id) }, uniquingKeysWith: { first, _ in first }
        )
        var areas: [CompetencyArea] = []
        for area in self.areas {
            var competencies: [SalesDomain.Competency] = []
            for competency in area.competencies {
                competencies.append(SalesDomain.Competency(
                    id: previousCompetencies[competency.key] ?? SalesDomain.Competency.ID(newID()),
                    key: competency.key,
                    name: competency.name,
                    summary: competency.description,
                    levels: competency.levelDescriptions
                ))
            }
            areas.append(CompetencyArea(
                id: previousAreas[area.key] ?? CompetencyArea.ID(newID()),
                key: area.key, name: area.name, competencies: competencies
            ))
        }
        return CompetencyFramework(
            id: id, organizationID: organizationID, key: key, version: version, name: name,
            scale: scale, areas: areas, publishedAt: nil
        )
    }
}

extension FrameworkDocument {
    /// The document as the new content of a stored draft: the draft stays the same version of
    /// the same framework, and areas and competencies whose keys it already had keep their ids,
    /// so role profiles prepared for the draft stay attached. The JSON API's `PUT` of a version
    /// and the web's framework editor both save an edit through this.
    ///
    /// - Throws: ``FrameworkValidationError`` as ``makeDraft(id:organizationID:version:previous:newID:)``
    ///   does; whether `draft` may still change is the store's check, in the transaction that saves it.
    public func replacingContent(of draft: CompetencyFramework, newID: () -> UUID) throws(FrameworkValidationError) -> CompetencyFramework {
        try makeDraft(id: draft.id, organizationID: draft.organizationID, version: draft.version, previous: draft, newID: newID)
    }
}

extension FrameworkDocument.Competency {
    /// The levels that carry a number, in level order — every level of a validated document.
    public var levelDescriptions: [LevelDescription] {
        levels
            .compactMap { level in
                level.level.map {
                    LevelDescription(
                        level: $0, behavior: level.behavior,
                        effectiveExamples: level.effective, ineffectiveExamples: level.ineffective
                    )
                }
            }
            .sorted { $0.level < $1.level }
    }
}
