extension SwedishCatalog {
    /// The framework editor's texts (SPEC §1), in the glossary's words. Text between backticks
    /// is a word of the file format and is shown as code.
    static let frameworkEditingTexts: [TextKey: String] = [
        .frameworkNewDraft: "Skapa ett nytt utkast från den här versionen",
        .frameworkNewDraftNote: "Utkastet blir nästa version: en kopia av den här att redigera och sedan publicera. Den här versionen förblir som den är.",
        .frameworkOpenVersion: "Öppna version {version} ({status})",
        .frameworkEdit: "Redigera",
        .frameworkEditTitle: "Redigera {name} — version {version} (utkast)",
        .frameworkEditBack: "← Version {version}",
        .frameworkEditIntro: "Utkastet som en ramverksfil i YAML. Ändra texten och spara: hela filen kontrolleras, och inget sparas förrän den är fri från problem. Publicerade versioner påverkas inte.",
        .frameworkEditFormat: "Först kommer `format: 1`, `key` och `name`, sedan `scale` och `areas`. Varje kompetensområde har `key`, `name` och sina `competencies`; varje kompetens har `key` (unik i hela ramverket), `name`, en valfri `description` och sina `levels`. Varje text har `en` (obligatorisk), `sv` och `nb`. Indraget spelar roll: två blanksteg per steg.",
        .frameworkEditScale: "Skala {scale}: varje kompetens beskriver varje nivå från 1 till {max} exakt en gång, med `level`, `behavior` — hur nivån ser ut i praktiken — och, där de hjälper, exempel på effektiv (`effective`) och ineffektiv (`ineffective`) användning. Ett annat `max` under `scale`, från 3 till 10, ändrar skalan.",
        .frameworkEditKeys: "Behåll nyckeln `{key}`: den namnger ramverket. Kompetensområden och kompetenser som behåller sina nycklar behåller sin historik, sina rollprofiler och bedömningar; en ny nyckel är en ny kompetens.",
        .frameworkEditLabel: "Ramverksfil (YAML)",
        .frameworkEditSave: "Spara utkastet",
        .frameworkEditRefused: "Utkastet sparades inte:",
        .frameworkDraftCreated: "Version {version} är ett nytt utkast, en kopia av versionen före. Redigera det här och publicera det sedan.",
        .frameworkDraftSaved: "Utkastet är sparat. Publicera det när det är klart; till dess används den publicerade versionen i bedömningarna.",
    ]
}
