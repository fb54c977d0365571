import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// The heatmap's hand-written JSON is the bytes the API's `JSONEncoder` writes for the same
/// resource, so clients cannot tell which one answered.
@Suite struct HeatmapJSONTests {
    // setup
    static let competencies = (1...3).map { Competency.ID(UUID(uuidString: "00000000-0000-4000-8000-00000000000\($0)")!) }
    static let tallies: [HeatmapTally] = [
        HeatmapTally(levelSum: 8, ratedCount: 3, targetedCount: 3, belowTargetCount: 1),
        HeatmapTally(levelSum: 3, ratedCount: 1, targetedCount: 0, belowTargetCount: 0),
        HeatmapTally(levelSum: 0.1 + 0.2, ratedCount: 7, targetedCount: 6, belowTargetCount: 6),
        HeatmapTally(levelSum: 1e-7, ratedCount: 1, targetedCount: 1, belowTargetCount: 0),
        HeatmapTally(levelSum: 1.2345678901234568e17, ratedCount: 1, targetedCount: 2, belowTargetCount: 1),
    ]
    static let groups: [HeatmapGroup] = [
        .team(.init(UUID(uuidString: "A0F1C2D3-E4B5-4697-8899-AABBCCDDEEFF")!)),
        .market(.init(UUID(uuidString: "0123ABCD-4567-489A-8BCD-EF0123456789")!)),
        .unassigned,
    ]

    static func resource(adjustment: LeniencyAdjustmentResource?, jobRole: String?, team: UUID?, withTotals: Bool) -> HeatmapResource {
        var cells: [HeatmapCellResource] = []
        for (index, group) in groups.enumerated() {
            for (offset, competency) in competencies.enumerated() {
                cells.append(HeatmapCellResource(
                    HeatmapCell(group: group, competencyID: competency, tally: tallies[(index + offset) % tallies.count]), inScope: 9 + index))
            }
        }
        let totals = Dictionary(uniqueKeysWithValues: zip(competencies, tallies))
        return HeatmapResource(
            cycleID: UUID(uuidString: "5D10B5CB-D5C4-4158-8A4F-98FE03222F2B")!, rows: "teams", team: team, jobRole: jobRole,
            adjusted: adjustment != nil, adjustment: adjustment, cells: cells,
            groups: groups.enumerated().map { HeatmapRowScopeResource(group: HeatmapGroupResource($1), inScope: 9 + $0) },
            total: withTotals ? HeatmapResource.totals(totals, inScope: 27) : [])
    }

    @Test(arguments: [false, true])
    func handWrittenBytesEqualTheEncoders(adjusted: Bool) throws {
        let adjustment = LeniencyAdjustmentResource(
            exerciseID: UUID(uuidString: "FEDCBA98-7654-4321-8FED-CBA987654321")!,
            exerciseName: "Q1 \"calibration\" / Nordics\n\té\u{1}😀", closedAt: Date(timeIntervalSince1970: 1_778_966_571.06787),
            raterCount: 12)
        let resources = [
            Self.resource(adjustment: adjusted ? adjustment : nil, jobRole: nil, team: nil, withTotals: true),
            Self.resource(adjustment: adjusted ? adjustment : nil, jobRole: "account_executive", team: UUID(), withTotals: false),
            HeatmapResource(cycleID: UUID(), rows: "markets", team: nil, jobRole: nil, adjusted: adjusted,
                            adjustment: adjusted ? LeniencyAdjustmentResource(exerciseID: UUID(), exerciseName: "", closedAt: nil, raterCount: 0) : nil,
                            cells: [], groups: [], total: []),
        ]
        for resource in resources {
            // MUT
            let handWritten = try resource.jsonText().bytes
            // validate
            let encoded = try KeelApp.jsonEncoder.encode(resource)
            #expect(String(decoding: handWritten, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
        }
    }

    @Test func aNumberThatIsNotJSONIsRefusedAsTheEncoderRefusesIt() {
        var json = JSONText()
        #expect(throws: EncodingError.self) { try json.value(Double.nan) }
        #expect(throws: EncodingError.self) { try KeelApp.jsonEncoder.encode([Double.infinity]) }
    }
}
