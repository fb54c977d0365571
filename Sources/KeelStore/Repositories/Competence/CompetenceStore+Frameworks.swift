import FluentKit
import Foundation
import SalesDomain

extension CompetenceStore {
    // MARK: Reading

    /// Every version of every framework, by key then version.
    public func frameworkVersions() async throws -> [CompetencyFramework] {
        try await ReadMemo.remember("framework-versions \(org)") {
            let models = try await FrameworkVersionModel.query(on: database)
                .filter(\.$organizationID == org).sort(\.$key).sort(\.$version).all()
            return try await domain(models)
        }
    }

    public func framework(_ reference: FrameworkVersionReference) async throws -> CompetencyFramework? {
        try await ReadMemo.remember("framework \(org) \(reference.frameworkID) \(reference.version)") {
            guard let model = try await versionModel(reference) else { return nil }
            return try await domain([model])[0]
        }
    }

    /// The newest version of a framework, or the newest published one.
    public func latestVersion(of id: CompetencyFramework.ID, publishedOnly: Bool = false) async throws -> CompetencyFramework? {
        var query = FrameworkVersionModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$frameworkID == id.rawValue)
        if publishedOnly { query = query.filter(\.$publishedAt != nil) }
        guard let model = try await query.sort(\.$version, .descending).first() else { return nil }
        return try await domain([model])[0]
    }

    // MARK: Writing

    /// Stores a new framework as its first version, a draft.
    public func createFramework(_ framework: CompetencyFramework, actor: Person.ID?, at date: Date) async throws -> CompetencyFramework {
        guard framework.organizationID == organizationID else {
            throw FieldError(field: "organizationID", code: .invalidValue, .otherOrganization)
        }
        guard framework.version == 1 else {
            throw FieldError(field: "version", code: .invalidValue, .newFrameworkNotVersionOne)
        }
        guard framework.status == .draft else {
            throw FieldError(field: "publishedAt", code: .conflict, .newFrameworkNotDraft)
        }
        return try await transaction { store in
            if try await FrameworkVersionModel.query(on: store.database)
                .filter(\.$organizationID == store.org).filter(\.$frameworkID == framework.id.rawValue).count() > 0 {
                throw FieldError(field: "id", code: .duplicate, .idTaken)
            }
            try await store.insertVersion(framework, actor: actor, at: date)
            return framework
        }
    }

    /// Imports a framework file: a new framework, or — when a framework with the file's key
    /// exists — its next version, keeping the ids of areas and competencies whose keys it
    /// already had. Either way the result is a draft.
    ///
    /// - Throws: ``FrameworkValidationError`` with every problem of the file; a ``FieldError``
    ///   when the framework's newest version is still a draft (edit that instead).
    public func importFramework(
        _ document: FrameworkDocument, actor: Person.ID?, at date: Date, newID: @escaping @Sendable () -> UUID = { UUID() }
    ) async throws -> CompetencyFramework {
        // A broken file is reported as such first, whatever is stored.
        let problems = document.validate()
        guard problems.isEmpty else { throw FrameworkValidationError(problems: problems) }
        return try await transaction { store in
            let latest = try await FrameworkVersionModel.query(on: store.database)
                .filter(\.$organizationID == store.org).filter(\.$key == document.key)
                .sort(\.$version, .descending).first()
            let previous = try await store.domain(latest.map { [$0] } ?? []).first
            if let previous, previous.status == .draft {
                throw FieldError(
                    field: "key", code: .conflict,
                    .frameworkDraftStillOpen, ["version": String(previous.version), "key": previous.key]
                )
            }
            let framework = try document.makeDraft(
                id: previous?.id ?? .init(newID()), organizationID: store.organizationID,
                version: (previous?.version ?? 0) + 1, previous: previous, newID: newID
            )
            try await store.insertVersion(framework, actor: actor, at: date)
            return framework
        }
    }

    /// Replaces the content of a draft version. Published versions never change
    /// (``CompetencyFramework/validateEdit(of:to:)``).
    public func updateDraft(_ framework: CompetencyFramework, actor: Person.ID?, at date: Date) async throws -> CompetencyFramework {
        try await transaction { store in
            let (model, stored) = try await store.requireVersion(framework.reference)
            try CompetencyFramework.validateEdit(of: stored, to: framework)
            try await store.checkKeys(of: framework)
            try model.apply(framework)
            try await model.save(on: store.database)
            try await store.replaceStructure(of: framework, versionRowID: model.id!)
            try await store.recordAudit(
                actor: actor, entity: "framework_version", entityID: model.id!, action: "updated",
                before: stored.auditSnapshot, after: framework.auditSnapshot, at: date)
            return framework
        }
    }

    /// Publishes a complete draft; from then on the version never changes.
    public func publish(_ reference: FrameworkVersionReference, actor: Person.ID?, at date: Date) async throws -> CompetencyFramework {
        try await transaction { store in
            let (model, stored) = try await store.requireVersion(reference)
            let published = try stored.published(at: date)
            model.publishedAt = published.publishedAt
            try await model.save(on: store.database)
            try await store.recordAudit(
                actor: actor, entity: "framework_version", entityID: model.id!, action: "published",
                before: stored.auditSnapshot, after: published.auditSnapshot, at: date)
            return published
        }
    }

    /// Starts the next version of a published framework as a draft with the same content
    /// (``CompetencyFramework/newDraft(from:)``). Refused when that version already exists.
    public func newDraft(from reference: FrameworkVersionReference, actor: Person.ID?, at date: Date) async throws -> CompetencyFramework {
        try await transaction { store in
            let (_, source) = try await store.requireVersion(reference)
            let draft = try CompetencyFramework.newDraft(from: source)
            if try await store.versionModel(draft.reference) != nil {
                throw FieldError(
                    field: "version", code: .conflict,
                    .frameworkVersionExists, ["version": String(draft.version), "key": draft.key]
                )
            }
            try await store.insertVersion(draft, actor: actor, at: date)
            return draft
        }
    }

    // MARK: Support

    func versionModel(_ reference: FrameworkVersionReference) async throws -> FrameworkVersionModel? {
        try await FrameworkVersionModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$frameworkID == reference.frameworkID.rawValue)
            .filter(\.$version == reference.version).first()
    }

    /// A stored version: the one a request is about (not found otherwise), or — with `field` —
    /// one a request names in that field (a field error otherwise).
    func requireVersion(_ reference: FrameworkVersionReference, field: String? = nil) async throws -> (FrameworkVersionModel, CompetencyFramework) {
        guard let model = try await versionModel(reference) else {
            guard let field else { throw RecordNotFound(entity: "framework version", id: reference.description) }
            throw FieldError(field: field, code: .notFound, .unknownFrameworkVersion, ["version": reference.description])
        }
        return (model, try await domain([model])[0])
    }

    /// The framework each cycle was assessed with, for rules that follow the framework.
    func frameworkIDsByCycle() async throws -> [AssessmentCycle.ID: CompetencyFramework.ID] {
        let cycles = try await AssessmentCycleModel.query(on: database).filter(\.$organizationID == org).all()
        let versions = try await FrameworkVersionModel.query(on: database).filter(\.$organizationID == org).all()
        let frameworkByVersion = Dictionary(versions.map { ($0.id!, CompetencyFramework.ID($0.frameworkID)) }, uniquingKeysWith: { first, _ in first })
        var result: [AssessmentCycle.ID: CompetencyFramework.ID] = [:]
        for cycle in cycles {
            result[.init(cycle.id!)] = frameworkByVersion[cycle.frameworkVersionID]
        }
        return result
    }

    func domain(_ models: [FrameworkVersionModel]) async throws -> [CompetencyFramework] {
        let ids = models.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let areas = try await FrameworkAreaModel.query(on: database).filter(\.$frameworkVersionID ~~ ids).all()
        let competencies = try await FrameworkCompetencyModel.query(on: database).filter(\.$frameworkVersionID ~~ ids).all()
        let areasByVersion = Dictionary(grouping: areas, by: \.frameworkVersionID)
        let competenciesByVersion = Dictionary(grouping: competencies, by: \.frameworkVersionID)
        return try models.map { model in
            try model.domain(areas: areasByVersion[model.id!] ?? [], competencies: competenciesByVersion[model.id!] ?? [])
        }
    }

    func insertVersion(_ framework: CompetencyFramework, actor: Person.ID?, at date: Date) async throws {
        try await checkKeys(of: framework)
        let model = try FrameworkVersionModel(framework, createdBy: actor, createdAt: date)
        try await model.create(on: database)
        try await replaceStructure(of: framework, versionRowID: model.id!)
        try await recordAudit(
            actor: actor, entity: "framework_version", entityID: model.id!, action: "created",
            before: [:], after: framework.auditSnapshot, at: date)
    }

    /// Keys name frameworks in files and the CLI, and ids tie ratings to competencies, so both
    /// must be unique even in a draft that is otherwise still incomplete.
    private func checkKeys(of framework: CompetencyFramework) async throws {
        if let duplicate = framework.problems().first(where: { $0.kind == .duplicate }) {
            throw duplicate.fieldError
        }
        if !FrameworkKey.isValid(framework.key) {
            throw FieldError(field: "key", code: .invalidFormat,
                             .frameworkKeyInvalid, ["key": framework.key])
        }
        let sameKey = try await FrameworkVersionModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$key == framework.key)
            .filter(\.$frameworkID != framework.id.rawValue).count()
        if sameKey > 0 {
            throw FieldError(field: "key", code: .duplicate, .frameworkKeyTaken, ["key": framework.key])
        }
    }

    private func replaceStructure(of framework: CompetencyFramework, versionRowID: UUID) async throws {
        try await FrameworkAreaModel.query(on: database).filter(\.$frameworkVersionID == versionRowID).delete()
        try await FrameworkCompetencyModel.query(on: database).filter(\.$frameworkVersionID == versionRowID).delete()
        var areas: [FrameworkAreaModel] = []
        var competencies: [FrameworkCompetencyModel] = []
        for (areaPosition, area) in framework.areas.enumerated() {
            areas.append(FrameworkAreaModel(frameworkVersionID: versionRowID, areaID: area.id.rawValue, key: area.key, position: areaPosition))
            for competency in area.competencies {
                competencies.append(FrameworkCompetencyModel(
                    frameworkVersionID: versionRowID, competencyID: competency.id.rawValue, areaID: area.id.rawValue,
                    areaKey: area.key, key: competency.key, position: competencies.count))
            }
        }
        for chunk in areas.chunked(into: 500) { try await Array(chunk).create(on: database) }
        for chunk in competencies.chunked(into: 500) { try await Array(chunk).create(on: database) }
    }
}

extension CompetencyFramework {
    /// What an audit entry compares: the identity, the status and a digest of the content (the
    /// full text is in the version itself).
    var auditSnapshot: [String: String?] {
        [
            "key": key, "version": String(version), "status": status.rawValue,
            "publishedAt": publishedAt?.formatted(.iso8601), "scale": scale.description,
            "competencies": competencies.map(\.key).joined(separator: ","),
        ]
    }
}
