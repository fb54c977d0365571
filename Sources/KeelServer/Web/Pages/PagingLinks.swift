/// The links to the previous and next page of a paged list, each saying how many it leads to
/// ("Previous 50", "Next 12").
/// `name` makes the ids (`name-paging`, `name-previous`, `name-next`); `href` is the link to the
/// page starting at a position, keeping whatever else the list was asked for.
enum PagingLinks {
    static func render(
        name: String, label: String, offset: Int, shown: Int, total: Int, limit: Int, text: Localizer, href: (Int) -> String
    ) -> Node {
        guard offset > 0 || offset + shown < total else { return .group([]) }
        return nav(.class("actions"), .id("\(name)-paging"), Attribute("aria-label", label)) {
            if offset > 0 {
                a(.href(href(max(offset - limit, 0))), .id("\(name)-previous"), Attribute("rel", "prev")) { text(.listPrevious, ["count": String(min(limit, offset))]) }
            }
            if offset + shown < total {
                " "
                a(.href(href(offset + limit)), .id("\(name)-next"), Attribute("rel", "next")) { text(.listNext, ["count": String(min(limit, total - offset - shown))]) }
            }
        }
    }
}
