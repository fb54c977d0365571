extension EnglishCatalog {
    /// Erasing a person and the retention of personal data, in English.
    static let personalDataTexts: [TextKey: String] = [
        .erasureLink: "Erase personal data…",
        .erasureTitle: "Erase {name}",
        .erasureIntro: "This erases the personal data of {name} for good (GDPR article 17). It cannot be undone.",
        .erasureWillName: "Their name and e-mail become “{pseudonym}”, and they can no longer sign in.",
        .erasureWillTexts: "Ratings’ evidence, result comments, postponement notes, coaching notes and next steps they wrote or that are about them are emptied; where someone else’s text names them, the pseudonym replaces the name.",
        .erasureWillAccess: "Their web sessions, API tokens and calendar link are removed.",
        .erasureWillAudit: "Audit events about them lose their values; the audit log records this erasure and who made it, without the erased values.",
        .erasureKeeps: "Ratings’ levels, activities, deals and the teams’ figures stay, so other people’s results do not change.",
        .erasureConfirmLabel: "Type their e-mail, {email}, to confirm",
        .erasureSubmit: "Erase for good",
        .erasureCancel: "Cancel",
        .erasureDone: "The personal data was erased; the person is now {pseudonym}.",
        .erasureErasedBadge: "Erased",
        .navRetention: "Data retention",
        .retentionTitle: "Retention of personal data",
        .retentionIntro: "How long Keel keeps personal data. Keel applies these periods every hour; numbers such as ratings’ levels and activities are always kept.",
        .retentionTextYears: "Empty free texts older than (years)",
        .retentionTextHint: "Ratings’ evidence, result comments, postponement notes, coaching notes and next steps. Leave empty to keep them.",
        .retentionLeaverYears: "Erase people who left more than (years) ago",
        .retentionLeaverHint: "Counted from when the person was deactivated. Leave empty to keep them.",
        .retentionSave: "Save",
        .retentionSaved: "Saved. Keel applies the periods every hour.",
        .retentionApplyNow: "Apply now",
        .retentionApplied: "Applied: {people} people erased, {texts} texts emptied.",
    ]
}
