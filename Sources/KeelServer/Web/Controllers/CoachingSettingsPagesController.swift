import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `/settings/coaching`: the cadence policy and the five agendas, checked together and stored
/// only when all are valid.
enum CoachingSettingsPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "settings", "coaching", access: .signedIn(.configureRules), use: show)
        web.on(.POST, "settings", "coaching", access: .signedIn(.configureRules), use: save)
    }

    static func page(_ request: Request, values: [String: String]? = nil, errors: [FieldError] = [], notice: String? = nil) async throws -> Response {
        var shown = values
        if shown == nil {
            shown = CoachingSettingsPage.values(
                policy: try await request.organizationSettings.cadencePolicy(), agendas: try await request.coaching.agendas())
        }
        let model = CoachingSettingsPage.Model(values: shown ?? [:], errors: errors, notice: notice)
        return Layout.response(CoachingSettingsPage.render(model, context: try await PageContext.make(for: request)),
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
            func whole(_ field: String) -> Int {
                problems.check { () throws(FieldError) in
                    guard let value = Int((fields[field] ?? "").trimmingCharacters(in: .whitespaces)) else {
                        throw FieldError(field: field, code: .invalidFormat, .notAWholeNumber, ["value": fields[field] ?? ""])
                    }
                    return value
                } ?? 0
            }
            let policy = CadencePolicy(
                minimumPerMonth: whole("minimumPerMonth"), maximumPerMonth: whole("maximumPerMonth"), maximumDaysBetween: whole("maximumDaysBetween"))
            let agendas = CoachingSessionType.allCases.map { agenda($0, fields) }
            // A number that could not be read stands in as 0; its own range problem is left out.
            if !problems.errors.isEmpty {
                for problem in CoachingStore.settingsProblems(policy, agendas: agendas) where !problems.failed(problem.field) {
                    problems.append(problem)
                }
            }
            try problems.throwIfAny()
            try await request.coaching.saveSettings(policy, agendas: agendas, actor: try request.signedIn.person.id, at: request.now)
            return try await page(request, notice: Localizer(request.language)(.settingsCoachingSaved))
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await page(request, values: fields, errors: errors.map(onPage))
        }
    }

    /// An agenda from its three text boxes: line n of each language is item n.
    static func agenda(_ type: CoachingSessionType, _ fields: [String: String]) -> AgendaTemplate {
        func lines(_ code: String) -> [String] {
            var lines = (fields[CoachingSettingsPage.agendaField(type, code)] ?? "")
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
        let (english, swedish, norwegian) = (lines("en"), lines("sv"), lines("nb"))
        func line(_ lines: [String], _ index: Int) -> String? { index < lines.count && !lines[index].isEmpty ? lines[index] : nil }
        let count = max(english.count, swedish.count, norwegian.count)
        return AgendaTemplate(type: type, items: (0..<count).map {
            LocalizedText(english: line(english, $0), swedish: line(swedish, $0), norwegianBokmal: line(norwegian, $0))
        })
    }

    /// `agenda.skill.items[2].sv` (the store's name) is the box `agenda-skill-sv`; a problem
    /// with the whole list is the English box's.
    static func onPage(_ error: FieldError) -> FieldError {
        var error = error
        guard let rest = error.field.dropping(prefix: "agenda.") else { return error }
        let parts = rest.split(separator: ".").map(String.init)
        guard let type = parts.first else { return error }
        let language = parts.count >= 3 ? parts[2] : "en"
        error.field = "agenda-\(type)-\(language)"
        return error
    }
}
