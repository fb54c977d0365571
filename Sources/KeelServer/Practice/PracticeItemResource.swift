import Foundation
import SalesDomain
import Vapor

/// A practice item on the wire, read and written alike (`id` and `active` are ignored on create);
/// the content's fields are those of its kind.
struct PracticeItemResource: Content {
    struct LevelText: Content {
        var level: Int
        var text: LocalizedText
    }

    var id: UUID?
    var key: String
    var competencyID: UUID
    var kind: String
    var aimLevel: Int
    var minutes: Int
    var title: LocalizedText
    var instructions: LocalizedText?
    var situation: LocalizedText?
    var customerPart: LocalizedText?
    var goodLooksLike: [LevelText]?
    var lesson: LocalizedText?
    var question: LocalizedText?
    var active: Bool?

    init(_ item: PracticeItem) {
        id = item.id.rawValue
        key = item.key
        competencyID = item.competencyID.rawValue
        kind = item.kind.rawValue
        aimLevel = item.aimLevel
        minutes = item.minutes
        title = item.title
        active = item.isActive
        switch item.content {
        case .drill(let text):
            instructions = text
        case .rolePlay(let situation, let customerPart, let good):
            self.situation = situation
            self.customerPart = customerPart
            goodLooksLike = good.keys.sorted().map { LevelText(level: $0, text: good[$0]!) }
        case .microLesson(let lesson, let question):
            self.lesson = lesson
            self.question = question
        }
    }

    /// The item it describes, with `id`; a kind Keel does not know, or the fields another kind
    /// needs, are problems named by field, all at once.
    func item(id: PracticeItem.ID) throws(FieldErrors) -> PracticeItem {
        let empty = LocalizedText(english: nil)
        let content: PracticeContent
        switch PracticeKind(rawValue: kind) {
        case .drill?: content = .drill(instructions: instructions ?? empty)
        case .microLesson?: content = .microLesson(lesson: lesson ?? empty, question: question ?? empty)
        case .rolePlay?:
            content = .rolePlay(
                situation: situation ?? empty, customerPart: customerPart ?? empty,
                goodLooksLike: Dictionary((goodLooksLike ?? []).map { ($0.level, $0.text) }, uniquingKeysWith: { _, last in last }))
        case nil:
            throw FieldErrors([FieldError(
                field: "kind", code: .invalidValue, .notOneOf, ["value": kind, "choices": PracticeKind.allCases.map(\.rawValue).joined(separator: ", ")])])
        }
        return PracticeItem(
            id: id, key: key, competencyID: .init(competencyID), aimLevel: aimLevel, minutes: minutes, title: title, content: content,
            isActive: active ?? true)
    }
}
