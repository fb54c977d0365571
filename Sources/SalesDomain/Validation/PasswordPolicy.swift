/// Password rules after NIST SP 800-63B §5.1.1: length only, no composition rules.
public enum PasswordPolicy {
    public static let minimumLength = 12
    public static let maximumLength = 128

    /// Checks a proposed password; length counts user-perceived characters.
    public static func validate(_ password: String, field: String = "password") throws(FieldError) {
        let length = password.count
        if length < minimumLength {
            throw FieldError(field: field, code: .tooShort, .textTooShort, ["minimum": String(minimumLength)])
        }
        if length > maximumLength {
            throw FieldError(field: field, code: .tooLong, .textTooLong, ["maximum": String(maximumLength)])
        }
    }
}
