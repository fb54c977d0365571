import Foundation
import KeelStore
import SalesDomain

/// A person's data export as a page to read (and print): the same ``PersonExport`` the JSON
/// file holds, section by section, with what this reader's export leaves out said at the end.
enum PersonExportPage {
    static func render(_ export: PersonExport, context: PageContext) -> Node {
        let text = context.text
        let person = export.profile.person
        let locale = Locale(identifier: text.language.rawValue)
        let day = Date.FormatStyle(date: .abbreviated, time: .omitted, locale: locale, timeZone: context.calendar.timeZone)
        let moment = Date.FormatStyle(date: .abbreviated, time: .shortened, locale: locale, timeZone: context.calendar.timeZone)
        return Layout.page(title: text(.exportTitle, ["name": person.name]), context: context) {
            h1(.id("export-title")) { text(.exportTitle, ["name": person.name]) }
            p(.class("subtitle")) { text(.exportIntro, ["name": person.name]) }
            p {
                text(.exportGenerated, ["time": export.generatedAt.formatted(moment)])
                " "
                text(export.reader == .person ? .exportReaderPerson : .exportReaderAdministrator)
            }
            div(.class("actions")) {
                a(.href("/people/\(person.id)/export.json"), .class("button"), .id("export-json")) { text(.exportDownloadJSON) }
            }
            h2 { text(.exportProfile) }
            div(.class("card")) {
                dl(.class("facts"), .id("export-profile")) {
                    dt { text(.formName) }
                    dd { person.name }
                    dt { text(.personEmail) }
                    dd { person.email }
                    dt { text(.personJobRole) }
                    dd { text.name(of: person.jobRole) }
                    dt { text(.personAccessRole) }
                    dd { text.name(of: person.accessRole) }
                    dt { text(.personTeam) }
                    dd { export.profile.team ?? text(.personNoTeam) }
                    dt { text(.personMarket) }
                    dd { export.profile.market ?? "—" }
                    dt { text(.personStatus) }
                    dd { person.isActive ? text(.personActive) : text(.personDeactivated) }
                }
            }
            part(.id("export-team-history"), title: text(.exportTeamHistory), count: export.teamHistory.count, text: text) {
                textTable(headers: [text(.personTeam), text(.personFrom), text(.personUntil)], rows: export.teamHistory.map {
                    [$0.team, $0.from.formatted(day), $0.until.map { $0.formatted(day) } ?? text(.personPresent)]
                })
            }
            let ratingHeaders = [text(.exportColumnCycle), text(.exportColumnCompetency), text(.exportColumnSource), text(.exportColumnLevel),
                                 text(.exportColumnOther), text(.exportColumnEvidence)]
            let ratingRow: (PersonExport.RatingRecord) -> [String] = { record in
                [record.cycle, record.competency, RatingFormPage.sourceName(record.rating.source, context: context), String(record.rating.level),
                 record.otherPerson ?? "—", record.rating.evidence]
            }
            part(.id("export-ratings-received"), title: text(.exportRatingsReceived), count: export.competence.ratingsReceived.count, text: text) {
                textTable(headers: ratingHeaders, rows: export.competence.ratingsReceived.map(ratingRow))
            }
            part(.id("export-ratings-given"), title: text(.exportRatingsGiven), count: export.competence.ratingsGiven.count, text: text) {
                textTable(headers: ratingHeaders, rows: export.competence.ratingsGiven.map(ratingRow))
            }
            part(.id("export-result-comments"), title: text(.exportResultComments), count: export.competence.resultComments.count, text: text) {
                textTable(headers: [text(.personFrom), text(.exportColumnText)], rows: export.competence.resultComments.map {
                    [$0.createdAt.formatted(day), $0.text]
                })
            }
            part(.id("export-activities"), title: text(.exportActivities), count: export.execution.activities.count, text: text) {
                textTable(headers: [text(.exportColumnType), text(.exportColumnPlanned), text(.exportColumnDone), text(.exportColumnSubject)],
                      rows: export.execution.activities.map {
                          [$0.activity.type.rawValue, $0.activity.plannedDate.formatted(day), $0.activity.doneDate.map { $0.formatted(day) } ?? "—",
                           $0.subject ?? ""]
                      })
            }
            part(.id("export-postponements"), title: text(.exportPostponements), count: export.execution.postponements.count, text: text) {
                textTable(headers: [text(.exportColumnPlanned), text(.exportColumnReason), text(.exportColumnVerdict)],
                      rows: export.execution.postponements.map { postponement in
                          [postponement.from.formatted(day), postponement.reasonCode.rawValue,
                           postponement.review.map { review in
                               (review.verdict == .verifiedObstacle ? text(.reviewVerified) : text(.reviewExcuse)) + (review.note.map { ": \($0)" } ?? "")
                           } ?? "—"]
                      })
            }
            part(.id("export-deals"), title: text(.exportDeals), count: export.execution.dealsOwned.count, text: text) {
                textTable(headers: [text(.exportColumnDeal), text(.exportColumnStage), text(.exportColumnValue), text(.personFrom)],
                      rows: export.execution.dealsOwned.map {
                          [$0.externalID ?? $0.id.description, "\($0.stage.rawValue) (\($0.outcome.rawValue))", "\($0.value)", $0.createdAt.formatted(day)]
                      })
            }
            part(.id("export-coaching"), title: text(.exportCoachingSessions),
                 count: export.coaching.sessionsAsSeller.count + export.coaching.sessionsAsCoach.count, text: text) {
                textTable(headers: [text(.planDate), text(.planType), text(.coachingColumnCoach), text(.sessionNotes)],
                      rows: (export.coaching.sessionsAsSeller + export.coaching.sessionsAsCoach).map {
                          [$0.scheduledAt.formatted(day), CoachingNames.type($0.type, text: text), CoachingNames.status($0.status, text: text), $0.notes]
                      })
            }
            part(.id("export-next-steps"), title: text(.exportNextSteps), count: export.coaching.nextSteps.count, text: text) {
                textTable(headers: [text(.nextStepWhat), text(.nextStepDue), text(.exportColumnStatus)],
                      rows: export.coaching.nextSteps.map { [$0.text, $0.due.description, CoachingNames.itemStatus($0.status, text: text)] })
            }
            part(.id("export-practice"), title: text(.exportPracticeRepetitions), count: export.practice.repetitions.count, text: text) {
                practiceTable(export.practice.repetitions, text: text)
            }
            if !export.practice.repetitionsObserved.isEmpty {
                part(.id("export-practice-observed"), title: text(.exportPracticeObserved), count: export.practice.repetitionsObserved.count,
                     text: text) {
                    practiceTable(export.practice.repetitionsObserved, scoredByReader: true, text: text)
                }
            }
            if !export.kpis.targets.isEmpty || !export.kpis.entries.isEmpty {
                part(.id("export-kpis"), title: text(.exportKPIs), count: export.kpis.targets.count + export.kpis.entries.count, text: text) {
                    kpiTable(export.kpis, text: text)
                }
            }
            part(.id("export-goals"), title: text(.exportGoals), count: export.goals.goals.count, text: text) {
                textTable(headers: [text(.goalFieldTitle), text(.goalFieldStart), text(.goalFieldDue), text(.goalFieldTarget), text(.goalValueLabel)],
                      rows: export.goals.goals.map {
                          [$0.title, $0.start.description, $0.due.description, $0.target.map { "\($0)" } ?? "—", $0.latestValue.map { "\($0)" } ?? "—"]
                      })
            }
            part(.id("export-wins-received"), title: text(.exportWinsReceived), count: export.goals.winsReceived.count, text: text) {
                textTable(headers: [text(.winFieldText), text(.exportColumnPostedBy), text(.auditColumnWhen)],
                      rows: export.goals.winsReceived.map { [$0.text, $0.otherParty ?? "—", $0.postedAt.formatted(day)] })
            }
            if !export.goals.winsPosted.isEmpty {
                part(.id("export-wins-posted"), title: text(.exportWinsPosted), count: export.goals.winsPosted.count, text: text) {
                    textTable(headers: [text(.winFieldText), text(.winFieldSubject), text(.auditColumnWhen)],
                          rows: export.goals.winsPosted.map { [$0.text, $0.otherParty ?? "—", $0.postedAt.formatted(day)] })
                }
            }
            part(.id("export-audit"), title: text(.exportAudit), count: export.audit.count, text: text) {
                textTable(headers: [text(.auditColumnWhen), text(.auditColumnWhat), text(.auditColumnChanges)], rows: export.audit.map { event in
                    [event.occurredAt.formatted(moment), "\(text.auditKind(event.kind)): \(text.auditAction(event.action))",
                     event.changes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.old ?? "—") → \($0.value.new ?? "—")" }.joined(separator: "; ")]
                })
            }
            if !export.withheld.isEmpty {
                h2 { text(.exportWithheld) }
                ul(.class("card"), .id("export-withheld")) {
                    for (reason, count) in export.withheld.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                        li { text(withheldKey(reason), ["count": String(count)]) }
                    }
                }
            }
        }
    }

    static func withheldKey(_ reason: PersonExport.Withheld) -> TextKey {
        switch reason {
        case .peerRatingsReceived: .exportWithheldPeerRatings
        case .ratingsBeforeCycleClosed: .exportWithheldBeforeClose
        case .auditEventsOfOthersRatings: .exportWithheldAuditOfRatings
        case .coachingPrivateNotes: .exportWithheldPrivateNotes
        }
    }

    static func part(_ id: Attribute, title: String, count: Int, text: Localizer, @HTMLBuilder content: () -> [Node]) -> Node {
        element("section", [id]) {
            h2 { title }
            if count == 0 {
                p(.class("meta")) { text(.exportNone) }
            } else {
                p(.class("meta")) { text(.exportCount, ["count": String(count)]) }
                div(.class("table-wrap")) { content() }
            }
        }
    }

    /// The person's own repetitions name their observer; the role-plays they scored name the seller instead.
    /// Targets first (the week column says "Target"), then the weekly values entered.
    static func kpiTable(_ kpis: PersonExport.KPIs, text: Localizer) -> Node {
        let words = KPIWords(text: text)
        func name(_ key: String) -> String { KPICatalog.kpi(key).map(words.name) ?? key }
        func value(_ key: String, _ value: Double) -> String { KPICatalog.kpi(key).map { words.value($0, value) } ?? String(value) }
        return textTable(
            headers: [text(.kpiFieldKPI), text(.kpiFieldWeek), text(.kpiFieldValue)],
            rows: kpis.targets.map { [name($0.kpiKey), text(.kpiColumnTarget), value($0.kpiKey, $0.value)] }
                + kpis.entries.map { [name($0.kpiKey), $0.week.description, value($0.kpiKey, $0.value)] })
    }

    static func practiceTable(_ records: [PersonExport.PracticeRecord], scoredByReader: Bool = false, text: Localizer) -> Node {
        textTable(
            headers: [text(.practiceColumnDay), text(.practiceColumnItem), text(.practiceColumnSelfScore), text(.practiceColumnObserved),
                      text(.practiceNoteLabel)],
            rows: records.map { record in
                let rep = record.repetition
                let observer = scoredByReader ? nil : record.otherPerson
                let observed = rep.observation.map { observation in
                    [observer.map { text(.practiceObservedLevel, ["level": String(observation.level), "observer": $0]) }
                        ?? text(.practiceLevelNumber, ["level": String(observation.level)]), observation.comment]
                        .filter { !$0.isEmpty }.joined(separator: " — ")
                } ?? "—"
                let title = record.title.text(in: text.language)
                let item = scoredByReader ? record.otherPerson.map { "\(title) (\($0))" } ?? title : title
                return [rep.day.description, item, String(rep.selfScore), observed, rep.note.isEmpty ? "—" : rep.note]
            })
    }

    static func textTable(headers: [String], rows: [[String]]) -> Node {
        table(.class("stacked")) {
            thead { tr { for header in headers { th(.scope("col")) { header } } } }
            tbody {
                for row in rows {
                    tr { for (header, cell) in zip(headers, row) { td(.data("label", header)) { cell } } }
                }
            }
        }
    }
}
