extension AccessPolicy {
    /// Who may download everything stored about a person (GDPR articles 15 and 20): the person
    /// themself, and the organization's admins. A manager who may read the person is refused
    /// rather than told the person does not exist.
    public func export(_ person: Person) -> AccessDecision {
        guard person.organizationID == viewer.organizationID else { return .notFound }
        if person.id == viewer.personID || has(.readAuditLog) { return .allowed }
        return canRead(person) ? .forbidden : .notFound
    }

    /// Who may erase a person (GDPR article 17): an admin of their organization, never
    /// themself — an admin erased mid-request would leave the organization without the one
    /// who asked. Others are refused as ``export(_:)`` refuses them.
    public func erase(_ person: Person) -> AccessDecision {
        guard person.organizationID == viewer.organizationID else { return .notFound }
        if has(.erasePersonalData) { return person.id == viewer.personID ? .forbidden : .allowed }
        return canRead(person) || person.id == viewer.personID ? .forbidden : .notFound
    }
}
