import Foundation
import Vapor

extension HeatmapResource {
    /// The synthesized `Encodable` conformance stays the definition of the body; this writes the
    /// same bytes without `JSONEncoder`, which spent more time on a region's few thousand cells
    /// than reading their tallies did. A test holds the two equal.
    func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: try jsonText().bytes)))
    }

    /// Keys in byte order, as `.sortedKeys` writes them.
    func jsonText() throws -> JSONText {
        // About 130 bytes a cell.
        var json = JSONText(capacity: 512 + 155 * cells.count + 80 * groups.count + 125 * total.count)
        json.openObject()
        try json.field("adjusted", adjusted)
        if let adjustment {
            json.key("adjustment")
            json.openObject()
            try json.field("closedAt", adjustment.closedAt)
            try json.field("exerciseID", adjustment.exerciseID)
            try json.field("exerciseName", adjustment.exerciseName)
            try json.field("raterCount", adjustment.raterCount)
            json.closeObject()
        }
        json.key("cells")
        json.openArray()
        for cell in cells {
            try Self.write(cell.competencyID, cell.meanLevel, cell.belowTargetShare, cell.ratedCount, cell.inScope, group: cell.group, to: &json)
        }
        json.closeArray()
        try json.field("cycleID", cycleID)
        json.key("groups")
        json.openArray()
        for row in groups {
            json.openObject()
            try Self.write(row.group, to: &json)
            try json.field("inScope", row.inScope)
            json.closeObject()
        }
        json.closeArray()
        try json.field("jobRole", jobRole)
        try json.field("rows", rows)
        try json.field("team", team)
        json.key("total")
        json.openArray()
        for total in total {
            try Self.write(total.competencyID, total.meanLevel, total.belowTargetShare, total.ratedCount, total.inScope, group: nil, to: &json)
        }
        json.closeArray()
        json.closeObject()
        return json
    }

    /// A cell, or a total (a cell without a group).
    private static func write(
        _ competencyID: UUID, _ meanLevel: Double?, _ belowTargetShare: Double?, _ ratedCount: Int, _ inScope: Int,
        group: HeatmapGroupResource?, to json: inout JSONText
    ) throws {
        json.openObject()
        try json.field("belowTargetShare", belowTargetShare)
        try json.field("competencyID", competencyID)
        if let group { try write(group, to: &json) }
        try json.field("inScope", inScope)
        try json.field("meanLevel", meanLevel)
        try json.field("ratedCount", ratedCount)
        json.closeObject()
    }

    /// `"group": {"id": …, "kind": …}`.
    private static func write(_ group: HeatmapGroupResource, to json: inout JSONText) throws {
        json.key("group")
        json.openObject()
        try json.field("id", group.id)
        try json.field("kind", group.kind)
        json.closeObject()
    }
}
