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

    /// A market known here only by its stored name (an analysis scope's title): read as
    /// ``market(_:)`` reads it when the name is Keel's English name for a country, else as stored.
    public func market(named stored: String) -> String {
        let code = OrganizationVocabulary.keelDefaults[.market]?.first { $0.value[.english] == stored }?.key
        return code.map { vocabulary.name(.market, $0, in: language, stored: stored) } ?? stored
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
