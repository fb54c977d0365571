import SalesDomain

/// An audit event's fields and values as a reader understands them: fields in their language,
/// ids as the names of today's teams, markets and people (``AuditNames``), roles and flags in
/// their language. A field or value this release does not know reads as stored.
extension Localizer {
    func auditField(_ field: String) -> String {
        if let key = AuditWords.fieldKeys[field] { return self(key) }
        return AuditWords.fields[field].map { pick($0) } ?? field
    }

    func auditValue(_ value: String, field: String, names: AuditNames) -> String {
        if let reference = AuditNames.reference(of: field) {
            let ids = AuditNames.ids(in: value)
            guard !ids.isEmpty else { return value }
            return ids.map { id in
                switch reference {
                case .team: names.teams[.init(id)] ?? self(.auditDeletedTeam)
                case .market: names.markets[.init(id)].map(market) ?? self(.auditDeletedMarket)
                case .person: names.people[.init(id)] ?? self(.auditDeletedPerson)
                }
            }.joined(separator: ", ")
        }
        switch field {
        case "jobRole": return JobRole(rawValue: value).map(name(of:)) ?? value
        case "accessRole": return AccessRole(rawValue: value).map(name(of:)) ?? value
        case "active": return value == "true" ? self(.personActive) : value == "false" ? self(.personDeactivated) : value
        case "kind": return AuditKind(rawValue: value).map(name(of:)) ?? value
        case "verdict": return ReviewVerdict(rawValue: value).map { TeamPage.verdictName($0, text: self) } ?? value
        default: return AuditWords.values[value].map { pick($0) } ?? value
        }
    }
}

enum AuditWords {
    /// Fields the person and team forms already name.
    static let fieldKeys: [String: TextKey] = [
        "name": .formName, "email": .personEmail, "jobRole": .personJobRole, "accessRole": .personAccessRole,
        "teamID": .personTeam, "marketID": .personMarket, "leaderMarketIDs": .personLeaderMarkets, "parentID": .formParentTeam,
        "active": .personStatus,
    ]

    static let fields: [String: DomainWords.Words] = [
        "channel": .init(english: "Channel", swedish: "Kanal", norwegian: "Kanal"),
        "address": .init(english: "Network address", swedish: "Nätverksadress", norwegian: "Nettverksadresse"),
        "sessionsEnded": .init(english: "Browser sessions ended", swedish: "Avslutade webbläsarsessioner", norwegian: "Avsluttede nettleserøkter"),
        "tokensRevoked": .init(english: "API tokens revoked", swedish: "Återkallade API-nycklar", norwegian: "Tilbakekalte API-nøkler"),
        "label": .init(english: "Label", swedish: "Etikett", norwegian: "Etikett"),
        "expiresAt": .init(english: "Expires", swedish: "Går ut", norwegian: "Utløper"),
        "format": .init(english: "Format", swedish: "Format", norwegian: "Format"),
        "rows": .init(english: "Rows", swedish: "Rader", norwegian: "Rader"),
        "kind": .init(english: "Kind", swedish: "Typ", norwegian: "Type"),
        "person": .init(english: "Person", swedish: "Person", norwegian: "Person"),
        "actor": .init(english: "Done by", swedish: "Utfört av", norwegian: "Utført av"),
        "from": .init(english: "From", swedish: "Från", norwegian: "Fra"),
        "before": .init(english: "Before", swedish: "Före", norwegian: "Før"),
        "offset": .init(english: "Skipped", swedish: "Hoppade över", norwegian: "Hoppet over"),
        "reason": .init(english: "Reason", swedish: "Orsak", norwegian: "Årsak"),
        "reader": .init(english: "Reader", swedish: "Läsare", norwegian: "Leser"),
        "personID": .init(english: "Person", swedish: "Person", norwegian: "Person"),
        "sellerID": .init(english: "Seller", swedish: "Säljare", norwegian: "Selger"),
        "ownerID": .init(english: "Owner", swedish: "Ägare", norwegian: "Eier"),
        "raterID": .init(english: "Rater", swedish: "Bedömare", norwegian: "Vurderer"),
        "rateeID": .init(english: "Assessed person", swedish: "Bedömd person", norwegian: "Vurdert person"),
        "plannedDate": .init(english: "Planned date", swedish: "Planerat datum", norwegian: "Planlagt dato"),
        "doneDate": .init(english: "Done date", swedish: "Utfört datum", norwegian: "Utført dato"),
        "verdict": .init(english: "Verdict", swedish: "Bedömning", norwegian: "Vurdering"),
        "file": .init(english: "File", swedish: "Fil", norwegian: "Fil"),
        "mapping": .init(english: "Column mapping", swedish: "Kolumnmappning", norwegian: "Kolonnetilordning"),
        "enabled": .init(english: "On", swedish: "På", norwegian: "På"),
        "added": .init(english: "Added", swedish: "Tillagda", norwegian: "Lagt til"),
        "removed": .init(english: "Removed", swedish: "Borttagna", norwegian: "Fjernet"),
        "aimLevel": .init(english: "Level aimed at", swedish: "Målnivå", norwegian: "Målnivå"),
        "archivedAt": .init(english: "Archived", swedish: "Arkiverad", norwegian: "Arkivert"),
        "asOf": .init(english: "As of", swedish: "Per", norwegian: "Per"),
        "carriedOver": .init(english: "Carried over", swedish: "Överförda", norwegian: "Overført"),
        "code": .init(english: "Code", swedish: "Kod", norwegian: "Kode"),
        "competency": .init(english: "Competency", swedish: "Kompetens", norwegian: "Kompetanse"),
        "competencyID": .init(english: "Competency", swedish: "Kompetens", norwegian: "Kompetanse"),
        "competencies": .init(english: "Competencies", swedish: "Kompetenser", norwegian: "Kompetanser"),
        "content": .init(english: "Content", swedish: "Innehåll", norwegian: "Innhold"),
        "count": .init(english: "Count", swedish: "Antal", norwegian: "Antall"),
        "cycleID": .init(english: "Assessment cycle", swedish: "Bedömningsomgång", norwegian: "Vurderingsrunde"),
        "dealID": .init(english: "Deal", swedish: "Affär", norwegian: "Avtale"),
        "due": .init(english: "Due", swedish: "Förfaller", norwegian: "Forfaller"),
        "durationMinutes": .init(english: "Minutes", swedish: "Minuter", norwegian: "Minutter"),
        "entries": .init(english: "Entries", swedish: "Poster", norwegian: "Oppføringer"),
        "entry": .init(english: "Entry", swedish: "Post", norwegian: "Oppføring"),
        "focus": .init(english: "Focus", swedish: "Fokus", norwegian: "Fokus"),
        "frameworkID": .init(english: "Framework", swedish: "Ramverk", norwegian: "Rammeverk"),
        "goalID": .init(english: "Goal", swedish: "Mål", norwegian: "Mål"),
        "goalTitle": .init(english: "Goal", swedish: "Mål", norwegian: "Mål"),
        "inserted": .init(english: "Added", swedish: "Tillagda", norwegian: "Lagt til"),
        "item": .init(english: "Item", swedish: "Övning", norwegian: "Øvelse"),
        "items": .init(english: "Items", swedish: "Övningar", norwegian: "Øvelser"),
        "key": .init(english: "Key", swedish: "Nyckel", norwegian: "Nøkkel"),
        "latestValue": .init(english: "Latest value", swedish: "Senaste värde", norwegian: "Siste verdi"),
        "level": .init(english: "Level", swedish: "Nivå", norwegian: "Nivå"),
        "link": .init(english: "Linked to", swedish: "Kopplad till", norwegian: "Koblet til"),
        "maximum": .init(english: "Maximum", swedish: "Högst", norwegian: "Høyst"),
        "measure": .init(english: "Measure", swedish: "Mått", norwegian: "Mål"),
        "minutes": .init(english: "Minutes", swedish: "Minuter", norwegian: "Minutter"),
        "notes": .init(english: "Notes", swedish: "Anteckningar", norwegian: "Notater"),
        "observer": .init(english: "Observer", swedish: "Observatör", norwegian: "Observatør"),
        "observerComment": .init(english: "Observer's comment", swedish: "Observatörens kommentar", norwegian: "Observatørens kommentar"),
        "owner": .init(english: "Owner", swedish: "Ägare", norwegian: "Eier"),
        "pipeline": .init(english: "Pipeline", swedish: "Pipeline", norwegian: "Pipeline"),
        "privateNotes": .init(english: "Private notes", swedish: "Privata anteckningar", norwegian: "Private notater"),
        "publishedAt": .init(english: "Published", swedish: "Publicerad", norwegian: "Publisert"),
        "raters": .init(english: "Raters", swedish: "Bedömare", norwegian: "Vurderere"),
        "retired": .init(english: "Retired", swedish: "Utgått", norwegian: "Utgått"),
        "scale": .init(english: "Scale", swedish: "Skala", norwegian: "Skala"),
        "scheduledAt": .init(english: "Scheduled", swedish: "Planerad", norwegian: "Planlagt"),
        "selfScore": .init(english: "Own score", swedish: "Egen poäng", norwegian: "Egen poengsum"),
        "stages": .init(english: "Stages", swedish: "Steg", norwegian: "Trinn"),
        "start": .init(english: "Start", swedish: "Start", norwegian: "Start"),
        "status": .init(english: "Status", swedish: "Status", norwegian: "Status"),
        "suggestion": .init(english: "Suggestion", swedish: "Förslag", norwegian: "Forslag"),
        "suggestionTaken": .init(english: "Suggestion taken", swedish: "Förslaget följt", norwegian: "Forslaget fulgt"),
        "team": .init(english: "Team", swedish: "Team", norwegian: "Team"),
        "text": .init(english: "Text", swedish: "Text", norwegian: "Tekst"),
        "textsBefore": .init(english: "Texts before", swedish: "Texter före", norwegian: "Tekster før"),
        "title": .init(english: "Title", swedish: "Titel", norwegian: "Tittel"),
        "type": .init(english: "Type", swedish: "Typ", norwegian: "Type"),
        "unchanged": .init(english: "Unchanged", swedish: "Oförändrade", norwegian: "Uendret"),
        "updated": .init(english: "Updated", swedish: "Uppdaterade", norwegian: "Oppdatert"),
        "value": .init(english: "Value", swedish: "Värde", norwegian: "Verdi"),
        "version": .init(english: "Version", swedish: "Version", norwegian: "Versjon"),
        "weight": .init(english: "Weight", swedish: "Vikt", norwegian: "Vekt"),
    ]

    /// Stored values that are Keel's own words (a sign-in's channel).
    static let values: [String: DomainWords.Words] = [
        "web": .init(english: "web", swedish: "webb", norwegian: "nett"),
        "api": .init(english: "API", swedish: "API", norwegian: "API"),
    ]
}
