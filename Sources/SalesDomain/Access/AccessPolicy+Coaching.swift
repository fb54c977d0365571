/// Coaching (SPEC §4): a manager coaches the people in their subtree; a seller reads their own
/// sessions and commitments; leaders and admins see the rhythm (compliance, load, balance) but
/// never the conversations. Private notes are the session coach's alone.
extension AccessPolicy {
    /// Whether the viewer may plan, run and read sessions with this person.
    public func canCoach(_ person: Person) -> Bool {
        viewer.accessRole == .manager && person.id != viewer.personID && canRead(person)
    }

    /// Whether the viewer may read this person's sessions and next steps (without private notes
    /// unless they held the session).
    public func canReadCoaching(of person: Person) -> Bool {
        person.organizationID == viewer.organizationID && (person.id == viewer.personID || canCoach(person))
    }

    /// The session as this viewer may read it: private notes only for its coach.
    public func visible(_ session: CoachingSession) -> CoachingSession {
        session.coachID == viewer.personID ? session : session.withoutPrivateNotes
    }

    /// Marking a next step done or reopening it: its owner, the seller it belongs to, or their coach.
    public func canUpdate(_ item: ActionItem, of seller: Person) -> Bool {
        canReadCoaching(of: seller) && (item.ownerID == viewer.personID || seller.id == viewer.personID || canCoach(seller))
    }
}
