extension SwedishCatalog {
    /// Setting passwords, a person's change history and who imported what, in Swedish.
    static let accountTexts: [TextKey: String] = [
        .passwordSetLink: "Sätt ett nytt lösenord",
        .passwordChangeLink: "Byt ditt lösenord",
        .passwordResetTitle: "Nytt lösenord för {name}",
        .passwordChangeTitle: "Byt ditt lösenord",
        .passwordResetIntro: "Ge {name} ett nytt lösenord, till exempel när hen har glömt sitt. När du sparar loggas hen ut överallt: webbläsarsessionerna avslutas och API-nycklarna slutar fungera. Berätta det nya lösenordet personligen eller per telefon och be hen byta det efter inloggningen.",
        .passwordChangeIntro: "Skriv lösenordet du loggar in med i dag och sedan det nya två gånger. Du förblir inloggad här; dina andra webbläsarsessioner och API-nycklar loggas ut.",
        .passwordCurrent: "Nuvarande lösenord",
        .passwordNew: "Nytt lösenord",
        .passwordConfirm: "Nytt lösenord igen",
        .passwordHint: "12 till 128 tecken. Några orelaterade ord är lättare att minnas än en kort kod.",
        .passwordSave: "Spara det nya lösenordet",
        .passwordChangedNotice: "Ditt nya lösenord är sparat. Dina andra sessioner och API-nycklar loggades ut.",
        .passwordResetNotice: "Det nya lösenordet är sparat och {name} loggades ut överallt. Berätta lösenordet personligen eller per telefon.",
        .historyIntro: "Vem som ändrade personens uppgifter, när, och varje värde från → till.",
        .historyBy: "av {name}",
        .historyByNobody: "via kommandoraden",
        .historyMore: "De senaste {shown} av {total} ändringar. Se alla i granskningsloggen.",
        .auditDeletedTeam: "ett team som inte längre finns",
        .auditDeletedMarket: "en marknad som inte längre finns",
        .auditDeletedPerson: "en person som inte längre finns",
        .importImportedBy: "Importerad av",
        .importImportedAt: "Importerad",
        .importByCommandLine: "Kommandoraden",
        .importByFormerPerson: "Någon som inte längre finns i Keel",
    ]
}
