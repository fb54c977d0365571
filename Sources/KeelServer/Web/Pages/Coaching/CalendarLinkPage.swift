import SalesDomain

/// The one page that shows a new calendar link: the secret is in the URL, so Keel keeps only its
/// hash and cannot show it again.
enum CalendarLinkPage {
    static func render(url: String, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: text(.calendarLinkTitle), context: context) {
            h1(.id("calendar-title")) { text(.calendarLinkTitle) }
            section(.class("card"), .id("calendar-link")) {
                p { text(.calendarLinkIntro) }
                label(.for("calendar-url")) {
                    text(.calendarLinkLabel)
                    input(.type("text"), .id("calendar-url"), .value(url), Attribute("readonly", nil))
                }
                p(.class("meta")) { text(.calendarLinkOnce) }
                a(.href("/coaching")) { text(.calendarBack) }
            }
        }
    }
}
