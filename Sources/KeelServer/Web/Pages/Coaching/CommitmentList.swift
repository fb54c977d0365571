import SalesDomain

/// A seller's open next steps, overdue ones marked, each one click from done for whoever may mark
/// it (``AccessPolicy/canUpdate(_:of:)``: its owner, the seller, their coach) — on the start page
/// and the coaching page alike.
enum CommitmentList {
    static func render(
        _ items: [ActionItem], seller: Person.ID, viewerCoaches: Bool, today: CalendarDay, names: [Person.ID: String], focusNames: FocusNames,
        returnTo: String, context: PageContext
    ) -> Node {
        let text = context.text
        return ul(.class("plan")) {
            for item in items {
                li(.id("commitment-\(item.id)"), .class(item.isOverdue(on: today) ? "overdue" : "")) {
                    strong { item.text }
                    br()
                    span(.class("meta")) {
                        text(.itemFacts, ["owner": names[item.ownerID] ?? "", "due": item.due.description])
                        if item.isOverdue(on: today) { " "; span(.class("chip-overdue")) { text(.itemOverdue) } }
                        if let link = item.link { " · " + CoachingNames.focus(link, names: focusNames, text: text) }
                    }
                    if viewerCoaches || item.ownerID == context.viewer?.id || seller == context.viewer?.id {
                        ItemDoneForm.render(item, returnTo: returnTo, context: context)
                    }
                }
            }
        }
    }
}
