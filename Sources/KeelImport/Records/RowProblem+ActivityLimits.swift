import SalesDomain

extension RowProblem {
    /// An ``ActivityLimits`` refusal at the column of the field it names, with the English the
    /// command line prints (the interface words `problem` in the reader's language instead).
    public init(line: Int, limit: FieldError, binding: HeaderBinding) {
        let field = ActivityLimits.Field(rawValue: limit.field).map(Self.importField)
        let arguments = limit.problem.arguments
        let reason = switch limit.problem.key {
        case .activityDurationOutOfRange:
            "an activity lasts from \(arguments["minimum"] ?? "") to \(arguments["maximum"] ?? "") minutes (a day)"
        case .activityDateOutOfRange:
            "outside the years Keel keeps activities for: \(arguments["first"] ?? "") to \(arguments["last"] ?? "")"
        case .doneDateInFuture:
            "done after the export was taken"
        case .textTooLong:
            "longer than \(arguments["maximum"] ?? "") characters"
        default:
            limit.problem.description
        }
        self.init(line: line, column: field.flatMap(binding.column(of:)), value: arguments["value"], reason: reason, problem: limit.problem)
    }

    private static func importField(_ field: ActivityLimits.Field) -> ImportField {
        switch field {
        case .plannedDate: .plannedOn
        case .doneDate: .doneOn
        case .durationMinutes: .durationMinutes
        case .subject: .subject
        }
    }
}
