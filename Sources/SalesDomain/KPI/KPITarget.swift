import Foundation

/// A seller's own target for a coachable KPI, set by the manager who coaches them; without one
/// the KPI's default applies (``CoachableKPI/defaultTarget``).
public struct KPITarget: Hashable, Sendable, Codable {
    public var personID: Person.ID
    public var kpiKey: String
    public var value: Double
    public var setBy: Person.ID?
    public var setAt: Date

    public init(personID: Person.ID, kpiKey: String, value: Double, setBy: Person.ID?, setAt: Date) {
        self.personID = personID
        self.kpiKey = kpiKey
        self.value = value
        self.setBy = setBy
        self.setAt = setAt
    }
}

extension CoachableKPI {
    /// Checks `value` as this KPI's target or entered weekly value, naming `field`: a number, not
    /// negative, at most the KPI's maximum (1 for a share).
    public func check(_ value: Double, field: String) throws(FieldError) {
        guard value.isFinite else { throw FieldError(field: field, code: .invalidFormat, .kpiValueNotANumber) }
        if value < 0 { throw FieldError(field: field, code: .invalidValue, .valueNegative) }
        if value > maximumTarget {
            let maximum = measure.isShare ? "100 %" : Int(maximumTarget).description
            throw FieldError(field: field, code: .invalidValue, .kpiValueTooLarge, ["maximum": maximum])
        }
    }
}
