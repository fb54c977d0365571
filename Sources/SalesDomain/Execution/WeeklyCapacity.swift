/// How many hours each person can work in each week: the denominator of a week's load.
///
/// Most weeks are the default; overrides cover part-timers (a person, every week) and leave or
/// holidays (a person, one week). A one-week override wins over a person-wide one.
public struct WeeklyCapacity: Hashable, Sendable {
    public struct Override: Hashable, Sendable, Codable {
        public var personID: Person.ID
        /// `nil` for every week.
        public var week: ISOWeek?
        public var hours: Double

        public init(personID: Person.ID, week: ISOWeek? = nil, hours: Double) {
            self.personID = personID
            self.week = week
            self.hours = hours
        }
    }

    public let defaultHours: Double
    public let overrides: [Override]
    private let hoursByPerson: [Person.ID: Double]
    private let hoursByPersonWeek: [Person.ID: [ISOWeek: Double]]

    /// 40 hours is a Nordic full-time week. When overrides repeat a person (and week), the last
    /// one counts.
    public init(defaultHours: Double = 40, overrides: [Override] = []) {
        self.defaultHours = defaultHours
        self.overrides = overrides
        var hoursByPerson: [Person.ID: Double] = [:]
        var hoursByPersonWeek: [Person.ID: [ISOWeek: Double]] = [:]
        for override in overrides {
            if let week = override.week {
                hoursByPersonWeek[override.personID, default: [:]][week] = override.hours
            } else {
                hoursByPerson[override.personID] = override.hours
            }
        }
        self.hoursByPerson = hoursByPerson
        self.hoursByPersonWeek = hoursByPersonWeek
    }

    public func hours(for person: Person.ID, in week: ISOWeek) -> Double {
        hoursByPersonWeek[person]?[week] ?? hoursByPerson[person] ?? defaultHours
    }

    /// Refuses negative hours, naming `defaultHours` or `overrides[i].hours`. Zero is allowed:
    /// it is how a week of leave is entered.
    public func validated() throws(FieldError) -> WeeklyCapacity {
        if !(defaultHours >= 0) {
            throw FieldError(field: "defaultHours", code: .invalidValue, .capacityNegative)
        }
        for (index, override) in overrides.enumerated() where !(override.hours >= 0) {
            throw FieldError(field: "overrides[\(index)].hours", code: .invalidValue, .capacityNegative)
        }
        return self
    }

    public static func == (lhs: WeeklyCapacity, rhs: WeeklyCapacity) -> Bool {
        lhs.defaultHours == rhs.defaultHours && lhs.overrides == rhs.overrides
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(defaultHours)
        hasher.combine(overrides)
    }
}

extension WeeklyCapacity: Codable {
    private enum CodingKeys: String, CodingKey {
        case defaultHours, overrides
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            defaultHours: try container.decodeIfPresent(Double.self, forKey: .defaultHours) ?? 40,
            overrides: try container.decodeIfPresent([Override].self, forKey: .overrides) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(defaultHours, forKey: .defaultHours)
        try container.encode(overrides, forKey: .overrides)
    }
}
