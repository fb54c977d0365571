import Vapor

/// `/api/v1/competence/…`: frameworks, role profiles, cycles, ratings, results, heatmaps and
/// calibration (SPEC §1), one controller per concept.
enum CompetenceAPIController {
    static func register(on api: any RoutesBuilder) {
        let competence = api.grouped("competence")
        FrameworksAPIController.register(on: competence)
        RoleProfilesAPIController.register(on: competence)
        CyclesAPIController.register(on: competence)
        RatingsAPIController.register(on: competence)
        ResultsAPIController.register(on: competence)
        HeatmapAPIController.register(on: competence)
        CalibrationsAPIController.register(on: competence)
    }
}
