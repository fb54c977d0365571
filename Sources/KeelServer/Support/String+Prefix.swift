extension String {
    /// The rest after `prefix`, or `nil` when the string does not start with it: how a form's
    /// field names such as `review.<id>` are taken apart.
    func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
