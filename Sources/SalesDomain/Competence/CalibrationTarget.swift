/// What the raters of a calibration exercise score: a real person, or a written or recorded
/// case that everyone can read or watch (which keeps real people out of the exercise).
public struct CalibrationTarget: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<CalibrationTarget>

    public var id: ID
    public var title: String
    /// Set when the target is a person; `nil` for a case.
    public var personID: Person.ID?
    /// The case text, or a link to the recording.
    public var material: String

    public init(id: ID, title: String, personID: Person.ID? = nil, material: String = "") {
        self.id = id
        self.title = title
        self.personID = personID
        self.material = material
    }
}
