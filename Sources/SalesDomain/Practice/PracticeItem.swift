import Foundation

/// One thing a seller practises (SPEC §5): a drill done in the working week, a role-play with
/// the manager or a peer, or a micro-lesson with one question answered from the seller's own
/// work — always for one competency, aimed at one level of it.
///
/// The `key` is the library's name for the item (`<competency key>.<slug>`); files and the API
/// refer to items by it, and it stays when the texts are reworded.
public struct PracticeItem: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<PracticeItem>

    public var id: ID
    public var key: String
    public var competencyID: Competency.ID
    /// The level the item helps someone reach; a plan offers it to people below it.
    public var aimLevel: Int
    /// Typical time it takes, so a seller can fit it into a week.
    public var minutes: Int
    public var title: LocalizedText
    public var content: PracticeContent
    /// A retired item stays in the plans and history that used it but is offered to no one new.
    public var isActive: Bool

    public init(
        id: ID, key: String, competencyID: Competency.ID, aimLevel: Int, minutes: Int, title: LocalizedText,
        content: PracticeContent, isActive: Bool = true
    ) {
        self.id = id
        self.key = key
        self.competencyID = competencyID
        self.aimLevel = aimLevel
        self.minutes = minutes
        self.title = title
        self.content = content
        self.isActive = isActive
    }

    public var kind: PracticeKind { content.kind }

    /// Practice takes five minutes to an hour: longer is a training day, not a habit.
    public static let durations = 5...60
}

public enum PracticeKind: String, Hashable, Sendable, Codable, CaseIterable {
    case drill
    case rolePlay = "role-play"
    case microLesson = "micro-lesson"

    /// A role-play is scored by someone who watched it, on the competency's levels.
    public var isScoredByObserver: Bool { self == .rolePlay }
}

/// What the seller reads and does, by kind.
public enum PracticeContent: Hashable, Sendable {
    case drill(instructions: LocalizedText)
    /// `goodLooksLike` describes, for each level of the scale, what that level looks like in
    /// this very scenario — the rubric the observer scores against.
    case rolePlay(situation: LocalizedText, customerPart: LocalizedText, goodLooksLike: [Int: LocalizedText])
    case microLesson(lesson: LocalizedText, question: LocalizedText)

    public var kind: PracticeKind {
        switch self {
        case .drill: .drill
        case .rolePlay: .rolePlay
        case .microLesson: .microLesson
        }
    }

    /// Every text of the content, for checks that each is written in English.
    public var texts: [LocalizedText] {
        switch self {
        case .drill(let instructions): [instructions]
        case .rolePlay(let situation, let customerPart, let good): [situation, customerPart] + good.keys.sorted().compactMap { good[$0] }
        case .microLesson(let lesson, let question): [lesson, question]
        }
    }
}

extension PracticeContent: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, instructions, situation, customerPart, goodLooksLike, lesson, question
    }

    private struct LevelText: Codable {
        var level: Int
        var text: LocalizedText
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(PracticeKind.self, forKey: .kind) {
        case .drill:
            self = .drill(instructions: try container.decode(LocalizedText.self, forKey: .instructions))
        case .rolePlay:
            let levels = try container.decode([LevelText].self, forKey: .goodLooksLike)
            self = .rolePlay(
                situation: try container.decode(LocalizedText.self, forKey: .situation),
                customerPart: try container.decode(LocalizedText.self, forKey: .customerPart),
                goodLooksLike: Dictionary(levels.map { ($0.level, $0.text) }, uniquingKeysWith: { _, last in last }))
        case .microLesson:
            self = .microLesson(
                lesson: try container.decode(LocalizedText.self, forKey: .lesson),
                question: try container.decode(LocalizedText.self, forKey: .question))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .drill(let instructions):
            try container.encode(instructions, forKey: .instructions)
        case .rolePlay(let situation, let customerPart, let good):
            try container.encode(situation, forKey: .situation)
            try container.encode(customerPart, forKey: .customerPart)
            try container.encode(good.keys.sorted().map { LevelText(level: $0, text: good[$0]!) }, forKey: .goodLooksLike)
        case .microLesson(let lesson, let question):
            try container.encode(lesson, forKey: .lesson)
            try container.encode(question, forKey: .question)
        }
    }
}
