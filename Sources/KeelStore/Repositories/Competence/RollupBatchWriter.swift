import Foundation
import SalesDomain
import SQLKit

/// Writes result rows computed batch by batch into an empty rollup (a rebuild, the demo) and
/// the heatmap tallies they add up to once at the end, so tallies are written once per cell
/// instead of once per batch.
struct RollupBatchWriter {
    let organization: UUID
    let hierarchy: TeamHierarchy
    private(set) var tallies: [TallyKey: HeatmapTally] = [:]
    private(set) var rowCount = 0

    init(organization: UUID, hierarchy: TeamHierarchy) {
        self.organization = organization
        self.hierarchy = hierarchy
    }

    mutating func write(_ rows: [CompetenceResultRow], on sql: any SQLDatabase) async throws {
        try await CompetenceResultRow.insert(rows, organization: organization, on: sql)
        rowCount += rows.count
        for row in rows {
            if let tally = row.tally {
                tallies.add(tally, cycleID: row.cycleID, competencyID: row.competencyID, placement: row.placement, hierarchy: hierarchy)
            }
        }
    }

    func finish(on sql: any SQLDatabase) async throws {
        try await CompetenceTallyRows.add(tallies, organization: organization, on: sql)
    }
}
