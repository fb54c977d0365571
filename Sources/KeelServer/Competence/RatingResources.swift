import Foundation
import KeelStore
import SalesDomain
import Vapor

/// One rating as its rater sees it, draft or submitted.
struct RatingResource: Content {
    var id: UUID
    var cycleID: UUID
    var raterID: UUID
    var rateeID: UUID
    var competencyID: UUID
    var source: String
    var level: Int
    var evidence: String
    var status: String
    var updatedAt: Date
    var submittedAt: Date?

    init(_ rating: Rating) {
        id = rating.id.rawValue
        cycleID = rating.cycleID.rawValue
        raterID = rating.raterID.rawValue
        rateeID = rating.rateeID.rawValue
        competencyID = rating.competencyID.rawValue
        source = rating.source.rawValue
        level = rating.level
        evidence = rating.evidence
        status = rating.status.rawValue
        updatedAt = rating.updatedAt
        submittedAt = rating.submittedAt
    }
}

/// `GET /api/v1/competence/cycles/{cycleID}/people/{personID}/references`: per competency the
/// signed-in rater rates the person on, the target level and what the rater may see beside the
/// scale — the person's submitted self-rating and their previous consolidated level.
struct RatingReferencesResource: Content {
    struct Previous: Content {
        var level: Double
        var cycleID: UUID
        var cycleName: String
    }

    struct Item: Content {
        var competencyID: UUID
        var targetLevel: Int
        var selfLevel: Int?
        var previous: Previous?
    }

    var cycleID: UUID
    var rateeID: UUID
    var source: String
    var items: [Item]

    init(_ form: RatingForm) {
        cycleID = form.cycle.id.rawValue
        rateeID = form.ratee.id.rawValue
        source = form.source.rawValue
        items = form.items.map { item in
            Item(competencyID: item.competency.id.rawValue, targetLevel: item.targetLevel, selfLevel: item.reference.selfLevel,
                 previous: item.reference.previous.map { Previous(level: $0.level, cycleID: $0.cycleID.rawValue, cycleName: $0.cycleName) })
        }
    }
}

/// Body of `PUT /api/v1/competence/cycles/{cycleID}/ratings`: the signed-in person's rating of
/// one person on one competency, saved as a draft or, with `submit`, submitted.
struct RatingRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case rateeID, competencyID, source, level, evidence, submit
    }

    var rateeID: UUID
    var competencyID: UUID
    var source: RatingSource
    var level: Int
    var evidence: String
    var submit: Bool

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rateeID = try container.decode(UUID.self, forKey: .rateeID)
        competencyID = try container.decode(UUID.self, forKey: .competencyID)
        source = try parseEnum(RatingSource.self, try container.decode(String.self, forKey: .source), field: "source")
        level = try container.decode(Int.self, forKey: .level)
        evidence = try container.decodeIfPresent(String.self, forKey: .evidence) ?? ""
        submit = try container.decodeIfPresent(Bool.self, forKey: .submit) ?? false
    }

    func input(cycle: AssessmentCycle.ID, rater: Person.ID) -> RatingInput {
        RatingInput(
            cycleID: cycle, raterID: rater, rateeID: .init(rateeID), competencyID: .init(competencyID), source: source,
            level: level, evidence: evidence)
    }
}

/// The audit trail of one rating, newest first: who changed what, when, from what to what.
struct RatingHistoryResource: Content {
    struct Change: Content {
        var old: String?
        var new: String?
    }

    struct Entry: Content {
        var actorID: UUID?
        var action: String
        var occurredAt: Date
        var changes: [String: Change]
    }

    var ratingID: UUID
    var entries: [Entry]

    init(ratingID: Rating.ID, entries: [AuditEntry]) {
        self.ratingID = ratingID.rawValue
        self.entries = entries.map { entry in
            Entry(
                actorID: entry.actorID?.rawValue, action: entry.action, occurredAt: entry.occurredAt,
                changes: (try? JSONDecoder().decode([String: Change].self, from: Data(entry.changes.utf8))) ?? [:])
        }
    }
}
