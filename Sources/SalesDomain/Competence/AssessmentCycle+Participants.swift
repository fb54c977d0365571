extension AssessmentCycle {
    /// Who a cycle assesses when whoever opens it names nobody (the web form never does; the API
    /// may): every active person in a selling role (``JobRole/isSellingRole``). Managers and
    /// leadership are assessed on other frameworks, and a deactivated person has nobody to rate
    /// them. In the order given.
    public static func defaultParticipants(among people: some Sequence<Person>) -> [Person.ID] {
        people.filter { $0.isActive && $0.jobRole.isSellingRole }.map(\.id)
    }
}
