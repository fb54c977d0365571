import Foundation
import KeelImport
import KeelStore
import SalesDomain
import Vapor

/// `/api/v1/competence/frameworks`: every signed-in person reads frameworks (they are rated
/// against them); leaders and admins import, edit, publish and version them (SPEC §1).
enum FrameworksAPIController {
    static func register(on competence: any RoutesBuilder) {
        let upload = HTTPBodyStreamStrategy.collect(maxSize: FrameworkUpload.maximumSize)
        competence.on(.GET, "frameworks", access: .signedIn(.readOwnRecords), use: list)
        competence.on(.POST, "frameworks", access: .signedIn(.configureRules), body: upload, use: create)
        competence.on(.GET, "frameworks", ":frameworkID", "versions", ":version", access: .signedIn(.readOwnRecords), use: show)
        competence.on(.GET, "frameworks", ":frameworkID", "versions", ":version", "file", access: .signedIn(.readOwnRecords), use: file)
        competence.on(.PUT, "frameworks", ":frameworkID", "versions", ":version", access: .signedIn(.configureRules), body: upload, use: update)
        competence.on(.POST, "frameworks", ":frameworkID", "versions", ":version", "publish", access: .signedIn(.configureRules), use: publish)
        competence.on(.POST, "frameworks", ":frameworkID", "versions", access: .signedIn(.configureRules), use: newVersion)
    }

    @Sendable
    static func list(_ request: Request) async throws -> ListResource<FrameworkVersionSummaryResource> {
        let versions = try await request.competence.frameworkList(for: try await request.policy()).versions
        return ListResource(items: versions.map(FrameworkVersionSummaryResource.init), total: versions.count)
    }

    @Sendable
    static func create(_ request: Request) async throws -> Response {
        let document: FrameworkDocument
        switch try FrameworkUpload.document(request) {
        case .success(let parsed): document = parsed
        case .failure(let rejected): return try rejected.response()
        }
        do {
            let framework = try await request.competence.importFramework(document, actor: try request.signedIn.person.id, at: request.now)
            return try created(framework)
        } catch let error as FrameworkValidationError {
            return try FrameworkRejectedResource(error, text: Localizer(request.language)).response()
        }
    }

    @Sendable
    static func show(_ request: Request) async throws -> FrameworkResource {
        FrameworkResource(try await version(request))
    }

    /// The version as a file to download, in the format asked for (YAML by default).
    @Sendable
    static func file(_ request: Request) async throws -> Response {
        let framework = try await version(request)
        let raw = (try? request.query.get(String.self, at: "format")) ?? FrameworkFileFormat.yaml.rawValue
        let format = try parseEnum(FrameworkFileFormat.self, raw, field: "format")
        let response = Response(status: .ok, body: .init(data: try FrameworkDocument(framework).encoded(as: format)))
        response.headers.replaceOrAdd(name: .contentType, value: format.mediaType + "; charset=utf-8")
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"\(framework.key)-v\(framework.version).\(format.fileExtension)\"")
        return response
    }

    /// Replaces a draft's content with the file's. Areas and competencies keep their ids by key,
    /// so role profiles prepared for the draft stay attached. As in the web editor, a published
    /// version is refused as such before its new content is looked at, and a key other than the
    /// draft's is listed with the file's problems.
    @Sendable
    static func update(_ request: Request) async throws -> Response {
        let stored = try await version(request)
        try stored.requireEditable()
        let document: FrameworkDocument
        switch try FrameworkUpload.document(request, editing: stored) {
        case .success(let parsed): document = parsed
        case .failure(let rejected): return try rejected.response()
        }
        do {
            let edited = try document.replacingContent(of: stored, newID: { UUID() })
            let saved = try await request.competence.updateDraft(edited, actor: try request.signedIn.person.id, at: request.now)
            let response = Response(status: .ok)
            try response.content.encode(FrameworkResource(saved), as: .json)
            return response
        } catch let error as FrameworkValidationError {
            return try FrameworkRejectedResource(error, text: Localizer(request.language)).response()
        }
    }

    @Sendable
    static func publish(_ request: Request) async throws -> FrameworkResource {
        let reference = try request.frameworkReference()
        return FrameworkResource(try await request.competence.publish(reference, actor: try request.signedIn.person.id, at: request.now))
    }

    /// The next version as a draft copy of the newest published one.
    @Sendable
    static func newVersion(_ request: Request) async throws -> Response {
        let id = try request.id("frameworkID", as: CompetencyFramework.ID.self, entity: "framework")
        let store = try request.competence
        guard try await store.latestVersion(of: id) != nil else { throw APIError.notFound(field: "frameworkID") }
        guard let published = try await store.latestVersion(of: id, publishedOnly: true) else {
            throw APIError(.conflict, code: "conflict", .frameworkNothingPublished, field: "version")
        }
        return try created(try await store.newDraft(from: published.reference, actor: try request.signedIn.person.id, at: request.now))
    }

    private static func version(_ request: Request) async throws -> CompetencyFramework {
        try await request.frameworkVersionScreen().framework
    }

    private static func created(_ framework: CompetencyFramework) throws -> Response {
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/competence/frameworks/\(framework.id)/versions/\(framework.version)")
        try response.content.encode(FrameworkResource(framework), as: .json)
        return response
    }
}
