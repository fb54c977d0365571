extension ReasonCatalog {
    /// The catalog a new organization starts with. Obstacles are things outside the seller's
    /// control that someone else could confirm; excuse-prone reasons are the seller's own
    /// prioritization, which is exactly what "can but don't" is about.
    ///
    /// | code | class |
    /// |---|---|
    /// | customer_rescheduled | obstacle |
    /// | customer_unavailable | obstacle |
    /// | waiting_for_customer_input | obstacle |
    /// | waiting_for_internal_approval | obstacle |
    /// | illness | obstacle |
    /// | travel_disruption | obstacle |
    /// | system_outage | obstacle |
    /// | no_time | excuse-prone |
    /// | other_priority | excuse-prone |
    /// | internal_meeting_came_up | excuse-prone |
    /// | not_prepared | excuse-prone |
    /// | forgot | excuse-prone |
    public static let defaults: ReasonCatalog = {
        func reason(_ code: ReasonCode, _ reasonClass: ReasonClass, en: String, sv: String, nb: String) -> PostponementReason {
            PostponementReason(code: code, names: [.english: en, .swedish: sv, .norwegianBokmal: nb], reasonClass: reasonClass)
        }
        // The list is fixed and valid; a failure here is a programming error caught by the tests.
        return try! ReasonCatalog([
            reason("customer_rescheduled", .obstacle,
                   en: "Customer rescheduled", sv: "Kunden bokade om", nb: "Kunden flyttet avtalen"),
            reason("customer_unavailable", .obstacle,
                   en: "Customer could not be reached", sv: "Kunden gick inte att nå", nb: "Kunden var ikke tilgjengelig"),
            reason("waiting_for_customer_input", .obstacle,
                   en: "Waiting for the customer's input", sv: "Väntar på underlag från kunden", nb: "Venter på underlag fra kunden"),
            reason("waiting_for_internal_approval", .obstacle,
                   en: "Waiting for pricing or approval", sv: "Väntar på pris eller godkännande", nb: "Venter på pris eller godkjenning"),
            reason("illness", .obstacle, en: "Illness", sv: "Sjukdom", nb: "Sykdom"),
            reason("travel_disruption", .obstacle, en: "Travel disruption", sv: "Störning i resan", nb: "Forsinkelse på reisen"),
            reason("system_outage", .obstacle, en: "System outage", sv: "Systemet låg nere", nb: "Systemet var nede"),
            reason("no_time", .excuseProne, en: "Ran out of time", sv: "Hann inte", nb: "Rakk det ikke"),
            reason("other_priority", .excuseProne,
                   en: "Other work took priority", sv: "Annat arbete prioriterades", nb: "Annet arbeid ble prioritert"),
            reason("internal_meeting_came_up", .excuseProne,
                   en: "An internal meeting came up", sv: "Ett internt möte kom emellan", nb: "Et internt møte kom i veien"),
            reason("not_prepared", .excuseProne, en: "Not prepared", sv: "Inte förberedd", nb: "Ikke forberedt"),
            reason("forgot", .excuseProne, en: "Forgot", sv: "Glömde bort det", nb: "Glemte det"),
        ])
    }()
}
