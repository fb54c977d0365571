/// A seller whose verdict in an area differs between two diagnoses (the previous period's, or
/// the one over the previous closed assessment).
public struct DiagnosisChange: Hashable, Sendable, Codable {
    public var personID: Person.ID
    public var areaKey: String
    public var from: AreaVerdict
    public var to: AreaVerdict

    public init(personID: Person.ID, areaKey: String, from: AreaVerdict, to: AreaVerdict) {
        self.personID = personID
        self.areaKey = areaKey
        self.from = from
        self.to = to
    }

    /// Whether the seller moved between two of the four quadrants, rather than into or out of
    /// *not enough data* or *obstructed*.
    public var isQuadrantMove: Bool {
        let quadrants: Set<AreaVerdict> = [.strength, .executionGap, .competenceGap, .developmentNeed]
        return quadrants.contains(from) && quadrants.contains(to)
    }

    /// Every seller-area in both reports whose verdict changed, in `current`'s order.
    public static func between(_ previous: DiagnosisReport, _ current: DiagnosisReport) -> [DiagnosisChange] {
        let before = Dictionary(previous.sellers.map { ($0.personID, $0) }, uniquingKeysWith: { first, _ in first })
        return current.sellers.flatMap { seller -> [DiagnosisChange] in
            guard let earlier = before[seller.personID] else { return [] }
            return seller.areas.compactMap { area in
                guard let old = earlier.area(area.areaKey), old.verdict != area.verdict else { return nil }
                return DiagnosisChange(personID: seller.personID, areaKey: area.areaKey, from: old.verdict, to: area.verdict)
            }
        }
    }
}
