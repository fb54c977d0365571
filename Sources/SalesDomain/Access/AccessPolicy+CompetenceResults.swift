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

    /// Whether the viewer reads how `person`'s levels moved across cycles: anyone who may read
    /// the person, themselves included — a trend rests on closed cycles only, so it shows
    /// nothing a running cycle could be adjusted to.
    public func readTrends(of person: Person) throws {
        let decision = read(person)
        guard decision == .allowed else { throw AccessRefused(decision, entity: "person", field: "personID") }
    }

    /// Whether the viewer writes the comment on `person`'s results: only the person assessed,
    /// on their own evaluation. Someone who reads the person is forbidden (with
    /// ``Problem/Key/onlyRateeComments``); anyone else is told the person does not exist.
    public func commentOnResults(of person: Person) throws {
        let decision = read(person)
        guard decision == .allowed else { throw AccessRefused(decision, entity: "person", field: "personID") }
        guard person.id == viewer.personID else {
            throw AccessRefused(.forbidden, entity: "result comment", field: "personID", problem: Problem(.onlyRateeComments))
        }
    }
}
