/// Coachable KPIs (SPEC §4): a seller reads their own and enters the values no data holds; the
/// manager who coaches them reads them, enters values and sets their targets; leaders and admins
/// read the KPIs of the people they may read.
extension AccessPolicy {
    public func canReadKPIs(of person: Person) -> Bool {
        person.organizationID == viewer.organizationID && (person.id == viewer.personID || canRead(person))
    }

    public func canSetKPITargets(of person: Person) -> Bool {
        person.organizationID == viewer.organizationID && person.id != viewer.personID && canCoach(person)
    }

    public func canEnterKPIs(of person: Person) -> Bool {
        person.organizationID == viewer.organizationID && (person.id == viewer.personID || canCoach(person))
    }
}
