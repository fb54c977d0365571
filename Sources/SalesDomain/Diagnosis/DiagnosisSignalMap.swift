/// Which execution signals show each competency area of one framework version being used.
///
/// A map belongs to one framework version, because areas are added and renamed between
/// versions; an area the map does not list has no execution signal, and its sellers' execution
/// side of the diagnosis says so (``MissingEvidence/noSignalsMapped``) rather than guessing.
public struct DiagnosisSignalMap: Hashable, Sendable, Codable {
    public private(set) var areas: [AreaSignals]

    /// Checks every area at once: an area the framework version does not have, an area listed
    /// twice, an activity type outside `activityTypes`, a stage outside `pipeline`.
    public init(
        _ areas: [AreaSignals], frameworkAreaKeys: [String], activityTypes: Set<ActivityType>, pipeline: DealPipeline
    ) throws(FieldErrors) {
        var problems = FieldErrors.Collector()
        var seen: Set<String> = []
        let known = Set(frameworkAreaKeys)
        for (index, area) in areas.enumerated() {
            let field = "areas[\(index)]"
            if !known.contains(area.areaKey) {
                problems.append(FieldError(field: "\(field).area", code: .notFound, .signalAreaUnknown, ["area": area.areaKey]))
            } else if !seen.insert(area.areaKey).inserted {
                problems.append(FieldError(field: "\(field).area", code: .duplicate, .signalAreaListedTwice, ["area": area.areaKey]))
            }
            for type in area.activityTypes where !activityTypes.contains(type) {
                problems.append(FieldError(
                    field: "\(field).activityTypes", code: .notFound, .signalActivityTypeUnknown,
                    ["activityType": type.rawValue, "area": area.areaKey]))
            }
            for stage in area.stages where pipeline.position(of: stage) == nil {
                problems.append(FieldError(
                    field: "\(field).stages", code: .notFound, .signalStageUnknown, ["stage": stage.rawValue, "area": area.areaKey]))
            }
        }
        try problems.throwIfAny()
        self.areas = frameworkAreaKeys.compactMap { key in areas.first { $0.areaKey == key } }
    }

    /// A map taken as it is, for one read back from storage (checked when it was saved).
    public init(unchecked areas: [AreaSignals]) {
        self.areas = areas
    }

    public func signals(for areaKey: String) -> AreaSignals {
        areas.first { $0.areaKey == areaKey } ?? AreaSignals(areaKey: areaKey)
    }

    /// The areas whose conversion signals include `stage`: the areas a stage's stall speaks of.
    public func areaKeys(drivingStage stage: DealStage) -> [String] {
        areas.filter { $0.stages.contains(stage) }.map(\.areaKey)
    }
}
