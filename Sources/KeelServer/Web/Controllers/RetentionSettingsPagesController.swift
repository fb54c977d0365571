import KeelStore
import SalesDomain
import Vapor

/// `/settings/retention`: the organization's retention periods for admins, and applying them now.
enum RetentionSettingsPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "settings", "retention", access: .signedIn(.erasePersonalData), use: show)
        web.on(.POST, "settings", "retention", access: .signedIn(.erasePersonalData), use: save)
        web.on(.POST, "settings", "retention", "apply", access: .signedIn(.erasePersonalData), use: apply)
    }

    static func page(_ request: Request, values: [String: String]? = nil, errors: [FieldError] = [], notice: String? = nil) async throws -> Response {
        let shown = if let values { values } else { RetentionSettingsPage.values(try await request.organizationSettings.retentionPolicy()) }
        let model = RetentionSettingsPage.Model(values: shown, errors: errors, notice: notice)
        return Layout.response(RetentionSettingsPage.render(model, context: try await PageContext.make(for: request)),
                               status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    @Sendable
    static func show(_ request: Request) async throws -> Response {
        try await page(request)
    }

    @Sendable
    static func save(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        do {
            var problems = FieldErrors.Collector()
            func years(_ field: String) -> Int? {
                problems.check { () throws(FieldError) -> Int? in
                    let raw = (fields[field] ?? "").trimmingCharacters(in: .whitespaces)
                    if raw.isEmpty { return nil }
                    guard let value = Int(raw) else { throw FieldError(field: field, code: .invalidFormat, .notAWholeNumber, ["value": raw]) }
                    return value
                } ?? nil
            }
            let policy = RetentionPolicy(textYears: years("textYears"), leaverYears: years("leaverYears"))
            do {
                try policy.validate()
            } catch {
                for refusal in error.errors where !problems.failed(refusal.field) { problems.append(refusal) }
            }
            try problems.throwIfAny()
            try await request.organizationSettings.setRetentionPolicy(policy, by: try request.signedIn.person.id, at: request.now)
            return try await page(request, notice: Localizer(request.language)(.retentionSaved))
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await page(request, values: fields, errors: errors)
        }
    }

    @Sendable
    static func apply(_ request: Request) async throws -> Response {
        let person = try request.signedIn.person
        let outcome = try await RetentionSweep(database: request.db, organizationID: person.organizationID).apply(at: request.now, actor: person.id)
        let texts = outcome.texts.filter { $0.key != "audit_events" }.values.reduce(0, +)
        return try await page(request, notice: Localizer(request.language)(
            .retentionApplied, ["people": String(outcome.erasedPeople.count), "texts": String(texts)]))
    }
}
