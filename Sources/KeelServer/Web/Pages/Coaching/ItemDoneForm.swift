import SalesDomain

/// The one-button form that marks a next step done (on the session page and the start page).
enum ItemDoneForm {
    static func render(_ item: ActionItem, returnTo: String, context: PageContext) -> Node {
        form(.method("post"), .action("/coaching/action-items/\(item.id)/done"), .class("inline item-done"), .id("done-\(item.id)")) {
            Layout.csrfField(context)
            input(.type("hidden"), .name("return"), .value(returnTo))
            button(.type("submit"), .class("small-button secondary"), .id("done-button-\(item.id)")) { context.text(.itemMarkDone) }
        }
    }
}
