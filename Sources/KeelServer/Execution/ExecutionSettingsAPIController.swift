import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The execution rules through the API, read and changed with the settings pages' checks: the
/// reason catalog and the work categories, which every seller works with (their plan offers
/// those reasons and types), and the analysis rules, which name people's capacities and are
/// leadership's alone. Changes are leadership's (``Capability/configureRules``) and audited by
/// ``OrganizationSettings``.
enum ExecutionSettingsAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "reasons", access: .signedIn(.readOwnRecords), use: reasons)
        api.on(.PUT, "reasons", access: .signedIn(.configureRules), use: saveReasons)
        api.on(.GET, "work-categories", access: .signedIn(.readOwnRecords), use: workCategories)
        api.on(.PUT, "work-categories", access: .signedIn(.configureRules), use: saveWorkCategories)
        api.on(.GET, "analysis-rules", access: .signedIn(.configureRules), use: analysisRules)
        api.on(.PUT, "analysis-rules", access: .signedIn(.configureRules), use: saveAnalysisRules)
    }

    static func settings(_ request: Request) throws -> OrganizationSettings {
        OrganizationSettings(database: request.db, organizationID: try request.signedIn.person.organizationID)
    }

    @Sendable
    static func reasons(_ request: Request) async throws -> ReasonCatalogResource {
        ReasonCatalogResource(try await settings(request).reasonCatalog())
    }

    @Sendable
    static func saveReasons(_ request: Request) async throws -> ReasonCatalogResource {
        let catalog = try request.content.decode(ReasonCatalogResource.self).catalog()
        try await settings(request).setReasonCatalog(catalog, by: try request.signedIn.person.id, at: request.now)
        return ReasonCatalogResource(try await settings(request).reasonCatalog())
    }

    static func workCategoriesResource(_ request: Request, rules: WorkCategoryRules) async throws -> WorkCategoriesResource {
        let seen = try await ExecutionRollups.of(database: request.db, organizationID: try request.signedIn.person.organizationID).activityTypes()
        return WorkCategoriesResource(rules, unmappedTypes: rules.unmappedTypes(in: seen))
    }

    @Sendable
    static func workCategories(_ request: Request) async throws -> WorkCategoriesResource {
        try await workCategoriesResource(request, rules: try await settings(request).workCategoryRules())
    }

    @Sendable
    static func saveWorkCategories(_ request: Request) async throws -> WorkCategoriesResource {
        let rules = try request.content.decode(WorkCategoriesRequest.self).rules()
        try await settings(request).setWorkCategoryRules(rules, by: try request.signedIn.person.id, at: request.now)
        return try await workCategoriesResource(request, rules: try await settings(request).workCategoryRules())
    }

    @Sendable
    static func analysisRules(_ request: Request) async throws -> AnalysisRulesResource {
        try await analysisRulesResource(settings(request))
    }

    static func analysisRulesResource(_ settings: OrganizationSettings) async throws -> AnalysisRulesResource {
        AnalysisRulesResource(pressure: try await settings.pressurePolicy(), stall: try await settings.stallPolicy(),
                              pipeline: try await settings.dealPipeline(), currency: try await settings.reportingCurrency())
    }

    /// Every rule is checked before any is stored, as on the settings page.
    @Sendable
    static func saveAnalysisRules(_ request: Request) async throws -> AnalysisRulesResource {
        let body = try request.content.decode(AnalysisRulesResource.self)
        let named = try await request.directory.people(ids: body.pressure.overrides.map { Person.ID($0.personID) })
        let (pressure, stall, pipeline, currency) = try body.policies(knownPeople: Set(named.map(\.id.rawValue)))
        let settings = try settings(request)
        let viewer = try request.signedIn.person.id
        try await settings.setPressurePolicy(pressure, by: viewer, at: request.now)
        try await settings.setStallPolicy(stall, by: viewer, at: request.now)
        if let pipeline { try await settings.setDealPipeline(pipeline, by: viewer, at: request.now) }
        if let currency { try await settings.setReportingCurrency(currency, by: viewer, at: request.now) }
        return try await analysisRulesResource(settings)
    }
}
