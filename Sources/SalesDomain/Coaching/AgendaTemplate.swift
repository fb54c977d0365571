/// The agenda shown while a session of one type runs, item by item. Every agenda opens with the
/// follow-up of earlier next steps and closes with agreeing new ones — the two points a session
/// cannot skip — so a template holds only what lies between.
public struct AgendaTemplate: Hashable, Sendable, Codable {
    public var type: CoachingSessionType
    public var items: [LocalizedText]

    public init(type: CoachingSessionType, items: [LocalizedText]) {
        self.type = type
        self.items = items
    }

    public static let maximumItems = 12
    public static let maximumItemLength = 300

    /// Checks an edited template: 1 to 12 items, each with an English text of at most 300 characters.
    public func validated() throws(FieldErrors) -> AgendaTemplate {
        var problems: [FieldError] = []
        if items.isEmpty { problems.append(FieldError(field: "items", code: .required, .valueRequired)) }
        if items.count > Self.maximumItems {
            problems.append(FieldError(field: "items", code: .tooLong, .numberBetween, ["minimum": "1", "maximum": String(Self.maximumItems)]))
        }
        for (index, item) in items.enumerated() {
            if item.lacksEnglish { problems.append(FieldError(field: "items[\(index)].en", code: .required, .englishTextRequired)) }
            for (language, text) in [("en", item.english), ("sv", item.swedish), ("nb", item.norwegianBokmal)] {
                if let text, text.count > Self.maximumItemLength {
                    problems.append(FieldError(
                        field: "items[\(index)].\(language)", code: .tooLong, .textTooLong, ["maximum": String(Self.maximumItemLength)]))
                }
            }
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        return self
    }
}
