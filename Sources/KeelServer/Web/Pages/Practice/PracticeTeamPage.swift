import Foundation
import SalesDomain

/// `/practice` for managers and leaders: a scope's sellers, those with overdue practice and with
/// competencies the diagnosis says need practice but nobody practises first — what to raise in
/// the next conversation. Each seller's name opens their plan.
enum PracticeTeamPage {
    struct Model: Sendable {
        var screen: PracticeTeamScreen
        var choices: AnalysisScopeChoices
        var scopeName: String
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let screen = model.screen
        let title = text(.practiceTeamTitle, ["scope": model.scopeName])
        func names(_ ids: [Competency.ID]) -> String {
            ids.compactMap { screen.competencyNames[$0]?.text(in: language) }.joined(separator: ", ")
        }
        return Layout.page(title: title, context: context) {
            h1(.id("practice-team-title")) { title }
            p(.class("meta")) { text(.practiceTeamIntro) }
            ScopeFilter.render(action: "/practice", id: "practice-filter", choices: model.choices, current: screen.scope, period: nil, context: context)
            section(.class("card"), .id("practice-team-summary")) {
                h2 { text(.practiceTeamSummaryTitle) }
                p(.id("practice-team-counts")) { PracticeNames.teamCounts(screen, text: text) }
            }
            if screen.rows.isEmpty {
                p(.class("notice"), .id("practice-team-empty")) { text(.diagnosisNoSellers) }
            } else {
                section(.class("card"), .id("practice-team-sellers")) {
                    h2 { text(.practiceTeamSellersTitle) }
                    p(.class("meta")) { text(.practiceTeamSellersCaption, ["weeks": text.weeks(screen.recentWeeks)]) }
                    div(.class("table-wrap")) {
                        table(.id("practice-team-table"), .class("sticky-first stacked")) {
                            thead { tr {
                                th { text(.columnName) }; th(.class("num")) { text(.practiceColumnDueWeek) }; th(.class("num")) { text(.practiceStatusOverdue) }
                                th(.class("num")) { text(.practiceColumnDoneRecently) }; th(.class("num")) { text(.practiceColumnStreak) }
                                th { text(.practiceColumnPractised) }; th { text(.practiceColumnNeededNotPractised) }
                                th(.class("num")) { text(.practiceColumnToScore) }
                            } }
                            tbody {
                                for row in screen.rows {
                                    tr(.id("practice-row-\(row.personID)")) {
                                        th(Attribute("scope", "row")) { a(.href("/practice/people/\(row.personID)")) { row.name } }
                                        td(.class("num"), .data("label", text(.practiceColumnDueWeek))) { String(row.dueThisWeek) }
                                        td(.class("num"), .data("label", text(.practiceStatusOverdue))) {
                                            if row.overdue > 0 { span(.class("chip-overdue")) { String(row.overdue) } } else { "0" }
                                        }
                                        td(.class("num"), .data("label", text(.practiceColumnDoneRecently))) { String(row.doneRecently) }
                                        td(.class("num"), .data("label", text(.practiceColumnStreak))) { String(row.streakWeeks) }
                                        td(.data("label", text(.practiceColumnPractised))) { row.practised.isEmpty ? "–" : names(row.practised) }
                                        td(.data("label", text(.practiceColumnNeededNotPractised))) {
                                            if row.needed.isEmpty {
                                                span(.class("meta")) { text(.practiceNoDiagnosis) }
                                            } else if row.neededNotPractised.isEmpty {
                                                span(.class("meta")) { text(.practiceNeededAllPractised) }
                                            } else {
                                                names(row.neededNotPractised)
                                            }
                                        }
                                        td(.class("num"), .data("label", text(.practiceColumnToScore))) { String(row.awaitingObservation) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            p { a(.href("/practice/library"), .id("practice-library-link")) { text(.practiceLibraryLink) } }
        }
    }
}
