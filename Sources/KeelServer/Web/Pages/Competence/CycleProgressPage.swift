import Foundation
import SalesDomain

/// `/competence/cycles/{id}/progress`: how far an open cycle has come — per team, how many
/// participants have their self-assessment, their manager's rating and a peer's rating done, as
/// drafts or not started; who still lacks a manager's rating; and, for leadership, closing the
/// cycle only after confirming what is still missing.
enum CycleProgressPage {
    struct Model: Sendable {
        var progress: CycleProgress
        var errors: [FieldError] = []
    }

    /// A whole organization's list would run to thousands; the team table above counts them all.
    static let missingShown = 100

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let progress = model.progress
        let cycle = progress.cycle
        let title = text(.cycleProgressTitle, ["name": cycle.name])
        let count = progress.participants.count
        return Layout.page(title: title, context: context) {
            h1(.id("progress-title")) { title }
            p(.class("meta")) { text(.cycleProgressIntro) }
            if !model.errors.isEmpty {
                FormErrorSummary.render(
                    FormProblems(model.errors, text: text), labels: ["confirm": text(.cycleCloseConfirmShort)], context: context,
                    anchors: ["confirm": "confirm-close"])
            }
            section(.class("card"), .id("progress-summary")) {
                h2 { text(.cycleProgressSummaryTitle) }
                p(.id("progress-totals")) {
                    text(.cycleProgressTotals, [
                        "count": String(count), "self": String(progress.selfAssessment.done), "manager": String(progress.manager.done),
                        "peers": String(progress.peers.done),
                    ])
                }
                if progress.hiddenParticipants > 0 {
                    p(.class("meta"), .id("progress-hidden")) { text(.cycleProgressHidden, ["count": String(progress.hiddenParticipants)]) }
                }
                div(.class("table-wrap")) {
                    table(.class("stacked"), .id("progress-teams")) {
                        thead { tr {
                            th { text(.cycleProgressColumnTeam) }; th(.class("num")) { text(.cycleProgressColumnParticipants) }
                            th { text(.sourceSelf) }; th { text(.sourceManager) }; th { text(.sourcePeer) }
                        } }
                        tbody {
                            for group in progress.groups {
                                tr(.id("progress-team-\(group.teamID?.description ?? "none")")) {
                                    td { strong { group.name } }
                                    td(.class("num"), .data("label", text(.cycleProgressColumnParticipants))) { String(group.participants) }
                                    td(.data("label", text(.sourceSelf))) { tally(group.selfAssessment, text: text) }
                                    td(.data("label", text(.sourceManager))) { tally(group.manager, text: text) }
                                    td(.data("label", text(.sourcePeer))) { tally(group.peers, text: text) }
                                }
                            }
                        }
                    }
                }
            }
            section(.class("card"), .id("progress-missing")) {
                let missing = progress.missingManagerRating
                h2 { text(.cycleProgressMissingTitle, ["count": String(missing.count), "total": String(count)]) }
                if missing.isEmpty {
                    p { text(.cycleProgressNoneMissing) }
                } else {
                    if missing.count > Self.missingShown {
                        p(.class("meta"), .id("progress-missing-first")) {
                            text(.cycleProgressMissingFirst, ["shown": String(Self.missingShown), "count": String(missing.count)])
                        }
                    }
                    div(.class("table-wrap")) {
                        table(.class("stacked"), .id("progress-missing-table")) {
                            thead { tr {
                                th { text(.cycleProgressColumnPerson) }; th { text(.cycleProgressColumnTeam) }
                                th { text(.sourceManager) }; th { text(.sourceSelf) }; th(.class("num")) { text(.cycleProgressColumnPeers) }
                            } }
                            tbody {
                                for participant in missing.prefix(Self.missingShown) {
                                    tr(.id("missing-\(participant.person.id)")) {
                                        td { a(.href("/people/\(participant.person.id)")) { participant.person.name } }
                                        td(.data("label", text(.cycleProgressColumnTeam))) {
                                            progress.groups.first { $0.teamID == participant.person.teamID }?.name ?? ""
                                        }
                                        td(.data("label", text(.sourceManager))) { state(participant.manager, text: text) }
                                        td(.data("label", text(.sourceSelf))) { state(participant.selfAssessment, text: text) }
                                        td(.class("num"), .data("label", text(.cycleProgressColumnPeers))) { String(participant.peers.submitted) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if context.can(.configureRules), cycle.closedAt == nil { closeForm(model, context: context) }
            p { a(.href("/competence"), .id("progress-back")) { text(.cycleProgressBack) } }
        }
    }

    static func closeForm(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let progress = model.progress
        let problems = FormProblems(model.errors, text: text)
        return section(.class("card"), .id("progress-close")) {
            h2 { text(.cycleClose) }
            p { text(.cycleCloseExplained) }
            form(.method("post"), .action("/competence/cycles/\(progress.cycle.id)/close")) {
                Layout.csrfField(context)
                p {
                    label(.class("check"), .for("confirm-close")) {
                        input(.type("checkbox"), .name("confirm"), .value("yes"), .id("confirm-close"))
                        " "
                        text(.cycleCloseConfirmLabel, [
                            "missing": String(progress.manager.total - progress.manager.done), "count": String(progress.participants.count),
                        ])
                    }
                }
                if let message = problems.message(for: "confirm") { p(.class("field-error"), .id("error-confirm")) { message } }
                button(.type("submit"), .class("danger"), .id("close-cycle")) { text(.cycleClose) }
            }
        }
    }

    static func tally(_ tally: CycleProgress.Tally, text: Localizer) -> String {
        text(.cycleProgressTally, ["done": String(tally.done), "draft": String(tally.draft), "notStarted": String(tally.notStarted)])
    }

    static func state(_ state: CycleProgress.State, text: Localizer) -> String {
        switch state {
        case .done: text(.cycleProgressDone)
        case .draft: text(.cycleProgressDraft)
        case .notStarted: text(.cycleProgressNotStarted)
        }
    }
}
