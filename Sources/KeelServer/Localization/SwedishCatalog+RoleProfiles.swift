extension SwedishCatalog {
    /// The role profile pages' texts (SPEC §1), in the glossary's words.
    static let roleProfileTexts: [TextKey: String] = [
        .roleProfilesTitle: "Rollprofiler",
        .roleProfilesIntro: "Vad varje roll förväntas behärska: vilka kompetenser som gäller, målnivån på ramverkets skala och hur mycket varje kompetens väger i matchningen mot rollen. En profil för en enskild marknad går före rollens profil för alla marknader.",
        .roleProfilesShow: "Visa",
        .roleProfilesNoFramework: "Inget kompetensramverk är publicerat än; rollprofiler sätts på ett publicerat ramverk.",
        .roleProfilesNone: "Ramverket har inga rollprofiler än.",
        .roleProfilesAllMarkets: "Alla marknader",
        .columnCompetencies: "Kompetenser",
        .roleProfileEdit: "Redigera",
        .roleProfileNewTitle: "Ny rollprofil",
        .roleProfileNewIntro: "För en säljande roll, på alla marknader eller på en enda marknad. Har rollen redan en profil på marknaden öppnas den i stället.",
        .roleProfileNewSubmit: "Skapa profilen",
        .roleProfilesBack: "← Rollprofiler",
        .roleProfileTitle: "Rollprofil: {role} — {market}",
        .roleProfileMeta: "{framework} · version {version} · skala {scale}",
        .roleProfileEditIntro: "Kryssa i de kompetenser som gäller för rollen. Välj för var och en målnivån — det som den som fullt behärskar rollen visar — och en vikt: bara förhållandet mellan vikterna spelar roll.",
        .roleProfileNotStored: "Rollen har ingen profil på den här marknaden än; när du sparar skapas den.",
        .columnApplies: "Gäller",
        .columnTargetLevel: "Målnivå",
        .columnWeight: "Vikt",
        .roleProfileAtTarget: "Så ser målnivån ut",
        .roleProfileSave: "Spara rollprofilen",
        .roleProfileSaved: "Rollprofilen är sparad. Resultaten för dem den gäller använder nu dess målnivåer.",
        .roleProfileAppliesTo: "Den som har rollen bedöms på de här {count} kompetenserna, mot målnivåerna nedan.",
    ]
}
