/// CRM imports: whoever may import (``Capability/importData``) reads every kept import of the
/// organization and who kept it. A leader of some markets is not narrowed to them: a CRM file's
/// rows cover every market and their own imports write to all of them, so the history they
/// answer for is the organization's.
extension AccessPolicy {
    public var readImportHistory: AccessDecision { require(.importData) }
}
