import Foundation
import KeelCharts
import SalesDomain

/// The team feed of wins (SPEC §4, "celebrate success"): the recognitions the viewer reads,
/// newest first, for a manager with Keel's suggestions on top and a form to post one — from the
/// same ``WinFeed`` as `GET /api/v1/wins`.
enum WinsPage {
    struct Model: Sendable {
        var feed: WinFeed
        var calendar: WeekCalendar
        var values: [String: String] = [:]
        var errors: [FieldError] = []
        var notice: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let feed = model.feed
        return Layout.page(title: text(.winsTitle), context: context) {
            h1(.id("wins-title")) { text(.winsTitle) }
            p(.class("meta")) { text(.winsIntro) }
            if let notice = model.notice { p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice } }
            div(.class("actions")) { a(.href("/goals"), .id("wins-open-goals")) { text(.winsOpenGoals) } }
            if !feed.suggestions.isEmpty { suggestions(feed.suggestions, context: context, numbers: numbers) }
            if !feed.people.isEmpty || !feed.postableTeams.isEmpty {
                postForm(model, context: context)
            }
            section(.id("wins-feed")) {
                h2 { text(.winsFeedTitle) }
                if feed.teams.count > 1 {
                    form(.method("get"), .action("/wins"), .class("inline filter"), .id("wins-filter")) {
                        label(.for("wins-team")) {
                            text(.winsFilterTeam)
                            select(.id("wins-team"), .name("team")) {
                                option(.value("")) { text(.winsFilterAll) }
                                for team in feed.teams {
                                    if team.id == feed.team {
                                        option(.value(team.id.description), .selected) { team.name }
                                    } else {
                                        option(.value(team.id.description)) { team.name }
                                    }
                                }
                            }
                        }
                        button(.type("submit"), .class("secondary")) { text(.winsFilter) }
                    }
                }
                p(.class("meta"), .id("wins-count")) {
                    feed.entries.count >= WinFeed.limit ? text(.winsCountLimited, ["count": String(feed.entries.count)])
                        : text(.winsCount, ["count": String(feed.entries.count)])
                }
                if feed.entries.isEmpty {
                    p(.class("card"), .id("wins-empty")) { text(.winsEmpty) }
                } else {
                    ul(.class("win-feed")) {
                        for entry in feed.entries {
                            li(.class("card win"), .id("win-\(entry.win.id)")) {
                                p(.class("win-text")) { entry.win.text }
                                p(.class("meta")) {
                                    text(.winFor, ["name": entry.subjectName]) + " · "
                                        + text(.winPostedBy, ["name": entry.postedByName, "date": model.calendar.day(containing: entry.win.postedAt).description])
                                    if let goal = entry.goalTitle { " · " + text(.winGoal, ["title": goal]) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func suggestionLine(_ suggestion: WinSuggestion, currency: ReportingCurrency, numbers: ChartNumberFormat, text: Localizer) -> String {
        switch suggestion.source {
        case .deal:
            text(.winSuggestionDeal, [
                "name": suggestion.subjectName, "title": suggestion.title,
                "value": suggestion.value.map { numbers.amount($0, in: currency) } ?? "",
            ])
        case .goal:
            text(.winSuggestionGoal, ["name": suggestion.subjectName, "title": suggestion.title])
        }
    }

    static func suggestions(_ suggestions: [WinSuggestion], context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        return section(.class("card"), .id("wins-suggestions")) {
            h2 { text(.winsSuggestionsTitle, ["count": String(suggestions.count)]) }
            p(.class("meta")) { text(.winsSuggestionsIntro, ["days": String(WinSuggestion.dealWindowDays)]) }
            ul(.class("plain")) {
                for suggestion in suggestions {
                    let key = suggestion.source.key
                    li(.class("suggestion"), .id("suggestion-\(key.replacingOccurrences(of: ":", with: "-"))")) {
                        p { suggestionLine(suggestion, currency: context.currency, numbers: numbers, text: text) }
                        div(.class("actions")) {
                            form(.method("post"), .action("/wins"), .class("inline")) {
                                Layout.csrfField(context)
                                switch suggestion.subject {
                                case .person(let id): input(.type("hidden"), .name("subject"), .value("person:\(id)"))
                                case .team(let id): input(.type("hidden"), .name("subject"), .value("team:\(id)"))
                                }
                                input(.type("hidden"), .name("source"), .value(key))
                                label(.for("text-\(key)"), .class("visually-hidden")) { text(.winFieldText) }
                                input(
                                    .type("text"), .id("text-\(key)"), .name("text"),
                                    .value(text(suggestion.source.isDeal ? .winSuggestionDealText : .winSuggestionGoalText, ["title": suggestion.title])))
                                button(.type("submit")) { text(.winPost) }
                            }
                            form(.method("post"), .action("/wins/suggestions/\(key)/dismiss"), .class("inline")) {
                                Layout.csrfField(context)
                                button(.type("submit"), .class("secondary")) { text(.winDismiss) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func postForm(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let problems = FormProblems(model.errors, text: text)
        let labels = ["subject": text(.winFieldSubject), "text": text(.winFieldText)]
        let names = PersonLabels.labels(of: model.feed.people)
        let subjects: [(value: String, label: String)] = model.feed.people.map { ("person:\($0.id)", names[$0.id] ?? $0.name) }
            + model.feed.postableTeams.map { ("team:\($0.id)", text(.goalOwnerTeam, ["name": $0.name])) }
        return section(.class("card"), .id("wins-post")) {
            h2 { text(.winsPostTitle) }
            if !problems.isEmpty { FormErrorSummary.render(problems, labels: labels, context: context, anchorPrefix: "field-") }
            form(.method("post"), .action("/wins"), .class("stacked"), .id("win-form")) {
                Layout.csrfField(context)
                FormField.choice("subject", label: labels["subject"]!, options: subjects, selected: model.values["subject"], problems: problems)
                label(.for("field-text")) {
                    labels["text"]!
                    textarea(.name("text"), .id("field-text"), Attribute("rows", "3")) { model.values["text"] ?? "" }
                    if let message = problems.message(for: "text") { span(.class("field-error"), .id("error-text")) { message } }
                }
                button(.type("submit"), .id("win-post")) { text(.winPost) }
            }
        }
    }
}

extension WinSuggestion.Source {
    var isDeal: Bool {
        if case .deal = self { true } else { false }
    }
}
