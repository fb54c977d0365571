/// The weekly digest: a person reads and turns on or off only their own (the route is `me`);
/// only admins read the outbox, which holds every recipient's address and delivery state.
extension AccessPolicy {
    public var canReadOutbox: Bool { has(.administerDirectory) }

    public func readOutbox() -> AccessDecision {
        canReadOutbox ? .allowed : .forbidden
    }
}
