/// How a coachable KPI is measured: from the activity rollups Keel keeps anyway, from the
/// seller's meetings and what followed them, or entered by hand where no data holds it.
///
/// Every measure is a ratio of two weekly sums (``KPIFigure``), so a window's value is the ratio
/// of the window's sums and a week that adds nothing to the denominator is a week without data.
public enum KPIMeasure: Hashable, Sendable, Codable {
    /// Done activities of the type per active week (a week with any activity of the seller's).
    case donePerWeek(ActivityType)
    /// Planned activities of the type done in their planned week ÷ planned.
    case onTime(ActivityType)
    /// Done minutes of `work` per done activity of `per` ("minutes of preparation per meeting").
    case minutesPer(work: ActivityType, per: ActivityType)
    /// Done minutes in selling work ÷ all done minutes (``WorkCategoryRules``).
    case sellingTimeShare
    /// Done meetings with an account followed by a done follow-up on that account within
    /// `hours` ÷ done meetings with an account (``MeetingFollowUps``).
    case followUpWithin(hours: Int)
    /// A number per week the seller or their manager enters; the window's value is the mean of
    /// the entered weeks.
    case entered

    /// Whether the figure is a share (shown as a percentage, at most 1).
    public var isShare: Bool {
        switch self {
        case .onTime, .sellingTimeShare, .followUpWithin: true
        case .donePerWeek, .minutesPer, .entered: false
        }
    }

    public var isEntered: Bool { self == .entered }
}
