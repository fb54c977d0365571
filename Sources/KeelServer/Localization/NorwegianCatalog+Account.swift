extension NorwegianCatalog {
    /// Setting passwords, a person's change history and who imported what, in Norwegian (bokmål).
    static let accountTexts: [TextKey: String] = [
        .passwordSetLink: "Sett et nytt passord",
        .passwordChangeLink: "Bytt passordet ditt",
        .passwordResetTitle: "Nytt passord for {name}",
        .passwordChangeTitle: "Bytt passordet ditt",
        .passwordResetIntro: "Gi {name} et nytt passord, for eksempel når vedkommende har glemt sitt. Når du lagrer, logges vedkommende ut overalt: nettleserøktene avsluttes og API-nøklene slutter å virke. Fortell det nye passordet personlig eller på telefon, og be vedkommende bytte det etter innlogging.",
        .passwordChangeIntro: "Skriv passordet du logger inn med i dag, og deretter det nye to ganger. Du forblir innlogget her; de andre nettleserøktene og API-nøklene dine logges ut.",
        .passwordCurrent: "Nåværende passord",
        .passwordNew: "Nytt passord",
        .passwordConfirm: "Nytt passord igjen",
        .passwordHint: "12 til 128 tegn. Noen ord uten sammenheng er lettere å huske enn en kort kode.",
        .passwordSave: "Lagre det nye passordet",
        .passwordChangedNotice: "Det nye passordet ditt er lagret. De andre øktene og API-nøklene dine ble logget ut.",
        .passwordResetNotice: "Det nye passordet er lagret, og {name} ble logget ut overalt. Fortell passordet personlig eller på telefon.",
        .historyIntro: "Hvem som endret personens opplysninger, når, og hver verdi fra → til.",
        .historyBy: "av {name}",
        .historyByNobody: "via kommandolinjen",
        .historyMore: "De siste {shown} av {total} endringer. Se alle i revisjonsloggen.",
        .auditDeletedTeam: "et team som ikke lenger finnes",
        .auditDeletedMarket: "et marked som ikke lenger finnes",
        .auditDeletedPerson: "en person som ikke lenger finnes",
        .importImportedBy: "Importert av",
        .importImportedAt: "Importert",
        .importByCommandLine: "Kommandolinjen",
        .importByFormerPerson: "Noen som ikke lenger finnes i Keel",
    ]
}
