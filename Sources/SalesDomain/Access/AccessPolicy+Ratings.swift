extension AccessPolicy {
    /// Who reads a rating's audit trail: its rater, and leaders and admins who may read the
    /// person rated. Anyone else is told it does not exist, so a trail does not reveal that
    /// someone rated someone.
    public func readHistory(of rating: Rating, ratee: Person?) -> AccessDecision {
        if rating.raterID == viewer.personID { return .allowed }
        guard viewer.accessRole >= .leader, let ratee, canRead(ratee) else { return .notFound }
        return .allowed
    }
}
