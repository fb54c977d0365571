/// Traced impact (SPEC §5): a seller reads their own interventions' estimates, a manager those of
/// their subtree's sellers, a leader their markets', an admin all. An estimate over several
/// sellers is read only by a viewer who may read every one of them, since its number is made of
/// their weeks. The comparison sellers' weeks travel in an export without their names unless the
/// viewer may read them.
extension AccessPolicy {
    public func canReadImpact(of seller: Person) -> Bool {
        canRead(seller)
    }

    /// Whether the viewer reads the impact of every seller of the organization, so that sellers
    /// the organization's own records chose (an estimate's comparison group) need no reading to
    /// be checked.
    public var readsImpactOfWholeOrganization: Bool {
        if case .organization = scope { true } else { false }
    }

    public func canReadImpact(ofAll sellers: [Person]) -> Bool {
        !sellers.isEmpty && sellers.allSatisfy(canReadImpact(of:))
    }
}
