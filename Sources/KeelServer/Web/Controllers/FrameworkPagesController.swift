import Foundation
import KeelImport
import KeelStore
import SalesDomain
import Vapor

/// The competency framework pages (SPEC §1): every version to read and download; for
/// leadership, importing a file as the next draft, editing a draft as its YAML file, publishing
/// it, and making a new draft from a published version, which itself never changes.
enum FrameworkPagesController {
    /// A framework file is text; a few megabytes is already far beyond any real one.
    static let maximumFrameworkFile: ByteCount = "4mb"

    /// What a page says after the redirect that follows a change, named in its query
    /// (`?notice=draft-saved`) so that reloading the page shows it again without posting again.
    enum Notice: String {
        case draftCreated = "draft-created"
        case draftSaved = "draft-saved"
    }

    static func register(on web: any RoutesBuilder) {
        let frameworks = web.grouped("competence", "frameworks")
        let file = HTTPBodyStreamStrategy.collect(maxSize: maximumFrameworkFile)
        frameworks.on(.GET, access: .signedIn(.readOwnRecords), use: list)
        frameworks.on(.POST, access: .signedIn(.configureRules), body: file, use: importFramework)
        frameworks.on(.GET, ":frameworkID", ":version", access: .signedIn(.readOwnRecords), use: show)
        frameworks.on(.GET, ":frameworkID", ":version", "download", access: .signedIn(.readOwnRecords), use: download)
        frameworks.on(.POST, ":frameworkID", ":version", "publish", access: .signedIn(.configureRules), use: publish)
        frameworks.on(.POST, ":frameworkID", ":version", "drafts", access: .signedIn(.configureRules), use: newDraft)
        frameworks.on(.GET, ":frameworkID", ":version", "edit", access: .signedIn(.configureRules), use: edit)
        frameworks.on(.POST, ":frameworkID", ":version", "edit", access: .signedIn(.configureRules), body: file, use: saveEdit)
    }

    // MARK: Every version

    @Sendable
    static func list(_ request: Request) async throws -> Response {
        try await listPage(request)
    }

    /// The list as the frameworks screen answers it, with what refused a file when one was.
    static func listPage(
        _ request: Request, fileProblems: [String] = [], errors: [FieldError] = [], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let list = try await request.competence.frameworkList(for: try await request.policy())
        let model = FrameworksPage.Model(list: list, fileProblems: fileProblems, errors: errors)
        return Layout.response(FrameworksPage.render(model, context: try await PageContext.make(for: request)), status: status, for: request)
    }

    struct FrameworkUpload: Decodable {
        var file: File?
    }

    /// A YAML or JSON file as the next version of its framework (by key), as a draft.
    @Sendable
    static func importFramework(_ request: Request) async throws -> Response {
        let upload = try request.content.decode(FrameworkUpload.self)
        var fileProblems: [String] = []
        var errors: [FieldError] = []
        do {
            guard let file = upload.file, file.data.readableBytes > 0 else {
                throw FieldError(field: "file", code: .required, .chooseFrameworkFile)
            }
            let document = try FrameworkFile.parse(Data(buffer: file.data))
            let framework = try await request.competence.importFramework(document, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: FrameworkPage.path(framework))
        } catch let error as FrameworkFileError {
            fileProblems = error.problems.map(Localizer(request.language).describe)
        } catch let error as FrameworkValidationError {
            fileProblems = error.problems.map(Localizer(request.language).describe)
        } catch let error as FieldError {
            errors = [error]
        }
        return try await listPage(request, fileProblems: fileProblems, errors: errors, status: .unprocessableEntity)
    }

    // MARK: One version

    static func versionPage(_ request: Request, _ model: FrameworkPage.Model, status: HTTPResponseStatus = .ok) async throws -> Response {
        Layout.response(FrameworkPage.render(model, context: try await PageContext.make(for: request)), status: status, for: request)
    }

    static func notice(_ request: Request, version: Int) -> String? {
        guard let raw = try? request.query.get(String.self, at: "notice"), let notice = Notice(rawValue: raw) else { return nil }
        let text = Localizer(request.language)
        return switch notice {
        case .draftCreated: text(.frameworkDraftCreated, ["version": String(version)])
        case .draftSaved: text(.frameworkDraftSaved)
        }
    }

    @Sendable
    static func show(_ request: Request) async throws -> Response {
        let screen = try await request.frameworkVersionScreen()
        return try await versionPage(request, FrameworkPage.Model(screen: screen, notice: notice(request, version: screen.framework.version)))
    }

    @Sendable
    static func download(_ request: Request) async throws -> Response {
        let framework = try await request.frameworkVersionScreen().framework
        let raw = (try? request.query.get(String.self, at: "format")) ?? "yaml"
        guard let format = FrameworkFileFormat(rawValue: raw) else {
            throw APIError(.badRequest, code: "invalid_value", .frameworkFormatNotValid, ["value": raw], field: "format")
        }
        let data = try FrameworkDocument(framework).encoded(as: format)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "\(format.mediaType); charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "attachment; filename=\"\(framework.key)-v\(framework.version).\(format.fileExtension)\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    @Sendable
    static func publish(_ request: Request) async throws -> Response {
        let screen = try await request.frameworkVersionScreen()
        do {
            let published = try await request.competence.publish(screen.framework.reference, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: FrameworkPage.path(published))
        } catch let error as FieldError {
            return try await versionPage(request, FrameworkPage.Model(screen: screen, errors: [error]), status: .conflict)
        }
    }

    // MARK: Drafts

    /// The next version as a draft copy of this one, opened in the editor. Only the newest
    /// version has a next one, so from an older version — or when the next one is a draft being
    /// edited already — the page says which version to go to instead, and links to it.
    @Sendable
    static func newDraft(_ request: Request) async throws -> Response {
        let screen = try await request.frameworkVersionScreen()
        do {
            if let newer = screen.newerVersion {
                throw FieldError(field: "version", code: .conflict, newer.status == .draft ? .frameworkDraftExists : .frameworkNewerVersion,
                                 ["version": String(newer.version)])
            }
            let draft = try await request.competence.newDraft(
                from: screen.framework.reference, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: FrameworkEditPage.path(draft) + "?notice=\(Notice.draftCreated.rawValue)")
        } catch let error as FieldError {
            // Read again: a draft may have been made since the check above, and the store refused.
            let now = try await request.frameworkVersionScreen()
            return try await versionPage(request, FrameworkPage.Model(screen: now, errors: [error], linkingNewerVersion: true), status: .conflict)
        }
    }

    /// A published version never changes: its editor answers 409 with the version's own page,
    /// which offers to make a new draft from it.
    static func publishedRefusal(_ request: Request, _ screen: FrameworkVersionScreen) async throws -> Response {
        let error = FieldError(field: "version", code: .conflict, .frameworkPublishedNotEditable, ["version": String(screen.framework.version)])
        return try await versionPage(request, FrameworkPage.Model(screen: screen, errors: [error]), status: .conflict)
    }

    static func editPage(_ request: Request, _ model: FrameworkEditPage.Model, status: HTTPResponseStatus = .ok) async throws -> Response {
        Layout.response(FrameworkEditPage.render(model, context: try await PageContext.make(for: request)), status: status, for: request)
    }

    @Sendable
    static func edit(_ request: Request) async throws -> Response {
        let screen = try await request.frameworkVersionScreen()
        let draft = screen.framework
        guard draft.status == .draft else { return try await publishedRefusal(request, screen) }
        let yaml = String(decoding: try FrameworkDocument(draft).encoded(as: .yaml), as: UTF8.self)
        return try await editPage(request, FrameworkEditPage.Model(draft: draft, yaml: yaml, notice: notice(request, version: draft.version)))
    }

    struct EditForm: Decodable {
        var yaml: String?
    }

    /// Saves the typed file as the draft's whole content, or stores nothing and shows the text
    /// as typed with every problem at its line and column. Areas and competencies keep their ids
    /// by key, as the API's `PUT` does, so role profiles prepared for the draft stay attached.
    @Sendable
    static func saveEdit(_ request: Request) async throws -> Response {
        let screen = try await request.frameworkVersionScreen()
        let stored = screen.framework
        // Refused as published before what was typed is read, as the API's `PUT` does.
        guard stored.status == .draft else { return try await publishedRefusal(request, screen) }
        let typed = try request.content.decode(EditForm.self).yaml ?? ""
        var model = FrameworkEditPage.Model(draft: stored, yaml: typed)
        var status = HTTPResponseStatus.unprocessableEntity
        do {
            let document = try FrameworkFile.parse(typed)
            if let problem = stored.keyProblem(inFileWith: document.key) { throw problem }
            let edited = try document.replacingContent(of: stored, newID: { UUID() })
            _ = try await request.competence.updateDraft(edited, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: FrameworkPage.path(stored) + "?notice=\(Notice.draftSaved.rawValue)")
        } catch let error as FrameworkFileError {
            model.problems = error.problems.map(Localizer(request.language).describe)
            // Another key is told beside the file's other problems, whenever the file gives one.
            model.errors = stored.keyProblem(inFileWith: error.key).map { [$0] } ?? []
        } catch let error as FrameworkValidationError {
            model.problems = error.problems.map(Localizer(request.language).describe)
        } catch let error as FieldError {
            // A conflict is the store finding the version published since it was read.
            if error.code == .conflict { status = .conflict }
            model.errors = [error]
        }
        return try await editPage(request, model, status: status)
    }
}
