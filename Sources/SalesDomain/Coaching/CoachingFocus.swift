/// What a coaching session, or a next step agreed in one, is about: a competency, a deal, a
/// behaviour measured by an activity type (a coachable KPI: that type done on time), or one
/// upcoming customer meeting.
///
/// Encodes as `{"kind": "competency", "id": "…"}` (`"activityType"` carries `"code"`).
public enum CoachingFocus: Hashable, Sendable {
    case competency(Competency.ID)
    case deal(Deal.ID)
    case activityType(ActivityType)
    case meeting(Activity.ID)

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case competency, deal
        case activityType = "activity_type"
        case meeting
    }

    public var kind: Kind {
        switch self {
        case .competency: .competency
        case .deal: .deal
        case .activityType: .activityType
        case .meeting: .meeting
        }
    }

    /// The linked record's id or code, as stored and sent.
    public var reference: String {
        switch self {
        case .competency(let id): id.description
        case .deal(let id): id.description
        case .activityType(let type): type.rawValue
        case .meeting(let id): id.description
        }
    }

    /// From its stored or sent parts; `nil` when the reference does not fit the kind.
    public init?(kind: Kind, reference: String) {
        switch kind {
        case .competency: guard let id = Competency.ID(uuidString: reference) else { return nil }; self = .competency(id)
        case .deal: guard let id = Deal.ID(uuidString: reference) else { return nil }; self = .deal(id)
        case .meeting: guard let id = Activity.ID(uuidString: reference) else { return nil }; self = .meeting(id)
        case .activityType:
            let type = ActivityType(reference)
            guard !type.rawValue.isEmpty else { return nil }
            self = .activityType(type)
        }
    }
}

extension CoachingFocus: Codable {
    private enum CodingKeys: String, CodingKey { case kind, reference }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        let reference = try container.decode(String.self, forKey: .reference)
        guard let focus = CoachingFocus(kind: kind, reference: reference) else {
            throw DecodingError.dataCorruptedError(forKey: .reference, in: container, debugDescription: "Not a \(kind.rawValue) reference: \(reference)")
        }
        self = focus
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(reference, forKey: .reference)
    }
}
