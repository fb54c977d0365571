import KeelCharts
import SalesDomain

/// How an impact estimate reads on a page: the intervention in words, the effect with its
/// interval in percentage points, the sellers and weeks behind it, or what is missing.
enum ImpactNames {
    static func intervention(_ summary: ImpactSummary, names: [String: LocalizedText], text: Localizer) -> String {
        intervention(channel: summary.channel, target: summary.target, names: names, text: text)
    }

    static func intervention(channel: Intervention.Channel, target: Intervention.Target, names: [String: LocalizedText], text: Localizer) -> String {
        let name: String
        switch target {
        case .competency(let id): name = names[target.reference]?.text(in: text.language) ?? id.description
        case .activityType(let type): name = text(.focusActivityType, ["type": text.activityType(type).lowercased()])
        }
        return text(channel == .coaching ? .impactChannelCoaching : .impactChannelPractice, ["target": name])
    }

    /// "+8 percentage points (95 % interval +5 to +11)", "+12,000 SEK per week (…)", "−4 days (…)",
    /// or "Not enough data: …".
    static func result(
        _ result: ImpactEstimate.Result, unit: ImpactKPI.Unit = .share, currency: ReportingCurrency, numbers: ChartNumberFormat, text: Localizer
    ) -> String {
        switch result {
        case .estimate(let effect, let lower, let upper):
            let (key, format): (TextKey, (Double) -> String) = switch unit {
            case .share: (.impactEffect, { numbers.signedPoints($0, maximumFractionDigits: 1) })
            case .money: (.impactEffectMoney, { numbers.signedAmount($0, in: currency) })
            case .days: (.impactEffectDays, { numbers.signed($0, maximumFractionDigits: 1) })
            }
            return text(key, ["effect": format(effect), "lower": format(lower), "upper": format(upper)])
        case .notEnoughData(let shortfalls):
            return text(.impactNotEnoughData, ["missing": shortfalls.map { missing($0, text: text) }.joined(separator: "; ")])
        }
    }

    static func missing(_ shortfall: ImpactShortfall, text: Localizer) -> String {
        switch shortfall {
        case .noKPI: text(.impactMissingKPI)
        case .treatedSellers(let have, let need): text(.impactMissingTreated, ["have": String(have), "need": String(need)])
        case .comparisonSellers(let have, let need): text(.impactMissingComparison, ["have": String(have), "need": String(need)])
        case .afterWindowNotOver(let have, let need): text(.impactMissingWeeks, ["have": String(have), "need": String(need)])
        }
    }

    /// Whether the interval says more than chance, in words; none for a group of fewer sellers
    /// with it than ``ImpactTile/cohortSize``, whose resampled interval is too narrow to judge by.
    static func verdict(_ summary: ImpactSummary, text: Localizer) -> String? {
        verdict(summary.result, treatedCount: summary.treatedCount, text: text)
    }

    /// `higherIsBetter` false (a sales cycle) says which way the cycle went instead of up or down.
    static func verdict(_ result: ImpactEstimate.Result, treatedCount: Int, higherIsBetter: Bool = true, text: Localizer) -> String? {
        guard case .estimate(_, let lower, let upper) = result else { return nil }
        if treatedCount < ImpactTile.cohortSize { return text(.impactVerdictFewSellers, ["minimum": String(ImpactTile.cohortSize)]) }
        if lower > 0 { return text(higherIsBetter ? .impactVerdictUp : .impactVerdictLonger) }
        if upper < 0 { return text(higherIsBetter ? .impactVerdictDown : .impactVerdictShorter) }
        return text(.impactVerdictUnclear)
    }

    /// The sellers and weeks an estimate rests on; for *not enough data*, the group's size only
    /// (what is missing is said beside it).
    static func basis(_ summary: ImpactSummary, text: Localizer) -> String {
        guard case .estimate = summary.result else { return text(.impactBasisGroup, ["sellers": String(summary.sellerCount)]) }
        return text(.impactBasis, ["treated": String(summary.treatedCount), "comparison": String(summary.comparisonCount), "weeks": String(summary.weeks)])
    }
}
