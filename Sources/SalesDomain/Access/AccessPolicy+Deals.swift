/// Deals: a deal is read by whoever reads its owner — a seller their own, a manager those of
/// their subtree, a leader those of their markets, an admin all. A deal outside that reach, or
/// of another organization, is not found rather than forbidden, as people are.
extension AccessPolicy {
    public func canReadDeal(ownedBy owner: Person) -> Bool { canRead(owner) }

    public func readDeal(ownedBy owner: Person) -> AccessDecision {
        canReadDeal(ownedBy: owner) ? .allowed : .notFound
    }
}
