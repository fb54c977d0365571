/// A new password, set by an administrator for someone or by a person for themself. A person
/// proves it is them with their current password, so a session left open on a shared computer
/// cannot lock them out; an administrator resetting someone's has no current one to give. The
/// web forms ask for the new one twice, as it is typed unseen. Every problem at once.
public enum PasswordChange {
    /// The problems with a change: `currentMatches` is `nil` when no current password is asked
    /// (an administrator's reset), `confirmation` `nil` when none is asked (the API).
    public static func problems(currentMatches: Bool?, new: String, confirmation: String?) -> [FieldError] {
        var problems: [FieldError] = []
        if currentMatches == false {
            problems.append(FieldError(field: "currentPassword", code: .invalidValue, .currentPasswordWrong))
        }
        do {
            try PasswordPolicy.validate(new, field: "newPassword")
        } catch {
            problems.append(error)
        }
        if let confirmation, confirmation != new {
            problems.append(FieldError(field: "confirmPassword", code: .invalidValue, .passwordsDiffer))
        }
        return problems
    }
}
