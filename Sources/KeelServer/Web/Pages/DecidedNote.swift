import Foundation

/// The line that says when a wide scope's kept answer was decided (``KeptScreens``): without
/// it, a figure minutes old would read as this moment's.
enum DecidedNote {
    static func render(_ decidedAt: Date?, sellers: Int, id: String, context: PageContext) -> Node {
        guard let decidedAt else { return .group([]) }
        return p(.class("meta"), .id(id)) {
            context.text(.keptScreenDecidedAt, [
                "date": FormDate.string(decidedAt, in: context.calendar), "time": SessionPage.time(decidedAt, context: context),
                "sellers": String(sellers),
            ])
        }
    }
}
