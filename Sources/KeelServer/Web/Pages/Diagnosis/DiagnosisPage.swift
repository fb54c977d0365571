import Foundation
import KeelCharts
import SalesDomain

/// The diagnosis page (SPEC §3): for a person, team, market or the organization, which sellers
/// and areas need what — execution gap, competence gap, development need — the structural
/// findings that are leadership's rather than the sellers', who moved, and, for one person, the
/// evidence behind every verdict.
enum DiagnosisPage {
    struct Model: Sendable {
        var overview: DiagnosisOverview
        var choices: AnalysisScopeChoices
        var scopeName: String
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let overview = model.overview
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let title = text(.diagnosisTitle, ["scope": model.scopeName])
        return Layout.page(title: title, context: context) {
            h1(.id("diagnosis-title")) { title }
            p(.class("meta")) { text(.diagnosisIntro) }
            ScopeFilter.render(
                action: "/diagnosis", id: "diagnosis-filter", choices: model.choices, current: overview.scope, weeks: overview.weeks,
                context: context)
            basis(overview, context: context, numbers: numbers)
            decided(overview, context: context)
            if overview.whole.sellers == 0 {
                p(.class("notice"), .id("diagnosis-empty")) { text(.diagnosisNoSellers) }
            } else {
                if case .person(let id) = overview.scope, let diagnosis = overview.report.seller(id) {
                    evidence(diagnosis, overview: overview, context: context, numbers: numbers)
                    changes(overview, context: context)
                } else {
                    distribution(overview, context: context)
                    findings(overview, context: context, numbers: numbers)
                    sellers(overview, context: context, numbers: numbers)
                    changes(overview, context: context)
                }
            }
        }
    }

    static func basis(_ overview: DiagnosisOverview, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let policy = overview.policy
        return div(.id("diagnosis-basis")) {
            if let basis = overview.basis {
                p(.class("meta")) {
                    text(.diagnosisBasis, [
                        "cycle": basis.cycleName, "closed": FormDate.string(basis.closedAt, in: context.calendar),
                        "weeks": text.weeks(overview.weeks), "previousWeeks": text.weeks(overview.previousWeeks),
                    ])
                }
            } else {
                p(.class("notice"), .id("diagnosis-no-cycle")) { text(.diagnosisNoCycle) }
            }
            p(.class("meta")) {
                text(.diagnosisRule, [
                    "tolerance": numbers.number(policy.tolerance), "threshold": numbers.percent(policy.executionThreshold),
                    "activities": String(policy.minimumPlannedActivities), "deals": String(policy.minimumDecidedDeals),
                ])
            }
        }
    }

    /// When a wide scope's answer was decided, if it was kept and shared rather than decided now.
    static func decided(_ overview: DiagnosisOverview, context: PageContext) -> Node {
        DecidedNote.render(overview.keptAt, sellers: overview.whole.sellers, id: "diagnosis-decided", context: context)
    }

    static func verdictName(_ verdict: AreaVerdict, text: Localizer) -> String {
        switch verdict {
        case .strength: text(.verdictStrength)
        case .executionGap: text(.verdictExecutionGap)
        case .competenceGap: text(.verdictCompetenceGap)
        case .developmentNeed: text(.verdictDevelopmentNeed)
        case .obstructed: text(.verdictObstructed)
        case .notEnoughData: text(.verdictNotEnoughData)
        }
    }

    static func advice(_ verdict: AreaVerdict, text: Localizer) -> String {
        switch verdict {
        case .strength: text(.adviceStrength)
        case .executionGap: text(.adviceExecutionGap)
        case .competenceGap: text(.adviceCompetenceGap)
        case .developmentNeed: text(.adviceDevelopmentNeed)
        case .obstructed: text(.adviceObstructed)
        case .notEnoughData: text(.adviceNotEnoughData)
        }
    }

    static func chip(_ verdict: AreaVerdict, text: Localizer) -> Node {
        span(.class("verdict verdict-\(verdict.rawValue)")) { verdictName(verdict, text: text) }
    }

    /// Verdicts in the order a reader acts on them.
    static let verdictOrder: [AreaVerdict] = [.developmentNeed, .executionGap, .competenceGap, .obstructed, .strength, .notEnoughData]

    static func distribution(_ overview: DiagnosisOverview, context: PageContext) -> Node {
        let text = context.text
        let counts = overview.whole.distribution
        let total = counts.values.reduce(0, +)
        return section(.class("card"), .id("diagnosis-distribution")) {
            h2 { text(.diagnosisDistributionTitle) }
            p(.class("meta")) { text(.diagnosisDistributionCount, ["total": String(total), "sellers": String(overview.whole.sellers)]) }
            ul(.class("verdicts")) {
                for verdict in verdictOrder {
                    li(.id("verdict-count-\(verdict.rawValue)")) {
                        chip(verdict, text: text)
                        span(.class("verdict-count")) { String(counts[verdict, default: 0]) }
                        span(.class("meta")) { advice(verdict, text: text) }
                    }
                }
            }
        }
    }

    static func areaNames(_ keys: [String], overview: DiagnosisOverview, text: Localizer) -> String {
        keys.map { overview.area($0)?.name.text(in: text.language) ?? $0 }.joined(separator: ", ")
    }

    static func stageName(_ stage: DealStage, text: Localizer) -> String { text.stage(stage) }

    static func findings(_ overview: DiagnosisOverview, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let names = Dictionary(overview.sellers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return section(.class("card"), .id("diagnosis-findings")) {
            h2 { text(.diagnosisFindingsTitle) }
            p(.class("meta")) { text(.diagnosisFindingsIntro) }
            if overview.report.findings.isEmpty {
                p { text(.diagnosisNoFindings) }
            }
            for (index, group) in groupedFindings(overview.report.findings).enumerated() {
                article(.class("finding"), .id("finding-\(index + 1)")) {
                    h3 { groupName(overview.groupNames[group.scope.description] ?? group.scope.description, scope: group.scope, text: text) }
                    ul(.class("plan")) {
                        for finding in group.findings {
                            li {
                                strong { areaNames(finding.areaKeys, overview: overview, text: text) + ": " }
                                cause(finding, overview: overview, text: text, numbers: numbers)
                            }
                        }
                    }
                    if let reasons = group.findings.compactMap(\.verifiedReasons).max(by: { $0.values.reduce(0, +) < $1.values.reduce(0, +) }) {
                        p(.class("meta")) {
                            text(.findingReasons) + ": " + reasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { reason, count in
                                "\(overview.catalog.reason(for: reason)?.name(in: text.language) ?? reason.rawValue) (\(count))"
                            }.joined(separator: ", ")
                        }
                    }
                    dl(.class("facts")) {
                        dt { text(.findingAffected) }
                        dd {
                            for (position, person) in group.people.enumerated() {
                                if position > 0 { ", " }
                                a(.href(personLink(person, overview: overview))) { names[person] ?? person.description }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A team's or market's name as stored, a market's in the reader's language.
    static func groupName(_ stored: String, scope: AnalysisScope, text: Localizer) -> String {
        if case .market = scope { return text.market(named: stored) }
        return stored
    }

    /// A team's or market's findings together, so one obstacle that shows in several areas
    /// reads as one story.
    static func groupedFindings(_ findings: [StructuralFinding]) -> [(scope: AnalysisScope, findings: [StructuralFinding], people: [Person.ID])] {
        var order: [AnalysisScope] = []
        var byScope: [AnalysisScope: [StructuralFinding]] = [:]
        for finding in findings {
            if byScope[finding.scope] == nil { order.append(finding.scope) }
            byScope[finding.scope, default: []].append(finding)
        }
        return order.map { scope in
            let group = byScope[scope] ?? []
            var people: [Person.ID] = []
            for person in group.flatMap(\.affectedPeople) where !people.contains(person) { people.append(person) }
            return (scope, group, people)
        }
    }

    static func cause(_ finding: StructuralFinding, overview: DiagnosisOverview, text: Localizer, numbers: ChartNumberFormat) -> String {
        switch finding.cause {
        case .verifiedObstacles(_, let explained, let shortfall):
            text(.findingObstacles, ["share": numbers.percent(finding.share), "explained": String(explained), "shortfall": String(shortfall)])
        case .stalledStage(let stage, let deals, let sellers, let groupSellers):
            text(.findingStall, ["sellers": String(sellers), "groupSellers": String(groupSellers), "stage": stageName(stage, text: text), "deals": String(deals)])
        }
    }

    static func personLink(_ person: Person.ID, overview: DiagnosisOverview, area: String? = nil) -> String {
        "/diagnosis?scope=person:\(person)&from=\(overview.weeks.lowerBound)&to=\(overview.weeks.upperBound)" + (area.map { "#area-\($0)" } ?? "")
    }

    /// One line under a cell's verdict: the area's level against its target and the share of
    /// planned activities on time, of how many — or what is missing.
    static func cellFacts(_ area: AreaDiagnosis, context: PageContext, numbers: ChartNumberFormat) -> String {
        var parts: [String] = []
        if let level = area.competence.level, let target = area.competence.target {
            parts.append("\(numbers.number(level))/\(numbers.number(target))")
        }
        let activities = area.execution.activities
        if let rate = activities.rate {
            parts.append("\(numbers.percent(rate)) (\(activities.planned))")
        }
        return parts.isEmpty ? "—" : parts.joined(separator: " · ")
    }

    /// The areas at least one of the sellers is diagnosed in: a column nobody's role has would
    /// only say so in every row.
    static func diagnosedAreas(_ overview: DiagnosisOverview) -> [DiagnosisOverview.Area] {
        let keys = Set(overview.report.sellers.flatMap { $0.areas.map(\.areaKey) })
        return overview.areas.filter { keys.contains($0.key) }
    }

    static func sellers(_ overview: DiagnosisOverview, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let ordered = overview.sellersByAttention
        let areas = diagnosedAreas(overview)
        return section(.id("diagnosis-sellers")) {
            h2 { text(.diagnosisSellersTitle) }
            p(.class("meta")) { text(.diagnosisSellersCaption, ["count": String(overview.whole.sellers)]) }
            if ordered.count < overview.whole.sellers {
                p(.class("meta"), .id("diagnosis-sellers-range")) {
                    text(.diagnosisSellersRange, [
                        "from": String(overview.page.offset + min(1, ordered.count)), "to": String(overview.page.offset + ordered.count),
                        "total": String(overview.whole.sellers),
                    ])
                }
            }
            div(.class("table-wrap sticky-first")) {
                // On a phone each seller stacks into a card of areas: the matrix's links stay on screen.
                table(.class("stacked")) {
                    thead {
                        tr {
                            th(.scope("col")) { text(.columnSeller) }
                            for area in areas { th(.scope("col")) { area.name.text(in: text.language) } }
                        }
                    }
                    tbody {
                        for diagnosis in ordered {
                            tr(.id("seller-\(diagnosis.personID)")) {
                                th(.scope("row")) {
                                    a(.href(personLink(diagnosis.personID, overview: overview))) {
                                        overview.seller(diagnosis.personID)?.name ?? diagnosis.personID.description
                                    }
                                }
                                for column in areas {
                                    if let area = diagnosis.area(column.key) {
                                        td(.class("verdict-cell"), .data("label", column.name.text(in: text.language))) {
                                            a(.href(personLink(diagnosis.personID, overview: overview, area: area.areaKey)),
                                              .title(advice(area.verdict, text: text))) {
                                                chip(area.verdict, text: text)
                                            }
                                            span(.class("cell-facts")) { cellFacts(area, context: context, numbers: numbers) }
                                        }
                                    } else {
                                        td(.class("verdict-cell"), .title(text(.diagnosisNotInRole)), .data("label", column.name.text(in: text.language))) { span(.class("meta")) { "—" } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            paging(overview, shown: ordered.count, path: "/diagnosis", anchor: "diagnosis-sellers", context: context)
        }
    }

    /// Links to the previous and next page of a scope's sellers (and changes), keeping the scope
    /// and the weeks.
    static func paging(_ overview: DiagnosisOverview, shown: Int, path: String, anchor: String, context: PageContext) -> Node {
        let text = context.text
        let limitPart = overview.page.limit == ListPage.pageSize ? "" : "&limit=\(overview.page.limit)"
        return PagingLinks.render(
            name: anchor, label: text(.diagnosisSellersTitle), offset: overview.page.offset, shown: shown, total: overview.whole.sellers,
            limit: overview.page.limit, text: text,
            href: { start in
                "\(path)?scope=\(overview.scope)&from=\(overview.weeks.lowerBound)&to=\(overview.weeks.upperBound)&offset=\(start)\(limitPart)#\(anchor)"
            })
    }

    static func changes(_ overview: DiagnosisOverview, context: PageContext) -> Node {
        let text = context.text
        let names = Dictionary(overview.sellers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return section(.class("card"), .id("diagnosis-changes")) {
            h2 {
                text(.diagnosisChangesTitle, [
                    "previousWeeks": text.weeks(overview.previousWeeks),
                ])
            }
            let moves = overview.changes.filter(\.isQuadrantMove)
            let others = overview.whole.changes - overview.whole.quadrantMoves
            if overview.whole.quadrantMoves == 0 {
                p { text(.diagnosisNoChanges) }
            } else if moves.count < overview.whole.quadrantMoves {
                p(.class("meta"), .id("diagnosis-changes-range")) {
                    text(.diagnosisMovesShown, ["shown": String(moves.count), "total": String(overview.whole.quadrantMoves)])
                }
            }
            if others > 0 {
                p(.class("meta")) { text(.diagnosisOtherChanges, ["count": String(others)]) }
            }
            if !moves.isEmpty {
                ul(.class("plan")) {
                    for change in moves.sorted(by: { (names[$0.personID] ?? "", $0.areaKey) < (names[$1.personID] ?? "", $1.areaKey) }) {
                        li {
                            a(.href(personLink(change.personID, overview: overview, area: change.areaKey))) { names[change.personID] ?? change.personID.description }
                            " · " + areaNames([change.areaKey], overview: overview, text: text) + ": "
                            chip(change.from, text: text)
                            " → "
                            chip(change.to, text: text)
                        }
                    }
                }
            }
        }
    }

    static func missing(_ missing: MissingEvidence, text: Localizer) -> String {
        switch missing {
        case .noAssessment: text(.missingNoAssessment)
        case .notInRoleProfile: text(.missingNotInRoleProfile)
        case .noSignalsMapped: text(.missingNoSignals)
        case .tooFewPlannedActivities(let planned, let minimum):
            text(.missingFewActivities, ["planned": String(planned), "minimum": String(minimum)])
        case .tooFewDecidedDeals(let stage, let decided, let minimum):
            text(.missingFewDeals, ["stage": stageName(stage, text: text), "decided": String(decided), "minimum": String(minimum)])
        }
    }

    static func evidence(_ diagnosis: SellerDiagnosis, overview: DiagnosisOverview, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let sorted = diagnosis.areas.enumerated().sorted { ($0.element.verdict.attentionRank, $0.offset) < ($1.element.verdict.attentionRank, $1.offset) }
        return section(.id("diagnosis-evidence")) {
            h2 { text(.diagnosisEvidenceTitle) }
            p(.class("actions")) {
                a(.class("button secondary"), .href("/execution?scope=person:\(diagnosis.personID)&from=\(overview.weeks.lowerBound)&to=\(overview.weeks.upperBound)")) {
                    text(.evidenceSeeActivities)
                }
                if let assessed = overview.seller(diagnosis.personID)?.assessedIn {
                    a(.class("button secondary"), .href("/competence/cycles/\(assessed.cycleID)/people/\(diagnosis.personID)")) { text(.evidenceSeeRatings) }
                }
            }
            if let assessed = overview.seller(diagnosis.personID)?.assessedIn {
                p(.class("meta"), .id("assessed-in")) {
                    text(.evidenceAssessedIn, ["cycle": assessed.cycleName, "closed": FormDate.string(assessed.closedAt, in: context.calendar)])
                }
            }
            div(.class("panels")) {
                for (_, area) in sorted {
                    areaEvidence(area, overview: overview, context: context, numbers: numbers)
                }
            }
            reasons(diagnosis, overview: overview, context: context)
        }
    }

    /// The reasons the seller gave for postponing in the period, most frequent first, each with
    /// its class: the execution side's "why" in the seller's own words.
    static func reasons(_ diagnosis: SellerDiagnosis, overview: DiagnosisOverview, context: PageContext) -> Node {
        let text = context.text
        let reasons = diagnosis.postponementsByReason.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        return section(.class("card"), .id("diagnosis-reasons")) {
            h2 { text(.evidenceReasonsTitle, ["count": String(reasons.reduce(0) { $0 + $1.value })]) }
            if reasons.isEmpty { p(.class("meta")) { text(.evidenceNoReasons) } }
            ul(.class("plan")) {
                for (code, count) in reasons.prefix(8) {
                    li {
                        (overview.catalog.reason(for: code)?.name(in: text.language) ?? code.rawValue) + " · \(count)"
                        switch overview.catalog.reasonClass(of: code) {
                        case .obstacle?: span(.class("meta")) { " — " + text(.reasonClassObstacleShort) }
                        case .excuseProne?: span(.class("meta")) { " — " + text(.reasonClassExcuseShort) }
                        case nil: fragment {}
                        }
                    }
                }
                let rest = reasons.dropFirst(8)
                if !rest.isEmpty {
                    li(.class("meta")) { text(.evidenceReasonsOther, ["reasons": String(rest.count), "count": String(rest.reduce(0) { $0 + $1.value })]) }
                }
            }
        }
    }

    static func areaEvidence(_ area: AreaDiagnosis, overview: DiagnosisOverview, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let names = Dictionary(
            (overview.area(area.areaKey)?.competencies ?? []).map { ($0.id, $0.name.text(in: text.language)) }, uniquingKeysWith: { first, _ in first })
        let competence = area.competence
        let activities = area.execution.activities
        return article(.class("card evidence"), .id("area-\(area.areaKey)")) {
            h3 { overview.area(area.areaKey)?.name.text(in: text.language) ?? area.areaKey }
            p { chip(area.verdict, text: text) }
            p(.class("meta")) { advice(area.verdict, text: text) }
            if let level = competence.level, let target = competence.target {
                p {
                    text(.evidenceCompetence, [
                        "level": numbers.number(level), "target": numbers.number(target), "rated": String(competence.rated),
                        "profiled": String(competence.profiled),
                    ])
                }
                ul(.class("meta")) {
                    for gap in competence.gaps {
                        li {
                            text(.evidenceCompetencyLevel, [
                                "name": names[gap.competencyID] ?? gap.competencyID.description,
                                "level": gap.level.map { numbers.number($0) } ?? text(.evidenceNotRated), "target": String(gap.targetLevel),
                            ])
                        }
                    }
                }
            }
            if let rate = activities.rate {
                p {
                    text(.evidenceExecution, [
                        "done": String(activities.doneOnTime), "planned": String(activities.planned), "share": numbers.percent(rate),
                    ])
                }
                ul(.class("meta")) {
                    for (type, count) in area.execution.activitiesByType.sorted(by: { $0.key < $1.key }) where count.planned > 0 {
                        li {
                            text(.evidenceByType, [
                                "type": context.text.activityType(type), "done": String(count.doneOnTime), "planned": String(count.planned),
                            ])
                        }
                    }
                }
            }
            for signal in area.execution.stages where signal.decided > 0 {
                p(.class("meta")) {
                    text(.evidenceStage, [
                        "stage": stageName(signal.stage, text: text), "advanced": String(signal.seller.advanced), "decided": String(signal.decided),
                        "share": signal.seller.decidedRate.map { numbers.percent($0) } ?? "—",
                        "reference": signal.reference.decidedRate.map { numbers.percent($0) } ?? "—",
                    ])
                }
            }
            if !area.missing.isEmpty {
                ul(.class("missing")) {
                    for item in area.missing { li { missing(item, text: text) } }
                }
            }
        }
    }
}
