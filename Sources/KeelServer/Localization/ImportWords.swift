import KeelImport

/// What an import holds and the built-in mappings' descriptions, in each language; a custom
/// mapping's description is its author's words and reads as written.
extension Localizer {
    public func importKind(_ kind: ImportKind) -> String {
        ImportWords.kinds[kind].map { pick($0) } ?? kind.rawValue
    }

    public func mappingDescription(_ mapping: ColumnMapping) -> String {
        ImportWords.builtInDescriptions[mapping.name].map { pick($0) } ?? mapping.description ?? importKind(mapping.kind)
    }
}

enum ImportWords {
    static let kinds: [ImportKind: DomainWords.Words] = [
        .deals: .init(english: "deals", swedish: "affärer", norwegian: "avtaler"),
        .activities: .init(english: "activities", swedish: "aktiviteter", norwegian: "aktiviteter"),
        .people: .init(english: "people", swedish: "personer", norwegian: "personer"),
        .accounts: .init(english: "accounts", swedish: "kunder", norwegian: "kunder"),
        .products: .init(english: "products", swedish: "produkter", norwegian: "produkter"),
    ]

    static let builtInDescriptions: [String: DomainWords.Words] = [
        "maven-crm-deals": sample("sales_pipeline.csv"),
        "maven-crm-people": sample("sales_teams.csv"),
        "maven-crm-accounts": sample("accounts.csv"),
        "maven-crm-products": sample("products.csv"),
        "salesforce-opportunities": .init(
            english: "Salesforce opportunities report, exported as CSV (details only)",
            swedish: "Salesforce-rapport över affärsmöjligheter, exporterad som CSV (endast detaljer)",
            norwegian: "Salesforce-rapport over salgsmuligheter, eksportert som CSV (kun detaljer)"),
        "salesforce-activities": .init(
            english: "Salesforce activities report, exported as CSV (details only)",
            swedish: "Salesforce-rapport över aktiviteter, exporterad som CSV (endast detaljer)",
            norwegian: "Salesforce-rapport over aktiviteter, eksportert som CSV (kun detaljer)"),
        "hubspot-deals": .init(
            english: "HubSpot deals export (all properties or the default view)",
            swedish: "HubSpot-export av affärer (alla egenskaper eller standardvyn)",
            norwegian: "HubSpot-eksport av avtaler (alle egenskaper eller standardvisningen)"),
        "hubspot-engagements": .init(
            english: "HubSpot activities (calls, meetings, tasks) export",
            swedish: "HubSpot-export av aktiviteter (samtal, möten, uppgifter)",
            norwegian: "HubSpot-eksport av aktiviteter (samtaler, møter, oppgaver)"),
        "pipedrive-deals": .init(
            english: "Pipedrive deals export (Deal - … columns)",
            swedish: "Pipedrive-export av affärer (kolumner Deal - …)",
            norwegian: "Pipedrive-eksport av avtaler (kolonner Deal - …)"),
        "pipedrive-activities": .init(
            english: "Pipedrive activities export (Activity - … columns)",
            swedish: "Pipedrive-export av aktiviteter (kolumner Activity - …)",
            norwegian: "Pipedrive-eksport av aktiviteter (kolonner Activity - …)"),
    ]

    private static func sample(_ file: String) -> DomainWords.Words {
        .init(english: "\(file) of the CRM Sales Opportunities sample",
              swedish: "\(file) i exempeldata CRM Sales Opportunities",
              norwegian: "\(file) i eksempeldataene CRM Sales Opportunities")
    }
}
