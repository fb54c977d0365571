import FluentKit
import Foundation
import KeelImport
import SalesDomain
import SQLKit

/// Practice (SPEC §5) as the store keeps it: the organization's library, each seller's plan and
/// every repetition. Reads and writes take the viewer's ``AccessPolicy``; the rules are the
/// domain's (``PracticePlanner``, ``SpacedRepetition``, ``PracticeRubric``,
/// ``AccessPolicy/canChangePractice(of:)``), applied here once for the pages and the API alike.
///
/// The library of an organization whose framework is Keel's default starts as the shipped one
/// (``PracticeLibraryDocument/nordicB2B``): read as it would be stored until the first practice
/// write stores it, so a read never writes; its items' ids are derived from the organization and
/// the item's key, so both are the same item.
public struct PracticeStore: OrganizationCalendarStore {
    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }


    var directory: Directory { Directory(database: database, organizationID: organizationID) }
    var competence: CompetenceStore { CompetenceStore(database: database, organizationID: organizationID) }
    var coaching: CoachingStore { CoachingStore(database: database, organizationID: organizationID, calendar: calendar) }
    var diagnosis: DiagnosisStore { DiagnosisStore(database: database, organizationID: organizationID, calendar: calendar) }

    // MARK: The library

    /// The framework practice is planned against: the one coaching and the diagnosis use.
    public func framework() async throws -> CompetencyFramework? {
        try await coaching.coachingFramework()
    }

    /// Every item of the library, retired ones too, by key.
    public func library() async throws -> [PracticeItem] {
        let stored = try await PracticeItemModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).sort(\.$key).all().map { try $0.domain() }
        if !stored.isEmpty { return stored }
        guard let framework = try await framework() else { return [] }
        return defaultLibrary(for: framework)
    }

    /// Each item's kind by id, retired ones too: all a team's screen needs of the library, read as
    /// two columns rather than every item's texts decoded (the team's start page asks on each view).
    func itemKinds() async throws -> [PracticeItem.ID: PracticeKind] {
        struct Row: Decodable {
            var id: UUID
            var kind: String
        }
        let rows = try await (database as! any SQLDatabase).select().columns("id", "kind").from(PracticeItemModel.schema)
            .where("organization_id", .equal, organizationID.rawValue).all(decoding: Row.self)
        guard !rows.isEmpty else {
            return Dictionary(try await library().map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        }
        var kinds: [PracticeItem.ID: PracticeKind] = [:]
        for row in rows {
            guard let kind = PracticeKind(rawValue: row.kind) else { throw CorruptRecord("practice item \(row.id): kind \(row.kind)") }
            kinds[.init(row.id)] = kind
        }
        return kinds
    }

    /// The shipped library as this organization's items, for Keel's default framework; else none.
    func defaultLibrary(for framework: CompetencyFramework) -> [PracticeItem] {
        guard framework.key == "nordic-b2b" else { return [] }
        let organizationID = organizationID
        return (try? PracticeLibraryDocument.nordicB2B.items(in: framework, existing: [:], newID: { .init(UUID()) }))?
            .map { item in
                var item = item
                item.id = .init(StableIdentifier.uuid(organizationID.rawValue.uuidString + "|practice|" + item.key))
                return item
            } ?? []
    }

    /// The shipped library, for a write to store (``store(defaults:on:at:)``) while the
    /// organization has none stored; read before the write's transaction, which has one connection.
    func unstoredDefaults() async throws -> [PracticeItem] {
        let stored = try await PracticeItemModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).count()
        guard stored == 0, let framework = try await framework() else { return [] }
        return defaultLibrary(for: framework)
    }

    /// Stores the shipped library in the transaction of the first practice write.
    func store(defaults: [PracticeItem], on database: any Database, at date: Date) async throws {
        guard !defaults.isEmpty,
              try await PracticeItemModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).count() == 0
        else { return }
        for item in defaults {
            try await PracticeItemModel(item, organizationID: organizationID, by: nil, at: date).create(on: database)
        }
    }

    // MARK: Plans and repetitions

    func entries(of people: some Collection<Person.ID>, activeOnly: Bool) async throws -> [PracticePlanEntry] {
        var entries: [PracticePlanEntry] = []
        for chunk in Array(people).chunked(into: 500) {
            let query = (database as! any SQLDatabase).select().column(SQLLiteral.all).from(PracticePlanEntryModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where("person_id", .in, chunk.map(\.rawValue))
            if activeOnly { query.where("retired_on", .is, SQLLiteral.null) }
            entries += try await query.all(decoding: PracticePlanEntryRow.self).map { try $0.domain() }
        }
        return entries
    }

    func entryModel(_ id: PracticePlanEntry.ID) async throws -> PracticePlanEntryModel? {
        try await PracticePlanEntryModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first()
    }

    /// Every repetition of these people, newest first.
    func reps(of people: some Collection<Person.ID>) async throws -> [PracticeRep] {
        var reps: [PracticeRep] = []
        for chunk in Array(people).chunked(into: 500) {
            reps += try await PracticeRepModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$personID ~~ chunk.map(\.rawValue))
                .all().map { try $0.domain() }
        }
        return reps.sorted { ($0.doneAt, $0.id) > ($1.doneAt, $1.id) }
    }

    /// The entry and its seller, when the viewer may read the seller's practice — or, for a
    /// role-play, may score it as a teammate (``AccessPolicy/canObserve(_:as:)``); otherwise not
    /// found, as if it did not exist.
    func readable(_ id: PracticePlanEntry.ID, for policy: AccessPolicy) async throws -> (entry: PracticePlanEntry, seller: Person) {
        guard let model = try await entryModel(id), let seller = try await directory.person(.init(model.personID)) else {
            throw AccessRefused(.notFound, entity: "practice plan entry", field: "entryID")
        }
        let entry = try model.domain()
        if policy.canReadPractice(of: seller) { return (entry, seller) }
        if let viewer = try await directory.person(policy.viewer.personID), policy.canObserve(seller, as: viewer),
           try await library().first(where: { $0.id == entry.itemID })?.kind == .rolePlay {
            return (entry, seller)
        }
        throw AccessRefused(.notFound, entity: "practice plan entry", field: "entryID")
    }

    static func auditValues(of rep: PracticeRep) -> [String: String?] {
        [
            "entry": rep.entryID.description, "item": rep.itemID.description, "day": rep.day.description,
            "selfScore": String(rep.selfScore), "note": rep.note,
            "observer": rep.observation?.observerID.description, "observedLevel": rep.observation.map { String($0.level) },
            "observerComment": rep.observation?.comment,
        ]
    }
}

extension PracticeStore {
    /// The plan entry a repetition belongs to, when the viewer may read it.
    public func entryOf(_ repID: PracticeRep.ID, for policy: AccessPolicy) async throws -> PracticePlanEntry.ID {
        guard let model = try await PracticeRepModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == repID.rawValue).first()
        else { throw AccessRefused(.notFound, entity: "practice repetition", field: "repID") }
        return try await readable(.init(model.entryID), for: policy).entry.id
    }
}
