import Foundation

/// The seller-weeks behind the outcome KPIs (``ImpactKPI/outcomes``), from the deals the sellers
/// own, each deal in the week it closed.
public enum ImpactOutcomeWeeks {
    /// - Parameters:
    ///   - sellers: everyone in the estimate; a seller without closed deals still has won-value
    ///     weeks (nothing won is a result), and no win-rate or cycle-time weeks.
    ///   - weeks: the weeks read; deals closed outside them are not counted.
    ///   - thisWeek: the current week, which is not over: no won-value week for it or after it.
    public static func rows(
        of kpi: ImpactKPI.Kind, sellers: [Person.ID], deals: some Sequence<Deal>, weeks: ClosedRange<ISOWeek>, thisWeek: ISOWeek,
        calendar: WeekCalendar
    ) -> [ImpactSellerWeek] {
        let counted = Set(sellers)
        var sums: [Person.ID: [ISOWeek: (numerator: Double, denominator: Double)]] = [:]
        if kpi == .wonValue {
            let over = ISOWeek.all(in: weeks).filter { $0 < thisWeek }
            for seller in counted {
                sums[seller] = Dictionary(uniqueKeysWithValues: over.map { ($0, (0, 1)) })
            }
        }
        for deal in deals where deal.isClosed && counted.contains(deal.ownerID) {
            guard let closedAt = deal.closedAt else { continue }
            let week = calendar.week(containing: closedAt)
            guard weeks.contains(week) else { continue }
            let won = deal.outcome == .won
            let add: (numerator: Double, denominator: Double)
            switch kpi {
            case .winRate: add = (won ? 1 : 0, 1)
            case .wonValue:
                guard won, week < thisWeek else { continue }
                add = (NSDecimalNumber(decimal: deal.value).doubleValue, 0)
            case .cycleTime:
                guard let days = deal.salesCycleDays(calendar: calendar) else { continue }
                add = (Double(days), 1)
            case .onTime, .stageConversion: continue
            }
            let old = sums[deal.ownerID]?[week] ?? (0, 0)
            sums[deal.ownerID, default: [:]][week] = (old.numerator + add.numerator, old.denominator + add.denominator)
        }
        return sums.flatMap { seller, byWeek in
            byWeek.map { ImpactSellerWeek(sellerID: seller, week: $0.key, numerator: $0.value.numerator, denominator: $0.value.denominator) }
        }
        .sorted { ($0.sellerID, $0.week) < ($1.sellerID, $1.week) }
    }
}
