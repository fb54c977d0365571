import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The coaching pages (SPEC §4): the rhythm of a scope, planning a session, running and reading
/// one, and marking a next step done. Each reads and writes through ``CoachingStore`` with the
/// viewer's policy, as the API does.
enum CoachingPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "coaching", access: .signedIn(.readOwnRecords), use: overview)
        web.on(.GET, "coaching", "sessions", "new", access: .signedIn(.readOthers), use: newSession)
        web.on(.POST, "coaching", "sessions", access: .signedIn(.readOthers), use: plan)
        web.on(.GET, "coaching", "sessions", ":sessionID", access: .signedIn(.readOwnRecords), use: session)
        web.on(.POST, "coaching", "sessions", ":sessionID", "complete", access: .signedIn(.readOthers), use: complete)
        web.on(.POST, "coaching", "sessions", ":sessionID", "cancel", access: .signedIn(.readOthers), use: cancel)
        web.on(.POST, "coaching", "action-items", ":itemID", "done", access: .signedIn(.readOwnRecords), use: markDone)
    }

    @Sendable
    static func overview(_ request: Request) async throws -> Response {
        try await request.analysisPage(CoachingPage.Model.query) { CoachingPage.render($0, context: $1) }
    }

    // MARK: Planning

    static func planPage(_ request: Request, values: [String: String], errors: [FieldError] = []) async throws -> Response {
        let seller = values["sellerID"].flatMap(Person.ID.init(uuidString:))
        let choices = try await request.coaching.planChoices(seller: seller, for: try await request.policy(), asOf: request.now)
        var values = values
        if values["date"] == nil { values["date"] = FormDate.string(request.now.addingTimeInterval(86_400), in: try await request.organizationCalendar) }
        let model = SessionPlanPage.Model(choices: choices, values: values, errors: errors)
        return Layout.response(
            SessionPlanPage.render(model, context: try await PageContext.make(for: request)), status: errors.isEmpty ? .ok : .unprocessableEntity,
            for: request)
    }

    @Sendable
    static func newSession(_ request: Request) async throws -> Response {
        var values: [String: String] = [:]
        for (query, field) in [("seller", "sellerID"), ("type", "type"), ("focus", "focus"), ("suggested", "suggested")] {
            if let value = try? request.query.get(String.self, at: query) { values[field] = value }
        }
        return try await planPage(request, values: values)
    }

    @Sendable
    static func plan(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let policy = try await request.policy()
        let read = sessionPlan(fields, calendar: try await request.organizationCalendar)
        guard let plan = read.plan else {
            // What could be read is checked too, the store's checks included, so every problem
            // shows at once; a field the form could not read keeps that problem only.
            let unreadable = Set(read.unreadable.map(\.field))
            let rest = try await request.coaching.planProblems(
                seller: read.seller, type: read.type, durationMinutes: read.durationMinutes, focus: read.focus, for: policy)
            return try await planPage(request, values: fields, errors: read.unreadable + rest.filter { !unreadable.contains($0.field) })
        }
        do {
            let session = try await request.coaching.plan(plan, for: policy, at: request.now)
            return request.redirect(to: "/coaching/sessions/\(session.id)")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await planPage(request, values: fields, errors: errors)
        }
    }

    /// The plan form's fields as read: the plan when every field could be read, else the parts
    /// that could, with a problem for each field that could not.
    struct SessionPlanReading {
        var seller: Person.ID?
        var type: CoachingSessionType?
        /// A length that is no number reads as 0, which the plan's rule refuses with its range.
        var durationMinutes: Int
        var focus: CoachingFocus?
        var plan: SessionPlan?
        var unreadable: [FieldError]
    }

    static func sessionPlan(_ fields: [String: String], calendar: WeekCalendar) -> SessionPlanReading {
        var problems = FieldErrors.Collector()
        let seller = problems.check { () throws(FieldError) in
            guard let text = fields["sellerID"], !text.isEmpty else { throw FieldError(field: "sellerID", code: .required, .valueRequired) }
            guard let seller = Person.ID(uuidString: text) else { throw FieldError(field: "sellerID", code: .invalidFormat, .notAnID, ["value": text]) }
            return seller
        }
        let type = problems.check { () throws(FieldError) in
            guard let type = fields["type"].flatMap(CoachingSessionType.init(rawValue:)) else {
                throw FieldError(field: "type", code: .required, .valueRequired)
            }
            return type
        }
        let day = problems.check { () throws(FieldError) in try Self.day(fields["date"], field: "date", required: true) } ?? nil
        let time = problems.check { () throws(FieldError) in try Self.time(fields["time"] ?? "") }
        let moment = day.flatMap { day in time.map { Self.moment(day: day, hour: $0.hour, minute: $0.minute, calendar: calendar) } }
        let duration = Int(fields["durationMinutes"] ?? "") ?? 0
        let focus = problems.check { () throws(FieldError) in try Self.focus(fields["focus"], field: "focus") } ?? nil
        var reading = SessionPlanReading(seller: seller, type: type, durationMinutes: duration, focus: focus, unreadable: problems.errors)
        if problems.errors.isEmpty, let seller, let type, let moment {
            reading.plan = SessionPlan(sellerID: seller, type: type, scheduledAt: moment, durationMinutes: duration, focus: focus)
        }
        return reading
    }

    /// `09:30` as hour and minute.
    static func time(_ text: String) throws(FieldError) -> (hour: Int, minute: Int) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute) else {
            throw FieldError(field: "time", code: .invalidFormat, .notATime, ["value": text])
        }
        return (hour, minute)
    }

    /// A local date and time in the organization's time zone.
    static func moment(day: CalendarDay, hour: Int, minute: Int, calendar: WeekCalendar) -> Date {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = calendar.timeZone
        return gregorian.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))!
    }

    /// `kind:reference` as the focus lists send it; empty is no focus.
    static func focus(_ value: String?, field: String) throws(FieldError) -> CoachingFocus? {
        guard let value, !value.isEmpty else { return nil }
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = CoachingFocus.Kind(rawValue: parts[0]), let focus = CoachingFocus(kind: kind, reference: parts[1]) else {
            throw FieldError(field: field, code: .invalidValue, .focusNotFound)
        }
        return focus
    }

    // MARK: A session

    static func sessionPage(
        _ request: Request, id: CoachingSession.ID, values: [String: String] = [:], errors: [FieldError] = [], notice: String? = nil
    ) async throws -> Response {
        let store = try await request.coaching
        let policy = try await request.policy()
        let screen = try await store.sessionScreen(id, for: policy, asOf: request.now)
        let running = screen.viewerIsCoach && screen.session.status == .planned
        let choices = running ? try await store.planChoices(seller: screen.session.sellerID, for: policy, asOf: request.now) : nil
        let model = SessionPage.Model(
            screen: screen, choices: choices, values: values, errors: errors, notice: notice,
            today: try await request.organizationCalendar.day(containing: request.now))
        return Layout.response(
            SessionPage.render(model, context: try await PageContext.make(for: request)), status: errors.isEmpty ? .ok : .unprocessableEntity,
            for: request)
    }

    @Sendable
    static func session(_ request: Request) async throws -> Response {
        let id = try sessionID(request)
        let notice = (try? request.query.get(String.self, at: "completed")) == nil ? nil : Localizer(request.language)(.sessionCompletedNotice)
        return try await sessionPage(request, id: id, notice: notice)
    }

    static func sessionID(_ request: Request) throws -> CoachingSession.ID {
        guard let id = request.parameters.get("sessionID").flatMap(CoachingSession.ID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }

    @Sendable
    static func complete(_ request: Request) async throws -> Response {
        let id = try sessionID(request)
        let fields = try request.content.decode([String: String].self)
        let read = completion(fields)
        guard read.unreadable.isEmpty else {
            // What could be read is checked too, so every problem shows at once; a field the form
            // could not read keeps that problem only (an unreadable due date is not also "missing").
            let rest = try await request.coaching.completionProblems(id, with: read.completion, for: try await request.policy(), at: request.now)
                .map(onPage)
            let unreadable = Set(read.unreadable.map(\.field))
            return try await sessionPage(request, id: id, values: fields, errors: read.unreadable + rest.filter { !unreadable.contains($0.field) })
        }
        do {
            _ = try await request.coaching.complete(id, with: read.completion, for: try await request.policy(), at: request.now)
            return request.redirect(to: "/coaching/sessions/\(id)?completed=1")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await sessionPage(request, id: id, values: fields, errors: errors.map(onPage))
        }
    }

    /// The run form's fields: a review per open step (`review-<id>`, `comment-<id>`,
    /// `newDue-<id>`), the notes, and the next-step rows (`step-<n>-text` …), with a problem for
    /// each date or link that cannot be read (left out of the completion) and for the comment
    /// of a step whose outcome is not chosen (the domain asks for the outcome, or names the one
    /// sent that is none of the choices). Plain names:
    /// Vapor reads brackets in a form field's name as nesting.
    static func completion(_ fields: [String: String]) -> (completion: SessionCompletion, unreadable: [FieldError]) {
        var problems = FieldErrors.Collector()
        var reviews: [ActionItemReview] = []
        var unreadableOutcomes: [ActionItem.ID: String] = [:]
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            guard let raw = key.dropping(prefix: "review-"), let item = ActionItem.ID(uuidString: raw), !value.isEmpty else { continue }
            guard let outcome = ActionItemReview.Outcome(rawValue: value) else {
                unreadableOutcomes[item] = value
                continue
            }
            let newDue = problems.check { () throws(FieldError) in try day(fields["newDue-\(raw)"], field: "newDue-\(raw)") } ?? nil
            reviews.append(ActionItemReview(itemID: item, outcome: outcome, comment: fields["comment-\(raw)"] ?? "", newDue: newDue))
        }
        let reviewed = Set(reviews.map(\.itemID))
        for (key, comment) in fields.sorted(by: { $0.key < $1.key }) {
            guard let raw = key.dropping(prefix: "comment-"), let item = ActionItem.ID(uuidString: raw), !reviewed.contains(item) else { continue }
            if let problem = SessionCompletion.commentProblem(comment, field: key) { problems.append(problem) }
        }
        var steps: [NextStepDraft] = []
        for row in 0..<SessionPage.nextStepRows {
            let prefix = "step-\(row)"
            let due = problems.check { () throws(FieldError) in try day(fields["\(prefix)-due"], field: "\(prefix)-due") } ?? nil
            let link = problems.check { () throws(FieldError) in try focus(fields["\(prefix)-link"], field: "\(prefix)-link") } ?? nil
            let text = fields["\(prefix)-text"] ?? ""
            // A row with only the preselected link and owner is a spare row left as it was.
            let isUntouched = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && due == nil
            steps.append(NextStepDraft(
                text: text, ownerID: fields["\(prefix)-owner"].flatMap(Person.ID.init(uuidString:)), due: due, link: isUntouched ? nil : link))
        }
        let completion = SessionCompletion(
            notes: fields["notes"] ?? "", privateNotes: fields["privateNotes"] ?? "", reviews: reviews, nextSteps: steps,
            unreadableOutcomes: unreadableOutcomes)
        return (completion, problems.errors)
    }

    static func day(_ text: String?, field: String, required: Bool = false) throws(FieldError) -> CalendarDay? {
        guard let text, !text.isEmpty else {
            if required { throw FieldError(field: field, code: .required, .valueRequired) }
            return nil
        }
        guard let day = CalendarDay(text) else { throw FieldError(field: field, code: .invalidFormat, .notADate, ["value": text]) }
        return day
    }

    /// The domain's and the API's field names (`reviews.<id>.newDue`, `nextSteps[0].due`) as the
    /// form calls its fields (`newDue-<id>`, `step-0-due`).
    static func onPage(_ error: FieldError) -> FieldError {
        var error = error
        if let rest = error.field.dropping(prefix: "reviews.") {
            let parts = rest.split(separator: ".", maxSplits: 1).map(String.init)
            error.field = parts.count == 2 ? "\(parts[1])-\(parts[0])" : "review-\(parts[0])"
        } else if let rest = error.field.dropping(prefix: "nextSteps["), let close = rest.firstIndex(of: "]") {
            let part = rest[rest.index(after: close)...].dropFirst()
            error.field = "step-\(rest[..<close])" + (part.isEmpty ? "" : "-\(part)")
        }
        return error
    }

    @Sendable
    static func cancel(_ request: Request) async throws -> Response {
        let id = try sessionID(request)
        _ = try await request.coaching.cancel(id, for: try await request.policy(), at: request.now)
        return request.redirect(to: "/coaching")
    }

    @Sendable
    static func markDone(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("itemID").flatMap(ActionItem.ID.init(uuidString:)) else { throw Abort(.notFound) }
        _ = try await request.coaching.setItem(id, done: true, for: try await request.policy(), at: request.now)
        let back = (try? request.content.get(String.self, at: "return")).flatMap(SessionPagesController.localPath) ?? "/"
        return request.redirect(to: back)
    }
}
