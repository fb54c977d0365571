import FluentKit
import Foundation
import SalesDomain

/// A person's data as one answer: gathered for a reader the access policy allows
/// (``AccessPolicy/export(_:)``), and recorded in the audit log in the same transaction, so
/// no export goes unrecorded.
public struct PersonalData: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    /// `policy` is the signed-in reader's; `nil` is the command line, run by whoever holds the
    /// database itself, which reads as an administrator and is recorded without an actor.
    public func export(_ id: Person.ID, for policy: AccessPolicy?, format: String, at date: Date) async throws -> PersonExport {
        let directory = Directory(database: database, organizationID: organizationID)
        guard policy.map({ $0.viewer.organizationID == organizationID }) ?? true, let person = try await directory.person(id) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        let decision = policy?.export(person) ?? .allowed
        guard decision == .allowed else { throw AccessRefused(decision, entity: "person", field: "personID") }
        let reader: PersonExport.Reader = policy.map { $0.has(.readAuditLog) } ?? true ? .administrator : .person
        return try await database.writeTransaction { database in
            let gathering = Gathering(database: database, organizationID: organizationID, person: person, reader: reader)
            let export = try await gathering.export(at: date)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy?.viewer.personID, entity: AuditKind.export.rawValue,
                entityID: person.id.rawValue, subject: person.id, action: "person_data",
                changes: ["format": .init(old: nil, new: format), "reader": .init(old: nil, new: reader.rawValue)], at: date)
            return export
        }
    }

    /// The reads of one export, on one transaction's view of the database.
    struct Gathering {
        let database: any Database
        let organizationID: Organization.ID
        let person: Person
        let reader: PersonExport.Reader

        var org: UUID { organizationID.rawValue }

        func export(at date: Date) async throws -> PersonExport {
            let directory = Directory(database: database, organizationID: organizationID)
            let teams = Dictionary(uniqueKeysWithValues: try await directory.teams().map { ($0.id, $0.name) })
            let markets = Dictionary(uniqueKeysWithValues: try await directory.markets().map { ($0.id, $0.name) })
            var withheld: [PersonExport.Withheld: Int] = [:]
            let (received, given) = try await ratings(withheld: &withheld)
            var audit = try await AuditLog(database: database, organizationID: organizationID).events(concerning: person.id)
            if reader == .person {
                let others = audit.filter { $0.kind == AuditKind.rating.rawValue && $0.actorID != person.id }
                if !others.isEmpty { withheld[.auditEventsOfOthersRatings] = others.count }
                audit.removeAll { $0.kind == AuditKind.rating.rawValue && $0.actorID != person.id }
            }
            return PersonExport(
                generatedAt: date, reader: reader,
                profile: .init(person: person, team: person.teamID.flatMap { teams[$0] }, market: person.marketID.flatMap { markets[$0] }),
                teamHistory: try await directory.teamHistory(of: person.id).map {
                    .init(teamID: $0.teamID, team: teams[$0.teamID] ?? $0.teamID.description, from: $0.from, until: $0.until)
                },
                competence: .init(ratingsReceived: received, ratingsGiven: given, resultComments: try await resultComments()),
                execution: try await execution(), coaching: try await coaching(withheld: &withheld), practice: try await practice(),
                kpis: try await KPIStore.stored(of: person.id, database: database, organizationID: organizationID),
                digest: try await digest(), goals: try await goals(), audit: audit, withheld: withheld)
        }

        /// Ratings of the person and by the person. The person reads their own, the ones they
        /// gave, and managers' submitted ratings of closed cycles — as their results page does.
        func ratings(withheld: inout [PersonExport.Withheld: Int]) async throws -> (received: [PersonExport.RatingRecord], given: [PersonExport.RatingRecord]) {
            let id = person.id.rawValue
            let models = try await RatingModel.query(on: database).filter(\.$organizationID == org)
                .group(.or) { $0.filter(\.$rateeID == id).filter(\.$raterID == id) }
                .sort(\.$updatedAt).all()
            let cycles = try await AssessmentCycleModel.query(on: database).filter(\.$organizationID == org).all()
            let cycleNames = Dictionary(cycles.map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
            let closed = Set(cycles.filter { $0.closedAt != nil }.map { $0.id! })
            let competencies = Dictionary(
                try await FrameworkCompetencyModel.query(on: database).filter(\.$competencyID ~~ Set(models.map(\.competencyID))).all()
                    .map { ($0.competencyID, $0.key) }, uniquingKeysWith: { first, _ in first })
            let others = Set(models.flatMap { [$0.raterID, $0.rateeID] }).subtracting([id])
            let names = Dictionary(uniqueKeysWithValues: try await Directory(database: database, organizationID: organizationID)
                .people(ids: others.map(Person.ID.init)).map { ($0.id.rawValue, $0.name) })
            var received: [PersonExport.RatingRecord] = []
            var given: [PersonExport.RatingRecord] = []
            for model in models {
                guard let rating = model.domain else { continue }
                let other = rating.rateeID == person.id ? rating.raterID : rating.rateeID
                let record = PersonExport.RatingRecord(
                    rating: rating, cycle: cycleNames[model.cycleID] ?? model.cycleID.uuidString,
                    competency: competencies[model.competencyID] ?? model.competencyID.uuidString,
                    otherPerson: other == person.id ? nil : names[other.rawValue])
                // A self-assessment is both given and received; it is listed once, as received.
                if rating.rateeID == person.id, rating.raterID != person.id, reader == .person {
                    if rating.source == .peer {
                        withheld[.peerRatingsReceived, default: 0] += 1
                    } else if !rating.isSubmitted || !closed.contains(model.cycleID) {
                        withheld[.ratingsBeforeCycleClosed, default: 0] += 1
                    } else {
                        received.append(record)
                    }
                } else if rating.rateeID == person.id {
                    received.append(record)
                } else {
                    given.append(record)
                }
            }
            return (received, given)
        }

        func resultComments() async throws -> [ResultComment] {
            try await ResultCommentModel.query(on: database).filter(\.$organizationID == org).filter(\.$personID == person.id.rawValue)
                .sort(\.$createdAt).all().map(\.domain)
        }

        func coaching(withheld: inout [PersonExport.Withheld: Int]) async throws -> PersonExport.Coaching {
            let id = person.id.rawValue
            let sessions = try await CoachingSessionModel.query(on: database).filter(\.$organizationID == org)
                .group(.or) { $0.filter(\.$sellerID == id).filter(\.$coachID == id) }
                .sort(\.$scheduledAt).all().map { try $0.domain() }
            let privateNotes = sessions.count { !$0.privateNotes.isEmpty }
            if privateNotes > 0 { withheld[.coachingPrivateNotes] = privateNotes }
            let items = try await ActionItemModel.query(on: database).filter(\.$organizationID == org)
                .group(.or) { $0.filter(\.$sellerID == id).filter(\.$ownerID == id) }
                .sort(\.$due).all().map { try $0.domain() }
            return .init(
                sessionsAsSeller: sessions.filter { $0.sellerID == person.id }.map(\.withoutPrivateNotes),
                sessionsAsCoach: sessions.filter { $0.coachID == person.id }.map(\.withoutPrivateNotes), nextSteps: items)
        }

        func digest() async throws -> PersonExport.Digest {
            let store = try await DigestStore.of(database: database, organizationID: organizationID)
            return .init(preference: try await store.preference(of: person.id), messages: try await store.messages(of: person.id))
        }

        func goals() async throws -> PersonExport.Goals {
            let id = person.id.rawValue
            let goals = try await GoalModel.query(on: database).filter(\.$organizationID == org).filter(\.$personID == id)
                .sort(\.$startDay).all()
            let entries = Dictionary(
                grouping: try await GoalProgressEntryModel.query(on: database).filter(\.$goalID ~~ goals.compactMap(\.id))
                    .sort(\.$enteredAt).all(), by: \.goalID)
            let wins = try await WinModel.query(on: database).filter(\.$organizationID == org)
                .group(.or) { $0.filter(\.$personID == id).filter(\.$postedBy == id) }.sort(\.$postedAt).all()
            let directory = Directory(database: database, organizationID: organizationID)
            let names = Dictionary(uniqueKeysWithValues: try await directory.people(ids: Set(wins.flatMap { [$0.personID, $0.postedBy].compactMap { $0 } })
                .subtracting([id]).map(Person.ID.init)).map { ($0.id.rawValue, $0.name) })
            let teams = Dictionary(uniqueKeysWithValues: try await directory.teams().map { ($0.id.rawValue, $0.name) })
            return .init(
                goals: try goals.map { model in
                    let goal = try model.domain()
                    return .init(
                        id: goal.id, title: goal.title, start: goal.start, due: goal.due, parentID: goal.parentID, weight: goal.weight,
                        measure: goal.measure.map { $0.kpi?.rawValue ?? "manual" }, target: goal.measure?.target,
                        unit: model.measureKind == "manual" ? model.unit : nil, latestValue: goal.latestValue, archived: model.archivedAt != nil,
                        valuesEntered: (entries[model.id!] ?? []).map { .init(value: $0.value, enteredAt: $0.enteredAt) })
                },
                winsReceived: wins.filter { $0.personID == id }.map {
                    .init(id: .init($0.id!), text: $0.text, postedAt: $0.postedAt, otherParty: names[$0.postedBy])
                },
                winsPosted: wins.filter { $0.postedBy == id && $0.personID != id }.map {
                    .init(id: .init($0.id!), text: $0.text, postedAt: $0.postedAt, otherParty: $0.personID.flatMap { names[$0] } ?? $0.teamID.flatMap { teams[$0] })
                })
        }

        func practice() async throws -> PersonExport.Practice {
            let id = person.id.rawValue
            let entries = try await PracticePlanEntryModel.query(on: database).filter(\.$organizationID == org).filter(\.$personID == id)
                .sort(\.$startedOn).all().map { try $0.domain() }
            let reps = try await PracticeRepModel.query(on: database).filter(\.$organizationID == org)
                .group(.or) { $0.filter(\.$personID == id).filter(\.$observerID == id) }
                .sort(\.$doneAt).all().map { try $0.domain() }
            let itemIDs = Set(reps.map(\.itemID.rawValue))
            let items = Dictionary(uniqueKeysWithValues: try await PracticeItemModel.query(on: database).filter(\.$organizationID == org)
                .filter(\.$id ~~ itemIDs).all().map { ($0.id ?? UUID(), try $0.domain()) })
            // The person is the seller of some repetitions and the observer of others: name the other one.
            let others = Set(reps.flatMap { [$0.personID.rawValue, $0.observation?.observerID.rawValue].compactMap { $0 } }).subtracting([id])
            let names = Dictionary(uniqueKeysWithValues: try await Directory(database: database, organizationID: organizationID)
                .people(ids: others.map(Person.ID.init)).map { ($0.id.rawValue, $0.name) })
            func record(_ rep: PracticeRep) -> PersonExport.PracticeRecord {
                let item = items[rep.itemID.rawValue]
                let other = rep.personID == person.id ? rep.observation?.observerID : rep.personID
                return .init(
                    repetition: rep, item: item?.key ?? rep.itemID.description, title: item?.title ?? LocalizedText(english: rep.itemID.description),
                    otherPerson: other.flatMap { names[$0.rawValue] })
            }
            return .init(
                planEntries: entries, repetitions: reps.filter { $0.personID == person.id }.map(record),
                // The other seller's note is theirs; the observer's own score and comment are the reader's.
                repetitionsObserved: reps.filter { $0.personID != person.id }.map { rep in
                    var rep = rep
                    rep.note = ""
                    return record(rep)
                })
        }

        func execution() async throws -> PersonExport.Execution {
            let owner = person.id.rawValue
            let activities = try await ActivityModel.query(on: database).filter(\.$organizationID == org).filter(\.$ownerID == owner)
                .sort(\.$plannedAt).all().map { PersonExport.ActivityRecord(activity: $0.domain, subject: $0.subject) }
            let postponements = try await PostponementModel.query(on: database).filter(\.$organizationID == org).filter(\.$ownerID == owner)
                .sort(\.$loggedAt).all().map(\.domain)
            let deals = try await DealModel.query(on: database).filter(\.$organizationID == org).filter(\.$ownerID == owner)
                .sort(\.$createdAt).all().map(\.domain)
            return .init(activities: activities, postponements: postponements, dealsOwned: deals)
        }
    }
}
