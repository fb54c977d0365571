/// The open stages of an organization's sales process, in the order a deal moves through them.
///
/// The order is what "advanced past a stage" and "the next stage" mean in conversion analyses.
public struct DealPipeline: Hashable, Sendable {
    public let stages: [DealStage]
    private let positionByStage: [DealStage: Int]

    /// Refuses an empty pipeline, an empty code and a stage listed twice.
    public init(_ stages: [DealStage]) throws(FieldError) {
        if stages.isEmpty {
            throw FieldError(field: "stages", code: .required, .pipelineEmpty)
        }
        var positionByStage: [DealStage: Int] = [:]
        for (index, stage) in stages.enumerated() {
            if stage.rawValue.isEmpty {
                throw FieldError(field: "stages[\(index)]", code: .required, .stageWithoutCode, ["position": String(index + 1)])
            }
            if positionByStage[stage] != nil {
                throw FieldError(field: "stages[\(index)]", code: .duplicate, .stageListedTwice, ["stage": stage.rawValue])
            }
            positionByStage[stage] = index
        }
        self.stages = stages
        self.positionByStage = positionByStage
    }

    /// 0 for the first stage; `nil` for a stage not in this pipeline.
    public func position(of stage: DealStage) -> Int? {
        positionByStage[stage]
    }

    /// `nil` for the last stage (its next step is winning) and for unknown stages.
    public func stage(after stage: DealStage) -> DealStage? {
        guard let position = positionByStage[stage], position + 1 < stages.count else { return nil }
        return stages[position + 1]
    }

    /// A common four-stage B2B pipeline, used when an organization has not defined its own.
    public static let standard = try! DealPipeline(["prospecting", "qualification", "proposal", "negotiation"])

    public static func == (lhs: DealPipeline, rhs: DealPipeline) -> Bool { lhs.stages == rhs.stages }

    public func hash(into hasher: inout Hasher) { hasher.combine(stages) }
}

extension DealPipeline: Codable {
    public init(from decoder: any Decoder) throws {
        try self.init(decoder.singleValueContainer().decode([DealStage].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(stages)
    }
}
