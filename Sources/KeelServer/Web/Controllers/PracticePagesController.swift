import Foundation
import KeelImport
import KeelStore
import SalesDomain
import Vapor

/// The practice pages (SPEC §5): a scope's practice for managers and leaders, one seller's plan,
/// an item opened to be done or scored, and the library. Each reads and writes through
/// ``PracticeStore`` with the viewer's policy, as the API does.
enum PracticePagesController {
    static func register(on web: any RoutesBuilder) {
        let upload = HTTPBodyStreamStrategy.collect(maxSize: FrameworkUpload.maximumSize)
        web.on(.GET, "practice", access: .signedIn(.readOwnRecords), use: overview)
        web.on(.GET, "practice", "people", ":personID", access: .signedIn(.readOwnRecords), use: plan)
        web.on(.POST, "practice", "people", ":personID", "refresh", access: .signedIn(.readOwnRecords), use: refresh)
        web.on(.POST, "practice", "people", ":personID", "entries", access: .signedIn(.readOwnRecords), use: addEntry)
        web.on(.GET, "practice", "entries", ":entryID", access: .signedIn(.readOwnRecords), use: entry)
        web.on(.POST, "practice", "entries", ":entryID", "repetitions", access: .signedIn(.readOwnRecords), use: complete)
        web.on(.POST, "practice", "repetitions", ":repID", "observation", access: .signedIn(.readOwnRecords), use: observe)
        web.on(.GET, "practice", "library", access: .signedIn(.readOwnRecords), use: library)
        web.on(.GET, "practice", "library", "new", access: .signedIn(.configureRules), use: newItem)
        web.on(.POST, "practice", "library", access: .signedIn(.configureRules), use: createItem)
        web.on(.GET, "practice", "library", ":itemID", "edit", access: .signedIn(.configureRules), use: editItem)
        web.on(.POST, "practice", "library", ":itemID", access: .signedIn(.configureRules), use: updateItem)
        web.on(.GET, "practice", "library", "file", access: .signedIn(.readOwnRecords), use: libraryFile)
        web.on(.POST, "practice", "library", "file", access: .signedIn(.configureRules), body: upload, use: uploadLibrary)
    }

    /// A seller's practice is their plan; everyone else starts from their scope's practice.
    @Sendable
    static func overview(_ request: Request) async throws -> Response {
        let viewer = try request.signedIn.person
        if viewer.accessRole == .seller { return request.redirect(to: "/practice/people/\(viewer.id)") }
        let policy = try await request.policy()
        let screen = try await request.practice.teamScreen(PracticeQuery(scope: try request.analysisScope(), asOf: request.now), for: policy)
        let scopeName = DiagnosisPage.Model.scopeName(screen.scope, name: screen.scopeName, text: try await request.localizer)
        let choices = try await request.analysisScopeChoices(policy: policy, current: screen.scope, currentName: scopeName)
        let model = PracticeTeamPage.Model(screen: screen, choices: choices, scopeName: scopeName)
        return Layout.response(PracticeTeamPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }

    // MARK: A plan

    static func planPage(_ request: Request, person: Person.ID, notice: String? = nil, errors: [FieldError] = []) async throws -> Response {
        let screen = try await request.practice.planScreen(of: person, for: try await request.policy(), asOf: request.now)
        let model = PracticePlanPage.Model(screen: screen, notice: notice, errors: errors, isOwnPlan: person == (try request.signedIn.person.id))
        return Layout.response(
            PracticePlanPage.render(model, context: try await PageContext.make(for: request)), status: errors.isEmpty ? .ok : .unprocessableEntity,
            for: request)
    }

    @Sendable
    static func plan(_ request: Request) async throws -> Response {
        let notice: String? = switch try? request.query.get(String.self, at: "done") {
        case "refreshed"?: Localizer(request.language)(.practiceRefreshedNotice)
        case "added"?: Localizer(request.language)(.practiceAddedNotice)
        default: nil
        }
        return try await planPage(request, person: try request.id("personID", as: Person.ID.self, entity: "person"), notice: notice)
    }

    @Sendable
    static func refresh(_ request: Request) async throws -> Response {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        try await request.practice.refreshPlan(of: person, for: try await request.policy(), at: request.now)
        return request.redirect(to: "/practice/people/\(person)?done=refreshed")
    }

    @Sendable
    static func addEntry(_ request: Request) async throws -> Response {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let fields = try request.content.decode([String: String].self)
        do {
            guard let item = fields["itemID"].flatMap(PracticeItem.ID.init(uuidString:)) else {
                throw FieldError(field: "itemID", code: .required, .valueRequired)
            }
            _ = try await request.practice.addToPlan(item, of: person, for: try await request.policy(), at: request.now)
            return request.redirect(to: "/practice/people/\(person)?done=added")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await planPage(request, person: person, errors: errors)
        }
    }

    // MARK: An entry

    static func entryPage(_ request: Request, entry: PracticePlanEntry.ID, values: [String: String] = [:], errors: [FieldError] = [], notice: String? = nil) async throws -> Response {
        let screen = try await request.practice.itemScreen(entry, for: try await request.policy(), asOf: request.now)
        let model = PracticeEntryPage.Model(screen: screen, values: values, errors: errors, notice: notice)
        return Layout.response(
            PracticeEntryPage.render(model, context: try await PageContext.make(for: request)), status: errors.isEmpty ? .ok : .unprocessableEntity,
            for: request)
    }

    @Sendable
    static func entry(_ request: Request) async throws -> Response {
        let text = try await request.localizer
        let notice: String? = switch try? request.query.get(String.self, at: "done") {
        case "done"?: text(.practiceDoneNotice)
        case "scored"?: text(.practiceScoredNotice)
        default: nil
        }
        return try await entryPage(request, entry: try request.id("entryID", as: PracticePlanEntry.ID.self, entity: "practice plan entry"), notice: notice)
    }

    @Sendable
    static func complete(_ request: Request) async throws -> Response {
        let entry = try request.id("entryID", as: PracticePlanEntry.ID.self, entity: "practice plan entry")
        let fields = try request.content.decode([String: String].self)
        do {
            // A missing score reads as 0, which the domain refuses with the scale — beside any other problem.
            let score = Int(fields["selfScore"] ?? "") ?? 0
            _ = try await request.practice.complete(
                entry, with: PracticeRepDraft(selfScore: score, note: fields["note"] ?? ""), for: try await request.policy(), at: request.now)
            return request.redirect(to: "/practice/entries/\(entry)?done=done")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await entryPage(request, entry: entry, values: fields, errors: errors)
        }
    }

    @Sendable
    static func observe(_ request: Request) async throws -> Response {
        let repID = try request.id("repID", as: PracticeRep.ID.self, entity: "practice repetition")
        let fields = try request.content.decode([String: String].self)
        var marks: [Int: Bool] = [:]
        var unreadable: [Int: String] = [:]
        for (field, value) in fields where field.hasPrefix("level-") {
            // Only the two choices mark a level; the rubric names anything else that was sent.
            guard let level = Int(field.dropFirst("level-".count)) else { continue }
            switch value {
            case "effective": marks[level] = true
            case "not-yet": marks[level] = false
            case "": break
            default: unreadable[level] = value
            }
        }
        do {
            let draft = PracticeObservationDraft(marks: marks, comment: fields["comment"] ?? "", unreadableMarks: unreadable)
            let rep = try await request.practice.observe(repID, with: draft, for: try await request.policy(), at: request.now)
            return request.redirect(to: "/practice/entries/\(rep.entryID)?done=scored")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            let entry = try await request.practice.entryOf(repID, for: try await request.policy())
            return try await entryPage(request, entry: entry, values: fields, errors: errors)
        }
    }

    // MARK: The library

    static func libraryPage(_ request: Request, notice: String? = nil, fileProblems: [String] = [], status: HTTPStatus = .ok) async throws -> Response {
        let store = try await request.practice
        let policy = try await request.policy()
        let model = PracticeLibraryPage.Model(
            items: try await store.library(), framework: try await store.framework(), canEdit: policy.canEditPracticeLibrary, notice: notice,
            fileProblems: fileProblems)
        return Layout.response(PracticeLibraryPage.render(model, context: try await PageContext.make(for: request)), status: status, for: request)
    }

    @Sendable
    static func library(_ request: Request) async throws -> Response {
        let text = try await request.localizer
        let notice: String? = switch try? request.query.get(String.self, at: "done") {
        case "saved"?: text(.practiceItemSavedNotice)
        case "imported"?: text(.practiceLibraryImportedNotice)
        default: nil
        }
        return try await libraryPage(request, notice: notice)
    }

    static func itemPage(_ request: Request, item: PracticeItem?, values: [String: String], errors: [FieldError] = []) async throws -> Response {
        guard let framework = try await request.practice.framework() else { throw Abort(.notFound) }
        let model = PracticeItemFormPage.Model(item: item, framework: framework, values: values, errors: errors)
        return Layout.response(
            PracticeItemFormPage.render(model, context: try await PageContext.make(for: request)), status: errors.isEmpty ? .ok : .unprocessableEntity,
            for: request)
    }

    static func storedItem(_ request: Request) async throws -> PracticeItem {
        let id = try request.id("itemID", as: PracticeItem.ID.self, entity: "practice item")
        guard let item = try await request.practice.library().first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return item
    }

    @Sendable
    static func newItem(_ request: Request) async throws -> Response {
        try await itemPage(request, item: nil, values: ["kind": PracticeKind.drill.rawValue])
    }

    @Sendable
    static func editItem(_ request: Request) async throws -> Response {
        let item = try await storedItem(request)
        return try await itemPage(request, item: item, values: PracticeItemFormPage.values(of: item))
    }

    @Sendable
    static func createItem(_ request: Request) async throws -> Response {
        try await saveItem(request, existing: nil)
    }

    @Sendable
    static func updateItem(_ request: Request) async throws -> Response {
        try await saveItem(request, existing: try await storedItem(request))
    }

    static func saveItem(_ request: Request, existing: PracticeItem?) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let store = try await request.practice
        do {
            guard let framework = try await store.framework() else { throw Abort(.notFound) }
            let (item, unreadable) = PracticeItemFormPage.item(fields, id: existing?.id ?? .init(UUID()), scale: framework.scale.levels)
            _ = try await store.saveItem(item, for: try await request.policy(), at: request.now, unreadable: unreadable)
            return request.redirect(to: "/practice/library?done=saved")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await itemPage(request, item: existing, values: fields, errors: errors)
        }
    }

    @Sendable
    static func libraryFile(_ request: Request) async throws -> Response {
        let store = try await request.practice
        guard let framework = try await store.framework() else { throw Abort(.notFound) }
        let response = Response(status: .ok, body: .init(data: PracticeLibraryFile.export(try await store.library(), framework: framework)))
        response.headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"practice-library.json\"")
        return response
    }

    struct LibraryUpload: Decodable {
        var file: File?
    }

    @Sendable
    static func uploadLibrary(_ request: Request) async throws -> Response {
        let upload = try request.content.decode(LibraryUpload.self)
        let text = try await request.localizer
        do {
            guard let file = upload.file, file.data.readableBytes > 0 else {
                throw FieldError(field: "file", code: .required, .chooseFrameworkFile)
            }
            let document = try PracticeLibraryFile.parse(Data(buffer: file.data))
            _ = try await request.practice.importLibrary(document, for: try await request.policy(), at: request.now)
            return request.redirect(to: "/practice/library?done=imported")
        } catch let error as FrameworkFileError {
            return try await libraryPage(request, fileProblems: error.problems.map(text.describe), status: .unprocessableEntity)
        } catch let error as FieldError {
            return try await libraryPage(request, fileProblems: [text(error.problem)], status: .unprocessableEntity)
        }
    }
}
