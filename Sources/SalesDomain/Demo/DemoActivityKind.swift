/// How one activity type behaves in the demo: how long it takes, how often it slips, and
/// whether it is about a deal.
///
/// Durations are blocks, as sellers plan them ("prospecting, 9–11"), not single dials. That
/// puts a 40-hour week at about twenty-five planned activities, and 10,000 sellers at about
/// twelve million activities a year.
struct DemoActivityKind: Sendable {
    let type: ActivityType
    /// In 15-minute steps.
    let minutes: ClosedRange<Int>
    /// Moved out of its week or dropped, in a normal week.
    let normalPushRate: Double
    /// Added to `normalPushRate` in a high-load week, for every seller: work that can wait
    /// (admin, training) slips more, customer meetings hardly at all.
    let extraPushRateUnderLoad: Double
    /// The chance it is about one of the seller's open deals (when there is one).
    let dealShare: Double
    /// With a customer on the other side, a postponement is more often the customer's doing.
    let isCustomerFacing: Bool
    let isProspecting: Bool

    /// Every kind the demo plans, by ``kinds`` index.
    static let kinds: [DemoActivityKind] = [
        DemoActivityKind(type: .meeting, minutes: 60...150,
            normalPushRate: 0.07, extraPushRateUnderLoad: 0.02, dealShare: 0.85, isCustomerFacing: true, isProspecting: false),
        DemoActivityKind(type: .call, minutes: 60...90,
            normalPushRate: 0.06, extraPushRateUnderLoad: 0.03, dealShare: 0.5, isCustomerFacing: true, isProspecting: false),
        DemoActivityKind(type: .email, minutes: 45...60,
            normalPushRate: 0.04, extraPushRateUnderLoad: 0.03, dealShare: 0.5, isCustomerFacing: true, isProspecting: false),
        DemoActivityKind(type: .demo, minutes: 60...120,
            normalPushRate: 0.06, extraPushRateUnderLoad: 0.02, dealShare: 0.95, isCustomerFacing: true, isProspecting: false),
        DemoActivityKind(type: .proposal, minutes: 120...240,
            normalPushRate: 0.08, extraPushRateUnderLoad: 0.04, dealShare: 1, isCustomerFacing: true, isProspecting: false),
        DemoActivityKind(type: .prospecting, minutes: 90...180,
            normalPushRate: 0.10, extraPushRateUnderLoad: 0.05, dealShare: 0, isCustomerFacing: false, isProspecting: true),
        DemoActivityKind(type: .followUp, minutes: 60...90,
            normalPushRate: 0.08, extraPushRateUnderLoad: 0.04, dealShare: 0.9, isCustomerFacing: true, isProspecting: false),
        DemoActivityKind(type: .crmAdmin, minutes: 60...120,
            normalPushRate: 0.12, extraPushRateUnderLoad: 0.12, dealShare: 0, isCustomerFacing: false, isProspecting: false),
        DemoActivityKind(type: .quotePreparation, minutes: 60...180,
            normalPushRate: 0.05, extraPushRateUnderLoad: 0.03, dealShare: 1, isCustomerFacing: false, isProspecting: false),
        DemoActivityKind(type: .research, minutes: 60...120,
            normalPushRate: 0.10, extraPushRateUnderLoad: 0.10, dealShare: 0.3, isCustomerFacing: false, isProspecting: false),
        DemoActivityKind(type: .meetingPreparation, minutes: 60...90,
            normalPushRate: 0.06, extraPushRateUnderLoad: 0.04, dealShare: 0.85, isCustomerFacing: false, isProspecting: false),
        DemoActivityKind(type: .internalMeeting, minutes: 60...120,
            normalPushRate: 0.08, extraPushRateUnderLoad: 0.06, dealShare: 0, isCustomerFacing: false, isProspecting: false),
        DemoActivityKind(type: .training, minutes: 120...240,
            normalPushRate: 0.12, extraPushRateUnderLoad: 0.12, dealShare: 0, isCustomerFacing: false, isProspecting: false),
        DemoActivityKind(type: .travelAdmin, minutes: 45...60,
            normalPushRate: 0.10, extraPushRateUnderLoad: 0.08, dealShare: 0, isCustomerFacing: false, isProspecting: false),
        DemoActivityKind(type: .reporting, minutes: 60...90,
            normalPushRate: 0.10, extraPushRateUnderLoad: 0.08, dealShare: 0, isCustomerFacing: false, isProspecting: false),
    ]

    /// The Monday team meeting every working week starts with.
    static let weeklyTeamMeeting = kinds.firstIndex { $0.type == .internalMeeting }!
    /// The Friday CRM clean-up every working week ends with.
    static let weeklyCRMUpkeep = kinds.firstIndex { $0.type == .crmAdmin }!
}
