/// How often each seller should be coached (SPEC §4, after the Prosales research in the seeds:
/// coaching and feedback two to three times a month): at least `minimumPerMonth` completed
/// sessions in each calendar month, at most `maximumPerMonth` before the load is more than
/// the rhythm asks, and never more than `maximumDaysBetween` days without one — a seller past
/// that is *overdue*.
public struct CadencePolicy: Hashable, Sendable, Codable {
    public var minimumPerMonth: Int
    public var maximumPerMonth: Int
    public var maximumDaysBetween: Int

    public init(minimumPerMonth: Int = 2, maximumPerMonth: Int = 3, maximumDaysBetween: Int = 21) {
        self.minimumPerMonth = minimumPerMonth
        self.maximumPerMonth = maximumPerMonth
        self.maximumDaysBetween = maximumDaysBetween
    }

    public static let standard = CadencePolicy()

    public func validated() throws(FieldErrors) -> CadencePolicy {
        var problems: [FieldError] = []
        if !(1...20).contains(minimumPerMonth) {
            problems.append(FieldError(field: "minimumPerMonth", code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "20"]))
        }
        // Clamped, so a minimum above 20 is reported rather than making the range invalid.
        let lowestMaximum = min(max(1, minimumPerMonth), 20)
        if !(lowestMaximum...20).contains(maximumPerMonth) {
            problems.append(FieldError(
                field: "maximumPerMonth", code: .invalidValue, .numberBetween, ["minimum": String(lowestMaximum), "maximum": "20"]))
        }
        if !(1...92).contains(maximumDaysBetween) {
            problems.append(FieldError(field: "maximumDaysBetween", code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "92"]))
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        return self
    }
}
