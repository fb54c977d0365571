extension EnglishCatalog {
    /// The framework editor's texts (SPEC §1), in the glossary's words. Text between backticks
    /// is a word of the file format and is shown as code.
    static let frameworkEditingTexts: [TextKey: String] = [
        .frameworkNewDraft: "Make a new draft from this version",
        .frameworkNewDraftNote: "The draft is the next version: a copy of this one to edit and then publish. This version stays as it is.",
        .frameworkOpenVersion: "Open version {version} ({status})",
        .frameworkEdit: "Edit",
        .frameworkEditTitle: "Edit {name} — version {version} (draft)",
        .frameworkEditBack: "← Version {version}",
        .frameworkEditIntro: "The draft as a YAML framework file. Change the text and save: the whole file is checked, and nothing is saved until it has no problems. Published versions are not affected.",
        .frameworkEditFormat: "`format: 1`, `key` and `name` come first, then `scale` and `areas`. Each area has a `key`, a `name` and its `competencies`; each competency a `key` (unique in the whole framework), a `name`, an optional `description` and its `levels`. Every text has `en` (required), `sv` and `nb`. Indentation matters: two spaces per step.",
        .frameworkEditScale: "Scale {scale}: each competency describes every level from 1 to {max} exactly once, with `level`, `behavior` — what the level looks like in practice — and, where they help, examples of `effective` and `ineffective` use. Another `max` in `scale`, from 3 to 10, changes the scale.",
        .frameworkEditKeys: "Keep the key `{key}`: it names this framework. Areas and competencies that keep their keys keep their history, role profiles and ratings; a new key is a new competency.",
        .frameworkEditLabel: "Framework file (YAML)",
        .frameworkEditSave: "Save the draft",
        .frameworkEditRefused: "The draft was not saved:",
        .frameworkDraftCreated: "Version {version} is a new draft, a copy of the version before it. Edit it here, then publish it.",
        .frameworkDraftSaved: "The draft is saved. Publish it when it is ready; until then assessments keep using the published version.",
    ]
}
