import Foundation

/// A week's value of a KPI that no activity data holds (``KPIMeasure/entered``), as the seller or
/// their coach entered it.
public struct KPIEntry: Hashable, Sendable, Codable {
    public var personID: Person.ID
    public var kpiKey: String
    public var week: ISOWeek
    public var value: Double
    public var enteredBy: Person.ID?
    public var enteredAt: Date

    public init(personID: Person.ID, kpiKey: String, week: ISOWeek, value: Double, enteredBy: Person.ID?, enteredAt: Date) {
        self.personID = personID
        self.kpiKey = kpiKey
        self.week = week
        self.value = value
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
    }
}
