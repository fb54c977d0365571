import SalesDomain

/// The organization's words for what its CRM and directory name, in the reader's language, as
/// ``OrganizationVocabulary/name(_:_:in:stored:)`` decides: its own names first, then Keel's
/// translated defaults, then its code made readable (`crm_admin` → "Crm admin").
extension Localizer {
    public func activityType(_ type: ActivityType) -> String {
        vocabulary.name(.activityType, type.rawValue, in: language)
    }

    public func stage(_ stage: DealStage) -> String {
        vocabulary.name(.dealStage, stage.rawValue, in: language)
    }

    public func name(of role: JobRole) -> String {
        vocabulary.name(.jobRole, role.rawValue, in: language)
    }

    /// A market by its country code, its stored name kept when the organization typed its own.
    public func market(_ market: Market) -> String {
        vocabulary.name(.market, market.code, in: language, stored: market.name)
    }

    func pick(_ words: DomainWords.Words) -> String {
        switch language {
        case .english: words.english
        case .swedish: words.swedish
        case .norwegianBokmal: words.norwegian
        }
    }
}

/// Keel's own texts in the three languages where they are not catalog keys (import kinds and
/// sample files).
enum DomainWords {
    struct Words {
        var english: String
        var swedish: String
        var norwegian: String
    }
}
