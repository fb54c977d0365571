/// One seller's counts behind a KPI in one week: for on-time execution, the planned activities
/// (`denominator`) and those done in their planned week (`numerator`).
public struct ImpactSellerWeek: Hashable, Sendable, Codable {
    public var sellerID: Person.ID
    public var week: ISOWeek
    public var numerator: Double
    public var denominator: Double

    public init(sellerID: Person.ID, week: ISOWeek, numerator: Double, denominator: Double) {
        self.sellerID = sellerID
        self.week = week
        self.numerator = numerator
        self.denominator = denominator
    }

    public var hasData: Bool { denominator > 0 }
}
