import Foundation
import SalesDomain

/// A person's contribution before and after a change.
struct ChangeOfContribution {
    var old: PersonContribution
    var new: PersonContribution
}

/// The differences to add to each group's stored rows, summed over the people changed.
struct ScopeChanges {
    var rollups: [UUID: ScopeRollup] = [:]
    var reasons: [UUID: [ScopeReasonTally.Key: ScopeReasonTally]] = [:]
    var deals: [UUID: DealFacts] = [:]
    var reasonOccurrences: [UUID: ReasonOccurrences] = [:]

    mutating func add(_ change: ChangeOfContribution, to scopes: [UUID]) {
        let rollupDelta = change.old.rollup.change(to: change.new.rollup)
        let dealDelta = change.old.deals.change(to: change.new.deals)
        let occurrenceDelta = change.old.reasonOccurrences.change(to: change.new.reasonOccurrences)
        var reasonDelta: [ScopeReasonTally.Key: ScopeReasonTally] = [:]
        ScopeReasonTally.accumulate(change.new.reasons.values, into: &reasonDelta)
        ScopeReasonTally.accumulate(change.old.reasons.values, into: &reasonDelta, sign: -1)
        for scope in scopes {
            rollups[scope, default: .empty].add(rollupDelta)
            deals[scope, default: .empty].add(dealDelta)
            reasonOccurrences[scope, default: .empty].add(occurrenceDelta)
            ScopeReasonTally.accumulate(reasonDelta.values, into: &reasons[scope, default: [:]])
        }
    }
}
