/// Practice (SPEC §5): a seller reads and does their own plan; the manager who coaches them reads
/// it, adds to it and scores their role-plays; a teammate may score a role-play they took part
/// in (the same peer rule as assessments, ``RaterEligibility/isPeer(_:of:)``); leaders and admins
/// see the practice of the people they may read, without the notes; leaders and admins edit the
/// library (``Capability/configureRules``).
extension AccessPolicy {
    public func canReadPractice(of person: Person) -> Bool {
        person.organizationID == viewer.organizationID && (person.id == viewer.personID || canRead(person))
    }

    /// Whether the viewer reads the seller's notes and answers, not just counts and scores.
    public func canReadPracticeNotes(of person: Person) -> Bool {
        person.id == viewer.personID || canCoach(person)
    }

    /// Adding an item to a plan or doing one: the seller themself or their coach.
    public func canChangePractice(of person: Person) -> Bool {
        person.organizationID == viewer.organizationID && (person.id == viewer.personID || canCoach(person))
    }

    /// Scoring a role-play someone did: their coach, or — when the viewer is that person (`observer`) — a teammate.
    public func canObserve(_ seller: Person, as observer: Person) -> Bool {
        guard observer.id == viewer.personID, seller.id != observer.id, seller.organizationID == viewer.organizationID else { return false }
        return canCoach(seller) || RaterEligibility.isPeer(observer, of: seller)
    }

    public var canEditPracticeLibrary: Bool { has(.configureRules) }
}
