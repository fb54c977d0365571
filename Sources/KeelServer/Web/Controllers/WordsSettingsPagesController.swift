import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `/settings/words`: the organization's names for its activity types, stages, job roles and
/// markets, per language — leadership's, like the other rules (``Capability/configureRules``).
enum WordsSettingsPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "settings", "words", access: .signedIn(.configureRules), use: show)
        web.on(.POST, "settings", "words", access: .signedIn(.configureRules), use: save)
    }

    static func page(_ request: Request, model: WordsSettingsPage.Model) async throws -> Response {
        Layout.response(WordsSettingsPage.render(model, context: try await PageContext.make(for: request)),
                        status: model.errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    @Sendable
    static func show(_ request: Request) async throws -> Response {
        try await page(request, model: .init(screen: try await request.organizationWords.screen()))
    }

    /// Fields `kind_i`, `code_i` and one per language (`sv_i`); a blank field gives no name, so
    /// that language reads with the fallback its placeholder shows.
    @Sendable
    static func save(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let count = min(Int(fields["count"] ?? "") ?? 0, 2_000)
        var values: [[String: String]] = []
        var drafts: [VocabularyDraft] = []
        for index in 0..<count {
            var names: [String: String] = [:]
            for language in Language.allCases {
                let typed = fields["\(language.rawValue)_\(index)"] ?? ""
                if !typed.trimmingCharacters(in: .whitespaces).isEmpty { names[language.rawValue] = typed }
            }
            values.append(names)
            drafts.append(VocabularyDraft(kind: fields["kind_\(index)"] ?? "", code: fields["code_\(index)"] ?? "", names: names))
        }
        let words = try request.organizationWords
        do {
            try await words.replace(with: try OrganizationVocabulary.validated(drafts), by: try request.signedIn.person.id, at: request.now)
            return try await page(request, model: .init(screen: try await words.screen(), notice: Localizer(request.language)(.wordsSaved)))
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await page(request, model: .init(screen: try await words.screen(), values: values, errors: errors))
        }
    }
}

extension Request {
    var organizationWords: OrganizationWords {
        get throws { OrganizationWords(database: db, organizationID: try signedIn.person.organizationID) }
    }
}
