import Foundation
import KeelImport
import KeelStore
import SalesDomain
import Vapor

/// Practice (SPEC §5) through the API: a scope's practice, one seller's plan, an entry opened,
/// repetitions reported and role-plays scored, the library read and edited item by item or as a
/// file. Who may do what is ``AccessPolicy``'s, applied by ``PracticeStore``.
enum PracticeAPIController {
    static func register(on api: any RoutesBuilder) {
        let practice = api.grouped("practice")
        let upload = HTTPBodyStreamStrategy.collect(maxSize: FrameworkUpload.maximumSize)
        practice.on(.GET, access: .signedIn(.readOthers), use: team)
        practice.on(.GET, "plans", ":personID", access: .signedIn(.readOwnRecords), use: plan)
        practice.on(.POST, "plans", ":personID", "refresh", access: .signedIn(.readOwnRecords), use: refresh)
        practice.on(.POST, "plans", ":personID", "entries", access: .signedIn(.readOwnRecords), use: addEntry)
        practice.on(.GET, "entries", ":entryID", access: .signedIn(.readOwnRecords), use: entry)
        practice.on(.POST, "entries", ":entryID", "repetitions", access: .signedIn(.readOwnRecords), use: complete)
        practice.on(.PUT, "repetitions", ":repID", "observation", access: .signedIn(.readOwnRecords), use: observe)
        practice.on(.GET, "items", access: .signedIn(.readOwnRecords), use: items)
        practice.on(.POST, "items", access: .signedIn(.configureRules), use: createItem)
        practice.on(.PUT, "items", ":itemID", access: .signedIn(.configureRules), use: updateItem)
        practice.on(.GET, "library-file", access: .signedIn(.readOwnRecords), use: libraryFile)
        practice.on(.PUT, "library-file", access: .signedIn(.configureRules), body: upload, use: importLibrary)
    }

    @Sendable
    static func team(_ request: Request) async throws -> PracticeTeamResource {
        let screen = try await request.practice.teamScreen(PracticeQuery(scope: try request.analysisScope(), asOf: request.now), for: try await request.policy())
        return PracticeTeamResource(screen, language: request.language)
    }

    @Sendable
    static func plan(_ request: Request) async throws -> PracticePlanResource {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let screen = try await request.practice.planScreen(of: person, for: try await request.policy(), asOf: request.now)
        return PracticePlanResource(screen, language: request.language)
    }

    @Sendable
    static func refresh(_ request: Request) async throws -> PracticeRefreshResource {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let result = try await request.practice.refreshPlan(of: person, for: try await request.policy(), at: request.now)
        return PracticeRefreshResource(added: result.added, retired: result.retired)
    }

    @Sendable
    static func addEntry(_ request: Request) async throws -> Response {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let body = try request.content.decode(AddPracticeEntryRequest.self)
        let entry = try await request.practice.addToPlan(.init(body.itemID), of: person, for: try await request.policy(), at: request.now)
        let response = Response(status: .created)
        try response.content.encode(PracticeEntryResource(entry))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/practice/entries/\(entry.id)")
        return response
    }

    @Sendable
    static func entry(_ request: Request) async throws -> PracticeEntryScreenResource {
        let id = try request.id("entryID", as: PracticePlanEntry.ID.self, entity: "practice plan entry")
        return PracticeEntryScreenResource(try await request.practice.itemScreen(id, for: try await request.policy(), asOf: request.now), language: request.language)
    }

    @Sendable
    static func complete(_ request: Request) async throws -> Response {
        let id = try request.id("entryID", as: PracticePlanEntry.ID.self, entity: "practice plan entry")
        let body = try request.content.decode(PracticeRepetitionRequest.self)
        let rep = try await request.practice.complete(
            id, with: PracticeRepDraft(selfScore: body.selfScore, note: body.note ?? ""), for: try await request.policy(), at: request.now)
        let response = Response(status: .created)
        try response.content.encode(PracticeRepResource(rep))
        return response
    }

    @Sendable
    static func observe(_ request: Request) async throws -> PracticeRepResource {
        let id = try request.id("repID", as: PracticeRep.ID.self, entity: "practice repetition")
        let body = try request.content.decode(PracticeObservationRequest.self)
        return PracticeRepResource(try await request.practice.observe(id, with: try body.draft(), for: try await request.policy(), at: request.now))
    }

    @Sendable
    static func items(_ request: Request) async throws -> [PracticeItemResource] {
        try await request.practice.library().map(PracticeItemResource.init)
    }

    @Sendable
    static func createItem(_ request: Request) async throws -> Response {
        let body = try request.content.decode(PracticeItemResource.self)
        let item = try await request.practice.saveItem(try body.item(id: .init(UUID())), for: try await request.policy(), at: request.now)
        let response = Response(status: .created)
        try response.content.encode(PracticeItemResource(item))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/practice/items/\(item.id)")
        return response
    }

    @Sendable
    static func updateItem(_ request: Request) async throws -> PracticeItemResource {
        let id = try request.id("itemID", as: PracticeItem.ID.self, entity: "practice item")
        let store = try await request.practice
        guard try await store.library().contains(where: { $0.id == id }) else { throw APIError.notFound(field: "itemID") }
        let body = try request.content.decode(PracticeItemResource.self)
        return PracticeItemResource(try await store.saveItem(try body.item(id: id), for: try await request.policy(), at: request.now))
    }

    /// The library as a file `PUT` reads back (JSON, which is YAML too).
    @Sendable
    static func libraryFile(_ request: Request) async throws -> Response {
        let store = try await request.practice
        guard let framework = try await store.framework() else { throw APIError.notFound(field: "framework") }
        let response = Response(status: .ok, body: .init(data: PracticeLibraryFile.export(try await store.library(), framework: framework)))
        response.headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"practice-library.json\"")
        return response
    }

    @Sendable
    static func importLibrary(_ request: Request) async throws -> Response {
        let text = try await request.localizer
        do {
            let document = try PracticeLibraryFile.parse(try FrameworkUpload.body(request))
            let result = try await request.practice.importLibrary(document, for: try await request.policy(), at: request.now)
            let response = Response(status: .ok)
            try response.content.encode(PracticeLibraryImportResource(items: result.added + result.changed, added: result.added, changed: result.changed))
            return response
        } catch let error as FrameworkFileError {
            return try FrameworkRejectedResource(error, text: text, summary: .practiceFileRejected, code: "invalid_practice_library").response()
        } catch let errors as FieldErrors {
            return try FrameworkRejectedResource(errors, text: text, summary: .practiceFileRejected, code: "invalid_practice_library").response()
        }
    }
}

extension Request {
    var practice: PracticeStore {
        get async throws {
            PracticeStore(database: db, organizationID: try signedIn.person.organizationID, calendar: try await organizationCalendar)
        }
    }
}
