/// Competency frameworks (SPEC §1): everyone in the organization reads every version, drafts
/// included — they are rated against the published ones and may see what leadership prepares —
/// and leadership (``Capability/configureRules``) imports, edits, publishes and versions them.
extension AccessPolicy {
    public var canChangeFrameworks: Bool { has(.configureRules) }
}
