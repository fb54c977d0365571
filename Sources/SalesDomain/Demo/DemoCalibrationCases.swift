/// The written cases the demo's calibration exercise rates: short, recognizable B2B situations
/// with a quality from weak (1) to strong (5) on the scale of 1–5, so the raters have real
/// differences to agree on.
enum DemoCalibrationCases {
    struct Case {
        let title: String
        let material: String
        /// Where the seller in the case stands, on a 1–5 scale.
        let quality: Double
    }

    static let all: [Case] = [
        Case(title: "Discovery call with a logistics buyer",
             material: "A first call in which the seller asks about volumes and delivery windows but never about the cost of late deliveries.",
             quality: 2),
        Case(title: "Renewal meeting at a municipal IT department",
             material: "The seller opens with the customer's goals for the next budget year and ties every proposal to one of them.",
             quality: 4),
        Case(title: "Price objection from a retail chain",
             material: "The buyer asks for 15 % off; the seller gives 10 % at once and asks for nothing in return.",
             quality: 1.5),
        Case(title: "Multi-site rollout proposal",
             material: "A written proposal with a business case built from the customer's own figures, a pilot and named decision makers.",
             quality: 5),
        Case(title: "Cold call to a manufacturing CFO",
             material: "The seller reads a script about product features and ends the call when asked to send an e-mail.",
             quality: 1),
        Case(title: "Quarterly account review",
             material: "A structured review of usage and open issues; the next step is agreed, but no new need is explored.",
             quality: 3),
        Case(title: "Negotiation with procurement",
             material: "The seller trades a longer contract for a lower price, keeps a concession in reserve and summarizes in writing.",
             quality: 4.5),
        Case(title: "Hand-over from SDR to account executive",
             material: "The meeting notes list the customer's pains and the buying process, but the budget question was never asked.",
             quality: 2.5),
    ]
}
