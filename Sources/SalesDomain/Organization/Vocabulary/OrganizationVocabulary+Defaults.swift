extension OrganizationVocabulary {
    /// Keel's words for the activity types and stages its defaults, demo and CRM mappings use,
    /// the job roles of ``JobRole`` and the Nordic markets' countries, in each language. An
    /// organization's own names come first (``name(_:_:in:stored:)``).
    public static let keelDefaults: [VocabularyKind: [String: [Language: String]]] = [
        .activityType: [
            "meeting": words("Meeting", "Kundmöte", "Kundemøte"),
            "call": words("Call", "Samtal", "Samtale"),
            "email": words("E-mail", "E-post", "E-post"),
            "demo": words("Demo", "Demo", "Demo"),
            "proposal": words("Proposal", "Offert", "Tilbud"),
            "prospecting": words("Prospecting", "Prospektering", "Prospektering"),
            "follow_up": words("Follow-up", "Uppföljning", "Oppfølging"),
            "crm_admin": words("CRM admin", "CRM-administration", "CRM-administrasjon"),
            "quote_preparation": words("Quote preparation", "Offertarbete", "Tilbudsarbeid"),
            "research": words("Research", "Research", "Research"),
            "meeting_preparation": words("Meeting preparation", "Mötesförberedelse", "Møteforberedelse"),
            "internal_meeting": words("Internal meeting", "Internt möte", "Internt møte"),
            "training": words("Training", "Utbildning", "Opplæring"),
            "travel_admin": words("Travel admin", "Resor och administration", "Reiser og administrasjon"),
            "reporting": words("Reporting", "Rapportering", "Rapportering"),
        ],
        .dealStage: [
            "prospecting": words("Prospecting", "Prospektering", "Prospektering"),
            "qualification": words("Qualification", "Kvalificering", "Kvalifisering"),
            "proposal": words("Proposal", "Offert", "Tilbud"),
            "negotiation": words("Negotiation", "Förhandling", "Forhandling"),
            "engaging": words("Engaging", "Dialog", "Dialog"),
        ],
        .jobRole: [
            JobRole.salesDevelopmentRepresentative.rawValue: words("Sales development representative", "Säljutvecklare (SDR)", "Salgsutvikler (SDR)"),
            JobRole.insideSales.rawValue: words("Inside sales", "Innesäljare", "Innesalg"),
            JobRole.accountExecutive.rawValue: words("Account executive", "Kundansvarig säljare", "Kundeansvarlig selger"),
            JobRole.keyAccountManager.rawValue: words("Key account manager", "Nyckelkundsansvarig (KAM)", "Nøkkelkundeansvarlig (KAM)"),
            JobRole.salesManager.rawValue: words("Sales manager", "Säljchef", "Salgssjef"),
            JobRole.headOfSales.rawValue: words("Head of sales", "Försäljningsdirektör", "Salgsdirektør"),
            JobRole.salesOperations.rawValue: words("Sales operations", "Säljstöd (sales operations)", "Salgsstøtte (sales operations)"),
        ],
        .market: [
            "SE": words("Sweden", "Sverige", "Sverige"),
            "NO": words("Norway", "Norge", "Norge"),
            "DK": words("Denmark", "Danmark", "Danmark"),
            "FI": words("Finland", "Finland", "Finland"),
            "IS": words("Iceland", "Island", "Island"),
            "EE": words("Estonia", "Estland", "Estland"),
            "LV": words("Latvia", "Lettland", "Latvia"),
            "LT": words("Lithuania", "Litauen", "Litauen"),
            "DE": words("Germany", "Tyskland", "Tyskland"),
            "GB": words("United Kingdom", "Storbritannien", "Storbritannia"),
        ],
    ]

    private static func words(_ english: String, _ swedish: String, _ norwegian: String) -> [Language: String] {
        [.english: english, .swedish: swedish, .norwegianBokmal: norwegian]
    }
}
