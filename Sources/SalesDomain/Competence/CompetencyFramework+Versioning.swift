import Foundation

/// Published versions never change: assessments made with a version must keep meaning what they
/// meant when they were made. Editing a published framework therefore means making a new draft.
extension CompetencyFramework {
    /// Refuses any change to a published version.
    public func requireEditable() throws(FieldError) {
        guard status == .draft else {
            throw FieldError(
                field: "version", code: .conflict,
                .frameworkVersionPublished, ["version": String(version), "key": key]
            )
        }
    }

    /// A file's key other than this draft's, at `key`: versions are found by key, so a draft
    /// that took another would split the framework's history in two. None when the file gives
    /// no key, which the file's own problems tell.
    public func keyProblem(inFileWith typed: String?) -> FieldError? {
        guard let typed, !typed.isEmpty, typed != key else { return nil }
        return FieldError(field: "key", code: .invalidValue, .frameworkEditKeyChanged, ["key": key, "typed": typed])
    }

    /// Checks that `proposed` may replace `stored`: only drafts change, a draft cannot publish
    /// itself by edit (use ``published(at:)``), and the framework, organization and version
    /// number stay the same. Content may be incomplete while it is a draft.
    public static func validateEdit(of stored: CompetencyFramework, to proposed: CompetencyFramework) throws(FieldError) {
        try stored.requireEditable()
        if proposed.id != stored.id || proposed.organizationID != stored.organizationID {
            throw FieldError(field: "id", code: .conflict, .editMovesVersion)
        }
        if proposed.version != stored.version {
            throw FieldError(
                field: "version", code: .conflict,
                .editChangesVersion, ["version": String(stored.version)]
            )
        }
        if proposed.key != stored.key {
            // Versions are found by key (a file imported later lands on the framework with its
            // key); a draft with another key would split one framework's history in two.
            throw FieldError(
                field: "key", code: .conflict,
                .draftChangesKey, ["key": stored.key]
            )
        }
        if proposed.publishedAt != nil {
            throw FieldError(field: "publishedAt", code: .conflict, .publishInsteadOfDating)
        }
    }

    /// The draft, published at `date`. Publishing needs a complete framework: every
    /// competency described at every level of the scale, unique keys, English texts.
    public func published(at date: Date) throws(FieldError) -> CompetencyFramework {
        try requireEditable()
        try validate()
        var published = self
        published.publishedAt = date
        return published
    }

    /// The next version of a published framework, as a draft with the same content, ids and
    /// keys, so that what is not changed keeps its history.
    ///
    /// - Throws: when `source` is still a draft, since a second draft beside it would fork the
    ///   framework's history; edit the draft instead.
    public static func newDraft(from source: CompetencyFramework) throws(FieldError) -> CompetencyFramework {
        guard source.status == .published else {
            throw FieldError(
                field: "version", code: .conflict,
                .frameworkDraftStillOpen, ["version": String(source.version), "key": source.key]
            )
        }
        var draft = source
        draft.version = source.version + 1
        draft.publishedAt = nil
        return draft
    }
}
