/// The rule for the keys that name frameworks, areas and competencies in files and URLs.
public enum FrameworkKey {
    public static let maximumLength = 100

    /// Lower-case letters, digits and `.`, `_`, `-`, starting with a letter or digit — keys end
    /// up in file names, URLs and CSV columns, where anything else needs quoting.
    public static func isValid(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, key.count <= maximumLength else { return false }
        func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return isLowerAlphanumeric(first)
            && key.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }
}
