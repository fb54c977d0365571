/// One seller's generated accounts and deals, with what the activity planner needs to tie
/// activities to them.
struct DemoDealBook: Sendable {
    var accounts: [Account] = []
    var deals: [Deal] = []
    var transitions: [StageTransition] = []
    /// For each generated week, the indices (into `deals`) of the deals open during it.
    var openDealsByWeek: [[Int]]
    /// Per deal: the day it started waiting on the structural obstacle; `nil` for deals that never did.
    var waitingSinceDay: [Int?] = []

    init(weeks: Int) {
        openDealsByWeek = Array(repeating: [], count: weeks)
    }
}
