import Foundation
import SalesDomain
import Vapor

/// `POST /api/v1/coaching/sessions`.
struct PlanSessionRequest: Content {
    var sellerID: UUID
    var type: String
    var scheduledAt: Date
    var durationMinutes: Int
    var focus: FocusResource?

    func plan() throws -> SessionPlan {
        var problems: [FieldError] = []
        let typeName = type
        let type = CoachingSessionType(rawValue: type)
        if type == nil {
            problems.append(FieldError(
                field: "type", code: .invalidValue, .notOneOf,
                ["value": typeName, "choices": CoachingSessionType.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        var focus: CoachingFocus?
        do { focus = try self.focus?.focus(field: "focus") } catch let error as FieldError { problems.append(error) }
        guard let type, problems.isEmpty else { throw FieldErrors(problems) }
        return SessionPlan(sellerID: .init(sellerID), type: type, scheduledAt: scheduledAt, durationMinutes: durationMinutes, focus: focus)
    }
}

/// `POST /api/v1/coaching/sessions/{id}/completion`.
struct CompleteSessionRequest: Content {
    struct Review: Content {
        var itemID: UUID
        var outcome: String
        var comment: String?
        var newDue: String?
    }

    struct NextStep: Content {
        var text: String
        var ownerID: UUID?
        var due: String?
        var link: FocusResource?
    }

    var notes: String?
    var privateNotes: String?
    var reviews: [Review]
    var nextSteps: [NextStep]

    /// Every field that does not parse, at once; the rules are ``SessionCompletion``'s.
    func completion() throws -> SessionCompletion {
        var problems: [FieldError] = []
        var reviews: [ActionItemReview] = []
        for (index, review) in self.reviews.enumerated() {
            let outcome = ActionItemReview.Outcome(rawValue: review.outcome)
            if outcome == nil {
                problems.append(FieldError(
                    field: "reviews[\(index)].outcome", code: .invalidValue, .notOneOf,
                    ["value": review.outcome, "choices": ActionItemReview.Outcome.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            let newDue = review.newDue.flatMap { $0.isEmpty ? nil : $0 }
            if let newDue, CalendarDay(newDue) == nil {
                problems.append(FieldError(field: "reviews[\(index)].newDue", code: .invalidFormat, .notADate, ["value": newDue]))
            }
            if let outcome {
                reviews.append(ActionItemReview(
                    itemID: .init(review.itemID), outcome: outcome, comment: review.comment ?? "", newDue: newDue.flatMap(CalendarDay.init)))
            }
        }
        var steps: [NextStepDraft] = []
        for (index, step) in nextSteps.enumerated() {
            let due = step.due.flatMap { $0.isEmpty ? nil : $0 }
            if let due, CalendarDay(due) == nil {
                problems.append(FieldError(field: "nextSteps[\(index)].due", code: .invalidFormat, .notADate, ["value": due]))
            }
            var link: CoachingFocus?
            do { link = try step.link?.focus(field: "nextSteps[\(index)].link") } catch let error as FieldError { problems.append(error) }
            steps.append(NextStepDraft(text: step.text, ownerID: step.ownerID.map(Person.ID.init), due: due.flatMap(CalendarDay.init), link: link))
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        return SessionCompletion(notes: notes ?? "", privateNotes: privateNotes ?? "", reviews: reviews, nextSteps: steps)
    }
}

/// `PUT /api/v1/coaching/action-items/{id}/status`.
struct ActionItemStatusRequest: Content {
    var status: String
}
