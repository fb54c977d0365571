import Testing
@testable import SalesDomain

@Suite("Diagnosis: the signal map and the policy refuse what makes no sense, every problem at once")
struct DiagnosisRulesTests {
    let defaultTypes: Set<ActivityType> = [
        .meeting, .call, .email, .demo, .proposal, .prospecting, .followUp, .crmAdmin, .quotePreparation, .research,
        .meetingPreparation, .internalMeeting, .training, .travelAdmin, .reporting,
    ]
    let defaultAreas = [
        "prospecting", "needs-analysis", "value-presentation", "negotiation", "closing", "pipeline-discipline",
        "planning-and-prioritization", "account-development",
    ]

    @Test("The shipped map fits the default framework, activity types and pipeline, and maps every area")
    func defaultMapValid() throws {
        let map = try DiagnosisSignalMap(
            DiagnosisSignalMap.nordicB2B.areas, frameworkAreaKeys: defaultAreas, activityTypes: defaultTypes, pipeline: .standard)
        #expect(map.areas.map(\.areaKey) == defaultAreas)
        #expect(map.areas.allSatisfy { !$0.isEmpty })
        #expect(map.areaKeys(drivingStage: "negotiation") == ["negotiation", "closing"])
    }

    @Test("Unknown area, area twice, unknown activity type and unknown stage are all reported")
    func mapProblems() {
        let areas = [
            AreaSignals(areaKey: "haggling", activityTypes: [.call]),
            AreaSignals(areaKey: "prospecting", activityTypes: [.call, "smoke_signals"], stages: ["courtship"]),
            AreaSignals(areaKey: "prospecting"),
        ]
        #expect {
            try DiagnosisSignalMap(areas, frameworkAreaKeys: defaultAreas, activityTypes: defaultTypes, pipeline: .standard)
        } throws: { error in
            let errors = (error as? FieldErrors)?.errors ?? []
            return errors.map(\.problem.key) == [.signalAreaUnknown, .signalActivityTypeUnknown, .signalStageUnknown, .signalAreaListedTwice]
                && errors.map(\.field) == ["areas[0].area", "areas[1].activityTypes", "areas[1].stages", "areas[2].area"]
        }
    }

    @Test("The standard policy is valid; every value out of range is named")
    func policyProblems() throws {
        #expect(try DiagnosisPolicy.standard.validated() == .standard)
        #expect(try DiagnosisPolicy(tolerance: 0, executionThreshold: 1, structuralShare: 1, stallShare: 0).validated().tolerance == 0)
        let wrong = DiagnosisPolicy(
            tolerance: -0.1, executionThreshold: 0, minimumPlannedActivities: 0, minimumDecidedDeals: 1001, structuralShare: 1.5,
            stallShare: .nan)
        #expect {
            try wrong.validated()
        } throws: { error in
            let fields = (error as? FieldErrors)?.errors.map(\.field) ?? []
            return fields == ["tolerance", "executionThreshold", "structuralShare", "stallShare", "minimumPlannedActivities", "minimumDecidedDeals"]
        }
    }
}
