extension NorwegianCatalog {
    /// Erasing a person and the retention of personal data, in Norwegian Bokmål.
    static let personalDataTexts: [TextKey: String] = [
        .erasureLink: "Slett personopplysninger…",
        .erasureTitle: "Slett {name}",
        .erasureIntro: "Dette sletter personopplysningene til {name} for godt (GDPR artikkel 17). Det kan ikke angres.",
        .erasureWillName: "Navn og e-post blir «{pseudonym}», og personen kan ikke lenger logge inn.",
        .erasureWillTexts: "Begrunnelser for vurderinger, kommentarer til resultater, notater om utsettelser, coachingnotater og neste steg som personen skrev eller som handler om personen, tømmes; der noen andres tekst nevner personen, erstattes navnet med pseudonymet.",
        .erasureWillAccess: "Personens nettøkter, API-nøkler og kalenderlenke fjernes.",
        .erasureWillAudit: "Hendelser i revisjonsloggen om personen mister verdiene sine; loggen registrerer slettingen og hvem som gjorde den, uten de slettede verdiene.",
        .erasureKeeps: "Vurderingenes nivåer, aktiviteter, avtaler og teamenes tall blir stående, så andres resultater endres ikke.",
        .erasureConfirmLabel: "Skriv personens e-post, {email}, for å bekrefte",
        .erasureSubmit: "Slett for godt",
        .erasureCancel: "Avbryt",
        .erasureDone: "Personopplysningene ble slettet; personen heter nå {pseudonym}.",
        .erasureErasedBadge: "Slettet",
        .navRetention: "Lagringstid",
        .retentionTitle: "Lagringstid for personopplysninger",
        .retentionIntro: "Hvor lenge Keel beholder personopplysninger. Keel bruker periodene hver time; tall som vurderingenes nivåer og aktiviteter beholdes alltid.",
        .retentionTextYears: "Tøm fritekster eldre enn (år)",
        .retentionTextHint: "Begrunnelser for vurderinger, kommentarer til resultater, notater om utsettelser, coachingnotater og neste steg. La stå tomt for å beholde dem.",
        .retentionLeaverYears: "Slett personer som sluttet for mer enn (år) siden",
        .retentionLeaverHint: "Regnet fra da personen ble deaktivert. La stå tomt for å beholde dem.",
        .retentionSave: "Lagre",
        .retentionSaved: "Lagret. Keel bruker periodene hver time.",
        .retentionApplyNow: "Bruk nå",
        .retentionApplied: "Utført: {people} personer slettet, {texts} tekster tømt.",
    ]
}
