extension NorwegianCatalog {
    /// The framework editor's texts (SPEC §1), in the glossary's words. Text between backticks
    /// is a word of the file format and is shown as code.
    static let frameworkEditingTexts: [TextKey: String] = [
        .frameworkNewDraft: "Lag et nytt utkast fra denne versjonen",
        .frameworkNewDraftNote: "Utkastet blir neste versjon: en kopi av denne som kan redigeres og deretter publiseres. Denne versjonen forblir som den er.",
        .frameworkOpenVersion: "Åpne versjon {version} ({status})",
        .frameworkEdit: "Rediger",
        .frameworkEditTitle: "Rediger {name} — versjon {version} (utkast)",
        .frameworkEditBack: "← Versjon {version}",
        .frameworkEditIntro: "Utkastet som en rammeverksfil i YAML. Endre teksten og lagre: hele filen kontrolleres, og ingenting lagres før den er uten problemer. Publiserte versjoner berøres ikke.",
        .frameworkEditFormat: "Først kommer `format: 1`, `key` og `name`, deretter `scale` og `areas`. Hvert kompetanseområde har `key`, `name` og sine `competencies`; hver kompetanse har `key` (unik i hele rammeverket), `name`, en valgfri `description` og sine `levels`. Hver tekst har `en` (påkrevd), `sv` og `nb`. Innrykket betyr noe: to mellomrom per trinn.",
        .frameworkEditScale: "Skala {scale}: hver kompetanse beskriver hvert nivå fra 1 til {max} nøyaktig én gang, med `level`, `behavior` — hvordan nivået ser ut i praksis — og, der de hjelper, eksempler på effektiv (`effective`) og ineffektiv (`ineffective`) bruk. En annen `max` under `scale`, fra 3 til 10, endrer skalaen.",
        .frameworkEditKeys: "Behold nøkkelen `{key}`: den navngir rammeverket. Kompetanseområder og kompetanser som beholder nøklene sine, beholder historikken, rolleprofilene og vurderingene sine; en ny nøkkel er en ny kompetanse.",
        .frameworkEditLabel: "Rammeverksfil (YAML)",
        .frameworkEditSave: "Lagre utkastet",
        .frameworkEditRefused: "Utkastet ble ikke lagret:",
        .frameworkDraftCreated: "Versjon {version} er et nytt utkast, en kopi av versjonen før. Rediger det her, og publiser det deretter.",
        .frameworkDraftSaved: "Utkastet er lagret. Publiser det når det er klart; inntil da brukes den publiserte versjonen i vurderingene.",
    ]
}
