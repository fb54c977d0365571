extension AccessPolicy {
    /// Who may download everything stored about a person (GDPR articles 15 and 20): the person
    /// themself, and the organization's admins. A manager who may read the person is refused
    /// rather than told the person does not exist.
    public func export(_ person: Person) -> AccessDecision {
        guard person.organizationID == viewer.organizationID else { return .notFound }
        if person.id == viewer.personID || has(.readAuditLog) { return .allowed }
        return canRead(person) ? .forbidden : .notFound
    }
}
