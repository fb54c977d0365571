extension EnglishCatalog {
    /// Setting passwords, a person's change history and who imported what, in English.
    static let accountTexts: [TextKey: String] = [
        .passwordSetLink: "Set a new password",
        .passwordChangeLink: "Change your password",
        .passwordResetTitle: "New password for {name}",
        .passwordChangeTitle: "Change your password",
        .passwordResetIntro: "Give {name} a new password, for example when they have forgotten theirs. Saving signs them out everywhere: their browser sessions end and their API tokens stop working. Tell them the new password in person or by phone, and ask them to change it after signing in.",
        .passwordChangeIntro: "Type the password you sign in with today, then the new one twice. You stay signed in here; your other browser sessions and API tokens are signed out.",
        .passwordCurrent: "Current password",
        .passwordNew: "New password",
        .passwordConfirm: "New password again",
        .passwordHint: "12 to 128 characters. A few unrelated words are easier to remember than a short code.",
        .passwordSave: "Save the new password",
        .passwordChangedNotice: "Your new password is saved. Your other sessions and API tokens were signed out.",
        .passwordResetNotice: "The new password is saved and {name} was signed out everywhere. Tell them the password in person or by phone.",
        .historyIntro: "Who changed this person's record, when, and each value from → to.",
        .historyBy: "by {name}",
        .historyByNobody: "by the command line",
        .historyMore: "The latest {shown} of {total} changes. See them all in the audit log.",
        .auditDeletedTeam: "a team that no longer exists",
        .auditDeletedMarket: "a market that no longer exists",
        .auditDeletedPerson: "a person who no longer exists",
        .importImportedBy: "Imported by",
        .importImportedAt: "Imported",
        .importByCommandLine: "Command line",
        .importByFormerPerson: "Someone no longer in Keel",
    ]
}
