/// Where a person's profile leads for one viewer: each of the person's other pages, only when the
/// viewer may open it by the rule that page itself applies, so a link never ends in a refusal.
public struct PersonPages: Hashable, Sendable {
    /// `/diagnosis?scope=person:…` (``AccessPolicy/read(_:subject:)``), for a seller: the
    /// diagnosis reads sellers only.
    public var diagnosis: Bool
    /// `/coaching?scope=person:…`: the seller themself or a manager who coaches them
    /// (``AccessPolicy/canReadCoaching(of:)``).
    public var coaching: Bool
    /// `/practice/people/…` (``AccessPolicy/canReadPractice(of:)``), for a seller.
    public var practice: Bool
    /// The cycle whose results `/competence/cycles/…/people/…` shows (``AccessPolicy/read(_:)``):
    /// the latest one assessing the person, if any.
    public var competenceCycle: AssessmentCycle.ID?

    public init(diagnosis: Bool, coaching: Bool, practice: Bool, competenceCycle: AssessmentCycle.ID?) {
        self.diagnosis = diagnosis
        self.coaching = coaching
        self.practice = practice
        self.competenceCycle = competenceCycle
    }

    /// The pages `policy`'s viewer may open of `person`, given the latest cycle assessing them.
    public init(of person: Person, latestCycle: AssessmentCycle.ID?, for policy: AccessPolicy) {
        let seller = person.accessRole == .seller
        let reads = policy.read(.person(person.id), subject: .person(person)) == .allowed
        self.init(
            diagnosis: seller && reads, coaching: seller && policy.canReadCoaching(of: person), practice: seller && policy.canReadPractice(of: person),
            competenceCycle: policy.read(person) == .allowed ? latestCycle : nil)
    }

    public var isEmpty: Bool { !diagnosis && !coaching && !practice && competenceCycle == nil }
}
