extension DiagnosisSignalMap {
    /// The mapping that ships with Keel's default framework (`nordic-b2b`) and the standard
    /// pipeline: for each area, the activities a seller who uses the skill plans and does, and
    /// the stage whose conversion the skill moves. A leader edits it per framework version.
    public static let nordicB2B = DiagnosisSignalMap(unchecked: [
        AreaSignals(areaKey: "prospecting", activityTypes: [.prospecting, .call], stages: ["prospecting"]),
        AreaSignals(areaKey: "needs-analysis", activityTypes: [.meeting, .meetingPreparation], stages: ["qualification"]),
        AreaSignals(areaKey: "value-presentation", activityTypes: [.demo, .quotePreparation], stages: ["proposal"]),
        AreaSignals(areaKey: "negotiation", activityTypes: [.proposal], stages: ["negotiation"]),
        AreaSignals(areaKey: "closing", activityTypes: [.proposal, .followUp], stages: ["negotiation"]),
        AreaSignals(areaKey: "pipeline-discipline", activityTypes: [.crmAdmin]),
        AreaSignals(areaKey: "planning-and-prioritization", activityTypes: [.research, .reporting]),
        AreaSignals(areaKey: "account-development", activityTypes: [.followUp, .email]),
    ])
}
