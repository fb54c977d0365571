extension AccessPolicy {
    /// Whether the viewer reads `person`'s results in a cycle: anyone who may read the person —
    /// except the person themselves while the cycle runs, so that nobody adjusts a rating to what
    /// they saw. Throws ``AccessRefused`` for a person out of reach and a conflict on `cycleID`
    /// (``Problem/Key/resultsShownAfterClose``) for one's own results in an open cycle.
    public func readResults(of person: Person, cycleName: String, cycleIsClosed: Bool) throws {
        let decision = read(person)
        guard decision == .allowed else { throw AccessRefused(decision, entity: "person", field: "personID") }
        if person.id == viewer.personID, !cycleIsClosed {
            throw FieldError(field: "cycleID", code: .conflict, .resultsShownAfterClose, ["name": cycleName])
        }
    }
}
