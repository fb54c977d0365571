/// The coachable KPIs Keel measures for every seller, in the order pages show them. Each is
/// computed from activity data Keel already holds, except where no CRM records it (referrals
/// asked for), which the seller or their manager enters per week.
///
/// Defaults follow the source research's habits of effective sellers: a handful of discovery
/// meetings a week, prospecting that happens when planned, preparation before every meeting, a
/// follow-up within two days, and a large share of the week spent selling.
public enum KPICatalog {
    public static let all: [CoachableKPI] = [
        CoachableKPI(key: "customer_meetings_per_week", measure: .donePerWeek(.meeting), defaultTarget: 5, maximumTarget: 100),
        CoachableKPI(key: "prospecting_on_time", measure: .onTime(.prospecting), defaultTarget: 0.8),
        CoachableKPI(key: "preparation_minutes_per_meeting", measure: .minutesPer(work: .meetingPreparation, per: .meeting), defaultTarget: 30, maximumTarget: 600),
        CoachableKPI(key: "follow_ups_within_48_hours", measure: .followUpWithin(hours: 48), defaultTarget: 0.8),
        CoachableKPI(key: "selling_time_share", measure: .sellingTimeShare, defaultTarget: 0.4),
        CoachableKPI(key: "referrals_asked_per_week", measure: .entered, defaultTarget: 2, maximumTarget: 100),
    ]

    public static func kpi(_ key: String) -> CoachableKPI? {
        all.first { $0.key == key }
    }
}
