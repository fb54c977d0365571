import Foundation
import KeelStore
import SalesDomain

/// A team and everyone in its subtree, for its managers and for leadership.
enum TeamPage {

    struct PostponementRow: Sendable {
        var item: ActivityLog.PostponedActivity
        var ownerName: String
        var reasonName: String
    }

    struct Model: Sendable {
        var team: Team
        /// The subtree's active people, and those placed in the team itself.
        var headcount: Int
        var ownMembers: Int
        var ancestors: [Team]
        var market: Market?
        var subteams: [TeamReport.Subteam]
        var managers: [Person]
        var people: [PersonRow]
        var totalPeople: Int
        /// What the review list was asked, one page of its answer, and how many matched.
        var reviewQuery: PostponementReviewQuery
        var postponements: [PostponementRow]
        var postponementTotal: Int
        var postponementUnreviewed: Int
        /// What the review list can be narrowed to: the team's people and every reason in the catalog.
        var personChoices: [(id: Person.ID, name: String)]
        var reasonChoices: [(code: ReasonCode, name: String)]
        /// The postponement just given a verdict (or whose verdict was refused), when it is not on this page.
        var kept: PostponementRow? = nil
        /// A verdict just refused, shown at its row and in the summary.
        var refusedReview: RefusedReview? = nil

        var reviewPerson: Person.ID? {
            if case .person(let id) = reviewQuery.owners { return id }
            return nil
        }

        var isNarrowed: Bool { reviewPerson != nil || reviewQuery.reason != nil || reviewQuery.status != nil }

        /// The team page at another page of the review list, keeping how it is narrowed.
        func reviewHref(offset: Int) -> String {
            var parameters: [String] = []
            if let person = reviewPerson { parameters.append("person=\(person)") }
            if let reason = reviewQuery.reason {
                parameters.append("reason=\(reason.rawValue.addingPercentEncoding(withAllowedCharacters: .urlUnreserved) ?? "")")
            }
            if let status = reviewQuery.status { parameters.append("status=\(status.rawValue)") }
            if let planned = reviewQuery.plannedIn { parameters += ["from=\(planned.weeks.lowerBound)", "to=\(planned.weeks.upperBound)"] }
            if offset > 0 { parameters.append("offset=\(offset)") }
            return "/teams/\(team.id)" + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&")) + "#postponements"
        }
    }

    /// A verdict the page refused: whose postponement, and every problem.
    struct RefusedReview: Sendable {
        var postponementID: Postponement.ID
        var errors: [FieldError]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: model.team.name, context: context) {
            if let refused = model.refusedReview {
                FormErrorSummary.render(
                    FormProblems(refused.errors, text: text), labels: ["verdict": text(.columnReview)], context: context,
                    anchors: ["verdict": "verify-\(refused.postponementID)"])
            }
            if !model.ancestors.isEmpty {
                nav(.aria("label", text(.teamParent)), .class("meta")) {
                    for (index, ancestor) in model.ancestors.reversed().enumerated() {
                        if index > 0 { " › " }
                        a(.href("/teams/\(ancestor.id)")) { ancestor.name }
                    }
                }
            }
            h1(.id("team-name")) { model.team.name }
            if !model.team.isActive {
                p(.class("error-summary")) { text(.teamDeactivated) }
            }
            div(.class("card")) {
                dl(.class("facts")) {
                    dt { text(.teamPeople) }
                    dd(.id("team-headcount")) { headcount(model.headcount, ownMembers: model.ownMembers, text: text) }
                    dt { text(.teamMarket) }
                    dd { model.market.map(text.market) ?? text(.organizationNoMarket) }
                    dt { text(.teamManagers) }
                    dd { model.managers.isEmpty ? "—" : model.managers.map(\.name).joined(separator: ", ") }
                }
            }
            if context.can(.administerDirectory) {
                div(.class("actions")) {
                    a(.href("/teams/\(model.team.id)/edit"), .class("button secondary"), .id("edit-team")) { text(.teamEdit) }
                    form(.method("post"), .action("/teams/\(model.team.id)/\(model.team.isActive ? "deactivate" : "reactivate")"), .class("inline")) {
                        Layout.csrfField(context)
                        button(.type("submit"), .class(model.team.isActive ? "danger" : "secondary")) {
                            text(model.team.isActive ? .teamDeactivate : .teamReactivate)
                        }
                    }
                }
            }
            p { a(.href("/execution?scope=team:\(model.team.id)"), .id("team-execution")) { text(.executionLink) } }
            if !model.subteams.isEmpty {
                h2 { text(.teamSubteams) }
                ul(.class("card tree root"), .id("subteams")) {
                    for subteam in model.subteams {
                        li {
                            a(.href("/teams/\(subteam.team.id)")) { subteam.team.name }
                            " "
                            span(.class("meta")) { headcount(subteam.headcount, ownMembers: subteam.ownMembers, text: text) }
                        }
                    }
                }
            }
            h2 { text(.teamPeople) }
            if !model.subteams.isEmpty {
                p(.class("meta")) { text(.teamIncludesSubteams, ["name": model.team.name]) }
            }
            if model.people.isEmpty {
                p { text(.teamNoPeople) }
            } else {
                if model.totalPeople > model.people.count {
                    p(.class("meta"), .id("people-truncated")) {
                        text(.teamShowingFirst, ["shown": String(model.people.count), "total": String(model.totalPeople)])
                    }
                }
                PersonRow.listing(model.people, id: "team-people", context: context, caption: text(.teamPeople))
            }
            postponements(model, context: context)
        }
    }

    /// "37 people (2 in the team itself)": a team's people include its sub-teams'; its own are
    /// named apart when they differ.
    static func headcount(_ total: Int, ownMembers: Int, text: Localizer) -> String {
        total == ownMembers ? text.headcount(total) : "\(text.headcount(total)) (\(text(.teamOwnMembers, ["count": String(ownMembers)])))"
    }

    static func postponements(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let query = model.reviewQuery
        let period = query.plannedIn.map { ["weeks": text.weeks($0.weeks)] }
        return section(.id("postponements")) {
            if let period {
                // Asked for a period (the start page's count links here): the same postponements it counted.
                h2 { text(.teamPostponementsPeriodTitle, period) }
                p(.class("meta")) { text(.teamPostponementsPeriodIntro, period) }
                p(.class("meta")) { a(.href("/teams/\(model.team.id)#postponements"), .id("postponements-recent")) { text(.teamPostponementsRecent) } }
            } else {
                h2 { text(.teamPostponements) }
                p(.class("meta")) { text(.teamPostponementsIntro) }
            }
            if model.postponementTotal > 0 || model.isNarrowed {
                reviewFilter(model, context: context)
            }
            if let kept = model.kept {
                div(.class("card"), .id("postponement-kept")) {
                    // A refused verdict is kept in view too, where its problem is shown; nothing was saved.
                    if model.refusedReview?.postponementID != kept.item.postponement.id {
                        p(.class("notice"), Attribute("role", "status")) { text(.teamPostponementKept) }
                    }
                    postponementTable([kept], id: "postponement-kept-table", model: model, context: context)
                }
            }
            if model.postponements.isEmpty {
                p(.id("postponements-none")) {
                    if let period { text(.teamPostponementsPeriodNone, period) } else { text(model.isNarrowed ? .teamPostponementsNoMatch : .teamPostponementsNone) }
                }
            } else {
                p(.id("postponements-count")) {
                    text(.teamPostponementsShowing, [
                        "first": String(query.offset + 1), "last": String(query.offset + model.postponements.count),
                        "total": String(model.postponementTotal), "unreviewed": String(model.postponementUnreviewed),
                    ])
                }
                postponementTable(model.postponements, id: "postponement-table", model: model, context: context)
                PagingLinks.render(
                    name: "postponements", label: text(.teamPostponements), offset: query.offset, shown: model.postponements.count,
                    total: model.postponementTotal, limit: query.limit, text: text, href: model.reviewHref(offset:))
            }
        }
    }

    /// The review list's rows, each with its verdict buttons; the one just reviewed is marked.
    static func postponementTable(_ rows: [PostponementRow], id: String, model: Model, context: PageContext) -> Node {
        let text = context.text
        let back = model.reviewHref(offset: model.reviewQuery.offset)
        return div(.class("table-wrap")) {
            table(.id(id), .class("stacked")) {
                thead {
                    tr {
                        th(Attribute("scope", "col")) { text(.columnPerson) }
                        th(Attribute("scope", "col")) { text(.columnActivityType) }
                        th(Attribute("scope", "col")) { text(.columnPlannedFor) }
                        th(Attribute("scope", "col")) { text(.columnChange) }
                        th(Attribute("scope", "col")) { text(.columnReason) }
                        th(Attribute("scope", "col")) { text(.columnReview) }
                    }
                }
                tbody {
                    for row in rows {
                        let postponement = row.item.postponement
                        let justReviewed = postponement.id == model.reviewQuery.keeping
                        element("tr", [.data("postponement-id", postponement.id.description)] + (justReviewed ? [.class("just-reviewed")] : [])) {
                            td { a(.href("/people/\(postponement.ownerID)")) { row.ownerName } }
                            td(.data("label", text(.columnActivityType))) { context.text.activityType(row.item.activityType) }
                            td(.class("date"), .data("label", text(.columnPlannedFor))) { FormDate.string(postponement.from, in: context.calendar) }
                            td(.class("date"), .data("label", text(.columnChange))) {
                                postponement.movedTo.map { "→ \(FormDate.string($0, in: context.calendar))" } ?? text(.activityDropped)
                            }
                            td(.class("reason"), .data("label", text(.columnReason))) { row.reasonName }
                            td(.data("label", text(.columnReview))) {
                                review(postponement, team: model.team.id, back: back,
                                       refused: model.refusedReview?.postponementID == postponement.id ? model.refusedReview?.errors ?? [] : [],
                                       context: context)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Narrows the review list to one person, one reason or those still without a verdict.
    static func reviewFilter(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let query = model.reviewQuery
        /// One narrowing: "all" (empty) first, then each choice, the current one selected.
        func narrowing(_ name: String, label title: String, all: String, choices: [(value: String, label: String)], current: String?) -> Node {
            label {
                title
                select(.name(name), .id("postponements-\(name)")) {
                    for (value, text) in [("", all)] + choices {
                        Node.element("option", [.value(value)] + (value == (current ?? "") ? [.selected] : []), [.text(text)])
                    }
                }
            }
        }
        return form(.method("get"), .action("/teams/\(model.team.id)#postponements"), .class("row card"), .id("postponements-filter")) {
            if let planned = query.plannedIn {
                input(.type("hidden"), .name("from"), .value(planned.weeks.lowerBound.description))
                input(.type("hidden"), .name("to"), .value(planned.weeks.upperBound.description))
            }
            narrowing("person", label: text(.columnPerson), all: text(.reviewEveryone),
                      choices: model.personChoices.map { ($0.id.description, $0.name) }, current: model.reviewPerson?.description)
            narrowing("reason", label: text(.columnReason), all: text(.reviewEveryReason),
                      choices: model.reasonChoices.map { ($0.code.rawValue, $0.name) }, current: query.reason?.rawValue)
            narrowing("status", label: text(.columnReview), all: text(.reviewEveryStatus),
                      choices: [(PostponementReviewQuery.Status.unreviewed.rawValue, text(.reviewPending)),
                                (PostponementReviewQuery.Status.reviewed.rawValue, text(.reviewDone))],
                      current: query.status?.rawValue)
            button(.type("submit"), .class("secondary"), .id("postponements-show")) { text(.reviewShow) }
        }
    }

    /// Both verdicts as buttons, the one given marked, so a verdict can be changed as it was
    /// given; the store replaces it and the audit log keeps both. `back` is the list as it was.
    static func review(_ postponement: Postponement, team: Team.ID, back: String, refused: [FieldError] = [], context: PageContext) -> Node {
        let text = context.text
        let message = FormProblems(refused, text: text).message(for: "verdict")
        guard postponement.ownerID != context.viewer?.id else {
            return postponement.review.map { review in span(.class("badge")) { verdictName(review.verdict, text: text) } } ?? .text(text(.reviewPending))
        }
        let current = postponement.review?.verdict
        return form(.method("post"), .action("/postponements/\(postponement.id)/review"), .class("row")) {
            Layout.csrfField(context)
            input(.type("hidden"), .name("team"), .value(team.description))
            input(.type("hidden"), .name("return"), .value(back))
            for verdict in [ReviewVerdict.verifiedObstacle, .acceptedExcuse] {
                let given = verdict == current
                element("button", [
                    .type("submit"), .name("verdict"), .value(verdict.rawValue), .class(given ? "small-button" : "small-button secondary"),
                    Attribute("aria-pressed", given ? "true" : "false"), .id("\(verdict == .verifiedObstacle ? "verify" : "excuse")-\(postponement.id)"),
                ] + (message == nil ? [] : [Attribute("aria-invalid", "true"), .aria("describedby", "error-verdict-\(postponement.id)")])) {
                    given ? "✓ \(verdictName(verdict, text: text))" : verdictName(verdict, text: text)
                }
            }
            if let message { span(.class("field-error"), .id("error-verdict-\(postponement.id)")) { message } }
        }
    }

    static func verdictName(_ verdict: ReviewVerdict, text: Localizer) -> String {
        verdict == .verifiedObstacle ? text(.reviewVerified) : text(.reviewExcuse)
    }
}

extension CharacterSet {
    /// RFC 3986's unreserved characters: a query value made of these needs no escaping.
    static let urlUnreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
