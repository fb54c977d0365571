import KeelStore
import SalesDomain
import Vapor

extension Request {
    /// The reader's language with their organization's words, its vocabulary read once per
    /// request (one short primary-key range); Keel's defaults alone before sign-in.
    var localizer: Localizer {
        get async throws {
            guard let person = auth.get(SignedIn.self)?.person else { return Localizer(language) }
            if let vocabulary = storage[OrganizationVocabularyKey.self] { return Localizer(language, vocabulary: vocabulary) }
            let vocabulary = try await OrganizationWords(database: db, organizationID: person.organizationID).vocabulary()
            storage[OrganizationVocabularyKey.self] = vocabulary
            return Localizer(language, vocabulary: vocabulary)
        }
    }
}

private struct OrganizationVocabularyKey: StorageKey {
    typealias Value = OrganizationVocabulary
}
