import Foundation
import KeelStore
import SalesDomain
import Vapor

/// A manager's review of a postponement.
struct PostponementReviewResource: Content {
    var reviewerID: UUID
    var verdict: String
    var reviewedAt: Date
    var note: String?

    init(_ review: PostponementReview) {
        reviewerID = review.reviewerID.rawValue
        verdict = review.verdict.rawValue
        reviewedAt = review.reviewedAt
        note = review.note
    }
}

/// A move or drop of an activity, with its reason and review. Days are the organization's
/// local days (`2026-01-07`).
struct PostponementResource: Content {
    var id: UUID
    var activityID: UUID
    var ownerID: UUID
    /// Present in the review list, where the activity is not shown around it.
    var activityType: String?
    var from: String
    /// Absent when the activity was dropped.
    var movedTo: String?
    var dropped: Bool
    var reason: String
    var reasonName: String
    var loggedAt: Date
    var review: PostponementReviewResource?

    init(_ postponement: Postponement, activityType: ActivityType? = nil, catalog: ReasonCatalog, language: Language, calendar: WeekCalendar) {
        id = postponement.id.rawValue
        activityID = postponement.activityID.rawValue
        ownerID = postponement.ownerID.rawValue
        self.activityType = activityType?.rawValue
        from = FormDate.string(postponement.from, in: calendar)
        movedTo = postponement.movedTo.map { FormDate.string($0, in: calendar) }
        dropped = postponement.isDropped
        reason = postponement.reasonCode.rawValue
        reasonName = catalog.reason(for: postponement.reasonCode)?.name(in: language) ?? postponement.reasonCode.rawValue
        loggedAt = postponement.loggedAt
        review = postponement.review.map(PostponementReviewResource.init)
    }
}

/// An activity with its plan history.
struct ActivityResource: Content {
    var id: UUID
    var ownerID: UUID
    var type: String
    var typeName: String
    var planned: String
    var durationMinutes: Int
    /// `open`, `done` or `dropped`.
    var status: String
    var doneOn: String?
    var subject: String?
    var source: String
    var dealID: UUID?
    var postponements: [PostponementResource]

    init(_ entry: ActivityLog.Entry, catalog: ReasonCatalog, text: Localizer, calendar: WeekCalendar) {
        let activity = entry.activity
        id = activity.id.rawValue
        ownerID = activity.ownerID.rawValue
        type = activity.type.rawValue
        typeName = text.activityType(activity.type)
        planned = FormDate.string(activity.plannedDate, in: calendar)
        durationMinutes = activity.durationMinutes
        status = activity.isDone ? "done" : entry.isDropped ? "dropped" : "open"
        doneOn = activity.doneDate.map { FormDate.string($0, in: calendar) }
        subject = entry.subject
        source = activity.source.rawValue
        dealID = activity.dealID?.rawValue
        postponements = entry.postponements.map { PostponementResource($0, catalog: catalog, language: text.language, calendar: calendar) }
    }
}

/// A page of activities, with the weeks it covers.
struct ActivityListResource: Content {
    var items: [ActivityResource]
    var total: Int
    var limit: Int
    var offset: Int
    var from: String
    var to: String
}

/// A page of the review list: unreviewed first, then newest logged.
struct PostponementListResource: Content {
    var items: [PostponementResource]
    var total: Int
    var unreviewed: Int
    var limit: Int
    var offset: Int
}

/// `POST /api/v1/activities`: every field optional here, so that all missing ones are named at once.
struct LogActivityRequest: Content {
    var type: String?
    var planned: String?
    var minutes: Int?
    var subject: String?
    var done: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case type, planned, minutes, subject, done
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        planned = try container.decodeIfPresent(String.self, forKey: .planned)
        minutes = try container.decodeIfPresent(Int.self, forKey: .minutes)
        subject = try container.decodeIfPresent(String.self, forKey: .subject)
        done = try container.decodeIfPresent(Bool.self, forKey: .done)
    }

    var input: ActivityInput {
        ActivityInput(type: type, planned: planned, minutes: minutes.map(String.init), subject: subject, done: done ?? false)
    }
}

/// `POST /api/v1/activities/{id}/postponements`.
struct PostponeActivityRequest: Content {
    var action: String?
    var to: String?
    var reason: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case action, to, reason
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        action = try container.decodeIfPresent(String.self, forKey: .action)
        to = try container.decodeIfPresent(String.self, forKey: .to)
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
    }
}

/// `PUT /api/v1/postponements/{id}/review`: a first verdict or a changed one.
struct ReviewPostponementRequest: Content {
    var verdict: String?
    var note: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case verdict, note
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verdict = try container.decodeIfPresent(String.self, forKey: .verdict)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    func parsed() throws -> (verdict: ReviewVerdict, note: String?) {
        var problems = FieldErrors.Collector()
        let verdict = self.verdict.flatMap(ReviewVerdict.init(rawValue:))
        if verdict == nil {
            problems.append(FieldError(field: "verdict", code: self.verdict == nil ? .required : .invalidValue, .chooseVerdict))
        }
        let note = self.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let note, note.count > 1000 {
            problems.append(FieldError(field: "note", code: .tooLong, .textTooLong, ["maximum": "1000"]))
        }
        try problems.throwIfAny()
        return (verdict ?? .acceptedExcuse, note?.isEmpty == false ? note : nil)
    }
}
