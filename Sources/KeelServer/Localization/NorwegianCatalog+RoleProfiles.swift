extension NorwegianCatalog {
    /// The role profile pages' texts (SPEC §1), in the glossary's words.
    static let roleProfileTexts: [TextKey: String] = [
        .roleProfilesTitle: "Rolleprofiler",
        .roleProfilesIntro: "Hva hver rolle forventes å mestre: hvilke kompetanser som gjelder, målnivået på rammeverkets skala og hvor mye hver kompetanse teller i samsvaret med rollen. En profil for ett marked går foran rollens profil for alle markeder.",
        .roleProfilesShow: "Vis",
        .roleProfilesNoFramework: "Ingen kompetanserammeverk er publisert ennå; rolleprofiler settes på et publisert rammeverk.",
        .roleProfilesNone: "Rammeverket har ingen rolleprofiler ennå.",
        .roleProfilesAllMarkets: "Alle markeder",
        .columnCompetencies: "Kompetanser",
        .roleProfileEdit: "Rediger",
        .roleProfileNewTitle: "Ny rolleprofil",
        .roleProfileNewIntro: "For en selgende rolle, i alle markeder eller i ett marked. Har rollen allerede en profil i markedet, åpnes den i stedet.",
        .roleProfileNewSubmit: "Opprett profilen",
        .roleProfilesBack: "← Rolleprofiler",
        .roleProfileTitle: "Rolleprofil: {role} — {market}",
        .roleProfileMeta: "{framework} · versjon {version} · skala {scale}",
        .roleProfileEditIntro: "Kryss av kompetansene som gjelder for rollen. Velg for hver målnivået — det en som mestrer rollen fullt ut viser — og en vekt: bare forholdet mellom vektene betyr noe.",
        .roleProfileNotStored: "Rollen har ingen profil i dette markedet ennå; når du lagrer, opprettes den.",
        .columnApplies: "Gjelder",
        .columnTargetLevel: "Målnivå",
        .columnWeight: "Vekt",
        .roleProfileAtTarget: "Slik ser målnivået ut",
        .roleProfileSave: "Lagre rolleprofilen",
        .roleProfileSaved: "Rolleprofilen er lagret. Resultatene til dem den gjelder, bruker nå målnivåene.",
        .roleProfileAppliesTo: "Den som har rollen, vurderes på disse {count} kompetansene, mot målnivåene nedenfor.",
    ]
}
