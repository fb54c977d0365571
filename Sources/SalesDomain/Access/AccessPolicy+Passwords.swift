extension AccessPolicy {
    /// Who sets a person's password and how: the person themself with their current password
    /// (an administrator too, for their own), an administrator of their organization for anyone
    /// else without it. Others are refused as ``change(_:needing:)`` refuses them.
    public func setPassword(of person: Person) -> PasswordSetting {
        guard person.organizationID == viewer.organizationID else { return .refused(.notFound) }
        if person.id == viewer.personID { return .ownWithCurrentPassword }
        let decision = change(person)
        return decision == .allowed ? .reset : .refused(decision)
    }

    public enum PasswordSetting: Hashable, Sendable {
        /// A person's own: the current password proves it is them.
        case ownWithCurrentPassword
        /// An administrator's reset of someone else's: that person is signed out everywhere.
        case reset
        case refused(AccessDecision)
    }
}
