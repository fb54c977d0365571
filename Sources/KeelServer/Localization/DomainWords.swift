import SalesDomain

/// The words for the activity types and pipeline stages Keel's defaults and demo know, in each
/// language; an organization's own codes from its CRM read as themselves (`crm_admin` → "Crm
/// admin") until it names them.
extension Localizer {
    public func activityType(_ type: ActivityType) -> String {
        DomainWords.activityTypes[type.rawValue].map { pick($0) } ?? DomainWords.readable(type.rawValue)
    }

    public func stage(_ stage: DealStage) -> String {
        DomainWords.stages[stage.rawValue].map { pick($0) } ?? DomainWords.readable(stage.rawValue)
    }

    func pick(_ words: DomainWords.Words) -> String {
        switch language {
        case .english: words.english
        case .swedish: words.swedish
        case .norwegianBokmal: words.norwegian
        }
    }
}

enum DomainWords {
    struct Words {
        var english: String
        var swedish: String
        var norwegian: String
    }

    static func readable(_ code: String) -> String {
        let spaced = code.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    static let activityTypes: [String: Words] = [
        "meeting": Words(english: "Meeting", swedish: "Kundmöte", norwegian: "Kundemøte"),
        "call": Words(english: "Call", swedish: "Samtal", norwegian: "Samtale"),
        "email": Words(english: "E-mail", swedish: "E-post", norwegian: "E-post"),
        "demo": Words(english: "Demo", swedish: "Demo", norwegian: "Demo"),
        "proposal": Words(english: "Proposal", swedish: "Offert", norwegian: "Tilbud"),
        "prospecting": Words(english: "Prospecting", swedish: "Prospektering", norwegian: "Prospektering"),
        "follow_up": Words(english: "Follow-up", swedish: "Uppföljning", norwegian: "Oppfølging"),
        "crm_admin": Words(english: "CRM admin", swedish: "CRM-administration", norwegian: "CRM-administrasjon"),
        "quote_preparation": Words(english: "Quote preparation", swedish: "Offertarbete", norwegian: "Tilbudsarbeid"),
        "research": Words(english: "Research", swedish: "Research", norwegian: "Research"),
        "meeting_preparation": Words(english: "Meeting preparation", swedish: "Mötesförberedelse", norwegian: "Møteforberedelse"),
        "internal_meeting": Words(english: "Internal meeting", swedish: "Internt möte", norwegian: "Internt møte"),
        "training": Words(english: "Training", swedish: "Utbildning", norwegian: "Opplæring"),
        "travel_admin": Words(english: "Travel admin", swedish: "Resor och administration", norwegian: "Reiser og administrasjon"),
        "reporting": Words(english: "Reporting", swedish: "Rapportering", norwegian: "Rapportering"),
    ]

    static let stages: [String: Words] = [
        "prospecting": Words(english: "Prospecting", swedish: "Prospektering", norwegian: "Prospektering"),
        "qualification": Words(english: "Qualification", swedish: "Kvalificering", norwegian: "Kvalifisering"),
        "proposal": Words(english: "Proposal", swedish: "Offert", norwegian: "Tilbud"),
        "negotiation": Words(english: "Negotiation", swedish: "Förhandling", norwegian: "Forhandling"),
        "engaging": Words(english: "Engaging", swedish: "Dialog", norwegian: "Dialog"),
    ]
}
