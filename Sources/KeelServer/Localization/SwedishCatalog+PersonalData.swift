extension SwedishCatalog {
    /// Erasing a person and the retention of personal data, in Swedish.
    static let personalDataTexts: [TextKey: String] = [
        .erasureLink: "Radera personuppgifter…",
        .erasureTitle: "Radera {name}",
        .erasureIntro: "Detta raderar personuppgifterna för {name} för gott (GDPR artikel 17). Det går inte att ångra.",
        .erasureWillName: "Namn och e-post blir ”{pseudonym}”, och personen kan inte längre logga in.",
        .erasureWillTexts: "Underlag för bedömningar, kommentarer till resultat, anteckningar om uppskjutningar, coachinganteckningar och nästa steg som personen skrivit eller som handlar om personen töms; där någon annans text nämner personen ersätts namnet med pseudonymen.",
        .erasureWillAccess: "Personens webbsessioner, API-nycklar och kalenderlänk tas bort.",
        .erasureWillAudit: "Händelser i granskningsloggen om personen förlorar sina värden; loggen registrerar raderingen och vem som gjorde den, utan de raderade värdena.",
        .erasureKeeps: "Bedömningarnas nivåer, aktiviteter, affärer och teamens siffror finns kvar, så andras resultat ändras inte.",
        .erasureConfirmLabel: "Skriv personens e-post, {email}, för att bekräfta",
        .erasureSubmit: "Radera för gott",
        .erasureCancel: "Avbryt",
        .erasureDone: "Personuppgifterna raderades; personen heter nu {pseudonym}.",
        .erasureErasedBadge: "Raderad",
        .navRetention: "Gallring",
        .retentionTitle: "Gallring av personuppgifter",
        .retentionIntro: "Hur länge Keel sparar personuppgifter. Keel tillämpar tiderna varje timme; siffror som bedömningarnas nivåer och aktiviteter sparas alltid.",
        .retentionTextYears: "Töm fritexter äldre än (år)",
        .retentionTextHint: "Underlag för bedömningar, kommentarer till resultat, anteckningar om uppskjutningar, coachinganteckningar och nästa steg. Lämna tomt för att spara dem.",
        .retentionLeaverYears: "Radera personer som slutade för mer än (år) sedan",
        .retentionLeaverHint: "Räknat från när personen inaktiverades. Lämna tomt för att spara dem.",
        .retentionSave: "Spara",
        .retentionSaved: "Sparat. Keel tillämpar tiderna varje timme.",
        .retentionApplyNow: "Tillämpa nu",
        .retentionApplied: "Tillämpat: {people} personer raderade, {texts} texter tömda.",
    ]
}
