import Foundation

/// A next step as the coach writes it when completing a session.
public struct NextStepDraft: Hashable, Sendable, Codable {
    public var text: String
    public var ownerID: Person.ID?
    public var due: CalendarDay?
    public var link: CoachingFocus?

    public init(text: String, ownerID: Person.ID?, due: CalendarDay?, link: CoachingFocus? = nil) {
        self.text = text
        self.ownerID = ownerID
        self.due = due
        self.link = link
    }

    /// A spare row of the form, left as it was: ignored rather than refused.
    public var isBlank: Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && due == nil && link == nil
    }
}

/// What completing a session asks for — "men sen då?" made a rule: every open next step from
/// earlier sessions with the seller is followed up (done, not done, or carried over), and at
/// least one concrete new next step is agreed, with an owner (the seller or the coach), a due
/// date no earlier than the session's day, and optionally what it is about.
public struct SessionCompletion: Hashable, Sendable, Codable {
    public var notes: String
    public var privateNotes: String
    public var reviews: [ActionItemReview]
    public var nextSteps: [NextStepDraft]
    /// Open steps a form sent with an outcome that is none of the choices, and what it sent:
    /// told as such, not as not followed up.
    public var unreadableOutcomes: [ActionItem.ID: String]

    public init(
        notes: String = "", privateNotes: String = "", reviews: [ActionItemReview], nextSteps: [NextStepDraft],
        unreadableOutcomes: [ActionItem.ID: String] = [:]
    ) {
        self.notes = notes
        self.privateNotes = privateNotes
        self.reviews = reviews
        self.nextSteps = nextSteps
        self.unreadableOutcomes = unreadableOutcomes
    }

    public static let maximumTextLength = 500
    public static let maximumNotesLength = 10_000

    /// What completing changes: the session, the reviewed items, the new items.
    public struct Outcome: Hashable, Sendable {
        public var session: CoachingSession
        public var reviewedItems: [ActionItem]
        public var newItems: [ActionItem]
        public var reviews: [ActionItemReview]
    }

    /// A follow-up comment over ``maximumTextLength``, at `field`; on its own for a form that
    /// could not read the step's outcome.
    public static func commentProblem(_ comment: String, field: String) -> FieldError? {
        comment.count > maximumTextLength
            ? FieldError(field: field, code: .tooLong, .textTooLong, ["maximum": String(maximumTextLength)]) : nil
    }

    /// Checks the completion against the session and the seller's open items (from any earlier
    /// session); every problem at once, naming the field (`reviews.<item id>`,
    /// `nextSteps[<row>].due` …); nothing is changed when anything is wrong.
    public func outcome(
        of session: CoachingSession, openItems: [ActionItem], calendar: WeekCalendar, at date: Date,
        newItemID: () -> ActionItem.ID
    ) throws(FieldErrors) -> Outcome {
        var problems: [FieldError] = []
        if session.status != .planned {
            problems.append(FieldError(field: "status", code: .conflict, .sessionNotPlanned, ["status": session.status.rawValue]))
        }
        let sessionDay = calendar.day(containing: session.scheduledAt)
        let earlier = openItems.filter { $0.status == .open && $0.sellerID == session.sellerID && $0.sessionID != session.id }
        var reviewByItem: [ActionItem.ID: ActionItemReview] = [:]
        for review in reviews {
            let field = "reviews.\(review.itemID)"
            if reviewByItem[review.itemID] != nil {
                problems.append(FieldError(field: field, code: .duplicate, .actionItemReviewedTwice))
            } else if !earlier.contains(where: { $0.id == review.itemID }) {
                problems.append(FieldError(field: field, code: .notFound, .actionItemNotOpen))
            } else {
                reviewByItem[review.itemID] = review
            }
            if let problem = Self.commentProblem(review.comment, field: field + ".comment") { problems.append(problem) }
            if review.outcome == .carriedOver, let newDue = review.newDue, newDue < sessionDay {
                problems.append(FieldError(field: field + ".newDue", code: .invalidValue, .dueBeforeSession, ["day": sessionDay.description]))
            }
        }
        var reviewedItems: [ActionItem] = []
        for item in earlier {
            guard let review = reviewByItem[item.id] else {
                if let value = unreadableOutcomes[item.id] {
                    problems.append(FieldError(
                        field: "reviews.\(item.id)", code: .invalidValue, .actionItemOutcomeNotAChoice, ["text": item.text, "value": value]))
                } else {
                    problems.append(FieldError(field: "reviews.\(item.id)", code: .required, .actionItemNotReviewed, ["text": item.text]))
                }
                continue
            }
            var reviewed = item
            switch review.outcome {
            case .done: reviewed.status = .done; reviewed.closedAt = date
            case .notDone: reviewed.status = .notDone; reviewed.closedAt = date
            case .carriedOver: reviewed.carriedOver += 1; reviewed.due = review.newDue ?? item.due
            }
            reviewedItems.append(reviewed)
        }
        var newItems: [ActionItem] = []
        for (row, step) in nextSteps.enumerated() where !step.isBlank {
            let field = "nextSteps[\(row)]"
            let text = step.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { problems.append(FieldError(field: field + ".text", code: .required, .valueRequired)) }
            if text.count > Self.maximumTextLength {
                problems.append(FieldError(field: field + ".text", code: .tooLong, .textTooLong, ["maximum": String(Self.maximumTextLength)]))
            }
            if step.due == nil { problems.append(FieldError(field: field + ".due", code: .required, .valueRequired)) }
            if let due = step.due, due < sessionDay {
                problems.append(FieldError(field: field + ".due", code: .invalidValue, .dueBeforeSession, ["day": sessionDay.description]))
            }
            guard let owner = step.ownerID, [session.sellerID, session.coachID].contains(owner) else {
                problems.append(FieldError(field: field + ".owner", code: .invalidValue, .nextStepOwnerNotInSession))
                continue
            }
            if let due = step.due, !text.isEmpty {
                newItems.append(ActionItem(
                    id: newItemID(), sellerID: session.sellerID, sessionID: session.id, text: text, ownerID: owner, due: due, link: step.link))
            }
        }
        if nextSteps.allSatisfy(\.isBlank) {
            problems.append(FieldError(field: "nextSteps", code: .required, .nextStepRequired))
        }
        for (field, text) in [("notes", notes), ("privateNotes", privateNotes)] where text.count > Self.maximumNotesLength {
            problems.append(FieldError(field: field, code: .tooLong, .textTooLong, ["maximum": String(Self.maximumNotesLength)]))
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        var completed = session
        completed.status = .completed
        completed.completedAt = date
        completed.notes = notes
        completed.privateNotes = privateNotes
        return Outcome(session: completed, reviewedItems: reviewedItems, newItems: newItems, reviews: earlier.compactMap { reviewByItem[$0.id] })
    }
}
