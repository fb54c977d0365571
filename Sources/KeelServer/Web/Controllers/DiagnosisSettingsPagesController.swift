import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `/settings/diagnosis`: the diagnosis thresholds and a framework version's signal map, checked
/// together and stored only when both are valid.
enum DiagnosisSettingsPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "settings", "diagnosis", access: .signedIn(.configureRules), use: show)
        web.on(.POST, "settings", "diagnosis", access: .signedIn(.configureRules), use: save)
    }

    /// The version the query names, else the newest published version (a draft has no sellers
    /// assessed on it yet).
    static func framework(_ request: Request) async throws -> (CompetencyFramework, [FrameworkVersionReference]) {
        let versions = try await request.competence.frameworkVersions()
        let published = versions.filter { $0.publishedAt != nil }
            .sorted { ($0.publishedAt ?? .distantPast, $0.version) > ($1.publishedAt ?? .distantPast, $1.version) }
        let references = published.map { FrameworkVersionReference(frameworkID: $0.id, version: $0.version) }
        if let id = try? request.query.get(UUID.self, at: "framework"), let version = try? request.query.get(Int.self, at: "version") {
            guard let chosen = versions.first(where: { $0.id.rawValue == id && $0.version == version }) else { throw Abort(.notFound) }
            return (chosen, references)
        }
        guard let newest = published.first ?? versions.last else { throw Abort(.notFound) }
        return (newest, references)
    }

    static func page(_ request: Request, values: [String: String]? = nil, map: DiagnosisSignalMap? = nil, errors: [FieldError] = [],
                     notice: String? = nil) async throws -> Response {
        let (framework, versions) = try await framework(request)
        let diagnosis = try await request.diagnosis
        let settings = try request.organizationSettings
        let model = DiagnosisSettingsPage.Model(
            framework: framework, versions: versions, map: try await map.asyncOr { try await diagnosis.signalMap(for: framework) },
            activityTypes: try await diagnosis.knownActivityTypes().sorted(), stages: try await settings.dealPipeline().stages,
            values: try await values.asyncOr { DiagnosisSettingsPage.values(try await settings.diagnosisPolicy()) },
            errors: errors, notice: notice)
        return Layout.response(DiagnosisSettingsPage.render(model, context: try await PageContext.make(for: request)),
                               status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    @Sendable
    static func show(_ request: Request) async throws -> Response {
        try await page(request)
    }

    @Sendable
    static func save(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let (framework, _) = try await framework(request)
        let areas = framework.areas.map { area in
            AreaSignals(
                areaKey: area.key,
                activityTypes: fields.keys.compactMap { $0.dropping(prefix: "type:\(area.key):") }.sorted().map { ActivityType($0) },
                stages: fields.keys.compactMap { $0.dropping(prefix: "stage:\(area.key):") }.map { DealStage($0) })
        }.filter { !$0.isEmpty }
        let typed = fields.filter { DiagnosisSettingsPage.policyFields.contains($0.key) }
        do {
            var problems = FieldErrors.Collector()
            let policy = Self.policy(typed, problems: &problems)
            try problems.throwIfAny()
            guard let policy else { return try await page(request) }
            try await request.diagnosis.saveSettings(
                policy, signals: areas, for: FrameworkVersionReference(frameworkID: framework.id, version: framework.version),
                actor: try request.signedIn.person.id, at: request.now)
            return try await page(request, notice: Localizer(request.language)(.diagnosisSettingsSaved))
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await page(request, values: typed, map: DiagnosisSignalMap(unchecked: areas), errors: errors.map(Self.onPage))
        }
    }

    /// The thresholds as typed: shares in percent, decimals with a comma or a point.
    static func policy(_ fields: [String: String], problems: inout FieldErrors.Collector) -> DiagnosisPolicy? {
        func number(_ field: String) -> Double? {
            problems.check { () throws(FieldError) in try SettingsPagesController.number(fields, field) }
        }
        func whole(_ field: String) -> Int? {
            guard let value = number(field) else { return nil }
            guard value == value.rounded(), abs(value) < 1e9 else {
                problems.append(FieldError(field: field, code: .invalidValue, .analysisRulesWholeNumber))
                return nil
            }
            return Int(value)
        }
        let tolerance = number("tolerance")
        let threshold = number("executionThreshold")
        let activities = whole("minimumPlannedActivities")
        let deals = whole("minimumDecidedDeals")
        let structural = number("structuralShare")
        let stall = number("stallShare")
        // The numbers that could be read are checked against their ranges too, with the
        // standard value in place of each unreadable one, so every mistake shows in one pass.
        let standard = DiagnosisPolicy.standard
        let policy = DiagnosisPolicy(
            tolerance: tolerance ?? standard.tolerance, executionThreshold: threshold.map { $0 / 100 } ?? standard.executionThreshold,
            minimumPlannedActivities: activities ?? standard.minimumPlannedActivities, minimumDecidedDeals: deals ?? standard.minimumDecidedDeals,
            structuralShare: structural.map { $0 / 100 } ?? standard.structuralShare, stallShare: stall.map { $0 / 100 } ?? standard.stallShare)
        do {
            _ = try policy.validated()
        } catch {
            for refused in error.errors where !problems.failed(refused.field) { problems.append(refused) }
        }
        guard tolerance != nil, threshold != nil, activities != nil, deals != nil, structural != nil, stall != nil else { return nil }
        return policy
    }

    /// A problem as the page shows it: a share's range in percent, the map's problems under its section.
    static func onPage(_ error: FieldError) -> FieldError {
        if error.field.hasPrefix("areas") { return FieldError(field: "areas", code: error.code, error.problem) }
        guard DiagnosisSettingsPage.percentFields.contains(error.field) else { return error }
        var problem = error.problem
        for key in ["minimum", "maximum"] {
            if let value = problem.arguments[key].flatMap(Double.init) { problem.arguments[key] = AnalysisRulesPage.plain(value * 100) }
        }
        return FieldError(field: error.field, code: error.code, problem)
    }
}

private extension Optional {
    func asyncOr(_ fallback: () async throws -> Wrapped) async rethrows -> Wrapped {
        if let self { return self }
        return try await fallback()
    }
}
