import KeelCharts
import SalesDomain

/// How a coachable KPI is named, and its figures written, in the reader's language — for the
/// page and the API alike.
struct KPIWords {
    let text: Localizer
    let numbers: ChartNumberFormat

    init(text: Localizer) {
        self.text = text
        self.numbers = ChartNumberFormat(languageTag: text.language.rawValue)
    }

    /// Each catalog KPI's name and the sentence saying what its figure rests on.
    static let words: [String: (name: TextKey, basis: TextKey)] = [
        "customer_meetings_per_week": (.kpiNameCustomerMeetings, .kpiBasisCustomerMeetings),
        "prospecting_on_time": (.kpiNameProspectingOnTime, .kpiBasisProspectingOnTime),
        "preparation_minutes_per_meeting": (.kpiNamePreparation, .kpiBasisPreparation),
        "follow_ups_within_48_hours": (.kpiNameFollowUps, .kpiBasisFollowUps),
        "selling_time_share": (.kpiNameSellingTime, .kpiBasisSellingTime),
        "referrals_asked_per_week": (.kpiNameReferrals, .kpiBasisReferrals),
    ]

    func name(_ kpi: CoachableKPI) -> String {
        Self.words[kpi.key].map { text($0.name) } ?? kpi.key
    }

    /// What a figure rests on, e.g. "12 of 15 planned".
    func basis(_ kpi: CoachableKPI, _ figure: KPIFigure) -> String {
        guard let key = Self.words[kpi.key]?.basis else { return "\(figure.numerator) / \(figure.denominator)" }
        // Selling time is summed in minutes and read in hours.
        let scale = kpi.measure == .sellingTimeShare ? 60.0 : 1.0
        return text(key, [
            "numerator": numbers.number(figure.numerator / scale, maximumFractionDigits: scale == 1 ? 1 : 0),
            "denominator": numbers.number(figure.denominator / scale, maximumFractionDigits: scale == 1 ? 1 : 0),
        ])
    }

    /// A value in the KPI's unit: a percentage for a share, minutes, or a weekly count.
    func value(_ kpi: CoachableKPI, _ value: Double?) -> String {
        guard let value else { return "—" }
        if kpi.measure.isShare { return numbers.percent(value) }
        if case .minutesPer = kpi.measure { return text(.kpiMinutes, ["value": numbers.number(value, maximumFractionDigits: 0)]) }
        return text(.kpiPerWeek, ["value": numbers.number(value, maximumFractionDigits: 1)])
    }

    func status(_ status: KPIStatus) -> String {
        switch status {
        case .met: text(.kpiStatusMet)
        case .notMet: text(.kpiStatusNotMet)
        case .noData: text(.kpiStatusNoData)
        }
    }
}
