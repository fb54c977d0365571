import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `GET`/`PUT /api/v1/settings/words`: the organization's words, as the settings page shows and
/// checks them. Everyone reads them (every page shows them); leadership changes them, audited
/// by ``OrganizationWords``.
enum WordsSettingsAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "settings", "words", access: .signedIn(.readOwnRecords), use: words)
        api.on(.PUT, "settings", "words", access: .signedIn(.configureRules), use: saveWords)
    }

    @Sendable
    static func words(_ request: Request) async throws -> VocabularyResource {
        VocabularyResource(try await request.organizationWords.screen())
    }

    @Sendable
    static func saveWords(_ request: Request) async throws -> VocabularyResource {
        let body = try request.content.decode(VocabularyRequest.self)
        let vocabulary = try OrganizationVocabulary.validated(body.words.map { VocabularyDraft(kind: $0.kind, code: $0.code, names: $0.names) })
        let words = try request.organizationWords
        try await words.replace(with: vocabulary, by: try request.signedIn.person.id, at: request.now)
        return VocabularyResource(try await words.screen())
    }
}

/// The words screen: each code the organization uses with its own names and what a language
/// without one reads as.
struct VocabularyResource: Content, Equatable {
    struct Word: Content, Equatable {
        var kind: String
        var code: String
        var names: [String: String]
        var fallback: [String: String]
    }

    var words: [Word]

    init(_ screen: VocabularyScreen) {
        words = screen.rows.map { row in
            Word(kind: row.kind.rawValue, code: row.code,
                 names: row.given.byLanguageTag,
                 fallback: row.fallback.byLanguageTag)
        }
    }
}

/// The whole vocabulary, replacing the stored one; a code left out reads with Keel's defaults.
struct VocabularyRequest: Content {
    struct Word: Content {
        var kind: String
        var code: String
        var names: [String: String]
    }

    var words: [Word]
}
