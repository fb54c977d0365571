import KeelCharts
import SalesDomain

/// How goals and their progress are worded on every page.
enum GoalNames {
    static func owner(_ entry: GoalBoard.Entry, text: Localizer) -> String {
        entry.goal.owner == .company ? text(.goalLevelCompany) : entry.ownerName ?? "—"
    }

    static func owner(_ choice: GoalBoard.OwnerChoice, text: Localizer) -> String {
        switch choice.owner {
        case .company: text(.goalLevelCompany)
        case .team: text(.goalOwnerTeam, ["name": choice.name ?? ""])
        case .person: text(.goalOwnerPerson, ["name": choice.name ?? ""])
        }
    }

    /// `company`, `team:<id>`, `person:<id>`: the form's value for an owner.
    static func ownerValue(_ owner: GoalOwner) -> String {
        switch owner {
        case .company: "company"
        case .team(let id): "team:\(id)"
        case .person(let id): "person:\(id)"
        }
    }

    static func owner(value: String) -> GoalOwner? {
        if value == "company" { return .company }
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "team": return Team.ID(uuidString: parts[1]).map { .team($0) }
        case "person": return Person.ID(uuidString: parts[1]).map { .person($0) }
        default: return nil
        }
    }

    /// The progress as a share, or a dash when there is nothing to rest it on.
    static func percent(_ progress: GoalProgress, numbers: ChartNumberFormat) -> String {
        progress.fraction.map { numbers.percent($0) } ?? "—"
    }

    /// What the progress rests on: "7 of 10 won deals", "120,000 SEK of 500,000 SEK in won value",
    /// "weighted mean of 3 of 3 goals under it".
    static func basis(_ entry: GoalBoard.Entry, currency: ReportingCurrency, numbers: ChartNumberFormat, text: Localizer) -> String {
        switch entry.progress.basis {
        case .measured(let value, let target):
            let values = ["value": numbers.number(value, maximumFractionDigits: 2), "target": numbers.number(target, maximumFractionDigits: 2)]
            switch entry.goal.measure {
            case .kpi(.wonDeals, _)?: return text(.goalBasisWonDeals, values)
            case .kpi(.wonValue, _)?:
                return text(.goalBasisWonValue, ["value": numbers.amount(value, in: currency), "target": numbers.amount(target, in: currency)])
            case .manual(_, let unit)?:
                return entry.goal.latestValue == nil
                    ? text(.goalBasisNoValue, ["target": values["target"]!, "unit": unit])
                    : text(.goalBasisManual, values.merging(["unit": unit]) { first, _ in first })
            case nil: return ""
            }
        case .children(let counted, let children):
            return text(.goalBasisChildren, ["counted": String(counted), "children": String(children)])
        case .nothing:
            return text(.goalBasisNothing)
        }
    }

    static func measure(_ kind: String, text: Localizer) -> String {
        switch kind {
        case "manual": text(.goalMeasureManual)
        case GoalKPI.wonDeals.rawValue: text(.goalMeasureWonDeals)
        case GoalKPI.wonValue.rawValue: text(.goalMeasureWonValue)
        default: text(.goalMeasureNone)
        }
    }

    static let measureKinds = ["none", "manual", GoalKPI.wonDeals.rawValue, GoalKPI.wonValue.rawValue]
}
