extension EnglishCatalog {
    /// The role profile pages' texts (SPEC §1), in the glossary's words.
    static let roleProfileTexts: [TextKey: String] = [
        .roleProfilesTitle: "Role profiles",
        .roleProfilesIntro: "What each role is expected to master: the competencies that apply, the target level on the framework's scale, and how much each counts in the role's fit. A profile for one market takes precedence over the role's profile for all markets.",
        .roleProfilesShow: "Show",
        .roleProfilesNoFramework: "No competency framework is published yet; role profiles are set on a published framework.",
        .roleProfilesNone: "This framework has no role profiles yet.",
        .roleProfilesAllMarkets: "All markets",
        .columnCompetencies: "Competencies",
        .roleProfileEdit: "Edit",
        .roleProfileNewTitle: "New role profile",
        .roleProfileNewIntro: "For a selling role, in all markets or in one market only. A role and market that already have a profile open that profile instead.",
        .roleProfileNewSubmit: "Set up the profile",
        .roleProfilesBack: "← Role profiles",
        .roleProfileTitle: "Role profile: {role} — {market}",
        .roleProfileMeta: "{framework} · version {version} · scale {scale}",
        .roleProfileEditIntro: "Tick the competencies that apply to the role. For each, choose the target level — what a fully proficient holder of the role shows — and a weight: only the ratio between the weights matters.",
        .roleProfileNotStored: "This role has no profile in this market yet; saving creates it.",
        .columnApplies: "Applies",
        .columnTargetLevel: "Target level",
        .columnWeight: "Weight",
        .roleProfileAtTarget: "What the target level looks like",
        .roleProfileSave: "Save the role profile",
        .roleProfileSaved: "The role profile is saved. Results of the people it applies to now use its targets.",
        .roleProfileAppliesTo: "People in this role are assessed on these {count} competencies, against the target levels below.",
    ]
}
