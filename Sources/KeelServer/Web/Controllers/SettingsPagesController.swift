import Foundation
import KeelStore
import SalesDomain
import Vapor

/// Leadership's settings for the execution rules.
enum SettingsPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "settings", "reasons", access: .signedIn(.configureRules), use: reasons)
        web.on(.POST, "settings", "reasons", access: .signedIn(.configureRules), use: saveReasons)
        web.on(.GET, "settings", "work-categories", access: .signedIn(.configureRules), use: workCategories)
        web.on(.POST, "settings", "work-categories", access: .signedIn(.configureRules), use: saveWorkCategories)
        web.on(.GET, "settings", "analysis-rules", access: .signedIn(.configureRules), use: analysisRules)
        web.on(.POST, "settings", "analysis-rules", access: .signedIn(.configureRules), use: saveAnalysisRules)
    }

    static func settings(_ request: Request) throws -> OrganizationSettings {
        OrganizationSettings(database: request.db, organizationID: try request.signedIn.person.organizationID)
    }

    @Sendable
    static func reasons(_ request: Request) async throws -> Response {
        let catalog = try await settings(request).reasonCatalog()
        return try await page(request, model: .init(rows: ReasonCatalogPage.rows(catalog)))
    }

    static func page(_ request: Request, model: ReasonCatalogPage.Model) async throws -> Response {
        let context = try await PageContext.make(for: request)
        return Layout.response(ReasonCatalogPage.render(model, context: context), status: model.errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    /// The form posts every row as `code_i`, `en_i`, `sv_i`, `nb_i`, `class_i`, `active_i`;
    /// a last row with an empty code adds nothing.
    @Sendable
    static func saveReasons(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let stored = try await settings(request).reasonCatalog()
        let count = min(Int(fields["count"] ?? "") ?? 0, 200)
        var rows: [ReasonCatalogPage.Row] = []
        for index in 0..<count {
            let code = (fields["code_\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
            if code.isEmpty { continue }
            var names: [Language: String] = [:]
            for language in Language.allCases {
                let name = (fields["\(language.rawValue)_\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { names[language] = name }
            }
            rows.append(ReasonCatalogPage.Row(
                code: code, names: names, reasonClass: ReasonClass(rawValue: fields["class_\(index)"] ?? "") ?? .excuseProne,
                isActive: fields["active_\(index)"] == "true", isStored: stored.reason(for: ReasonCode(code)) != nil))
        }
        do {
            let catalog = try ReasonCatalog.validated(rawCodes: rows.map(\.code), reasons: rows.map {
                PostponementReason(code: ReasonCode($0.code), names: $0.names, reasonClass: $0.reasonClass, isActive: $0.isActive)
            })
            let viewer = try request.signedIn.person
            try await settings(request).setReasonCatalog(catalog, by: viewer.id, at: request.now)
            return try await page(request, model: .init(rows: ReasonCatalogPage.rows(catalog), notice: Localizer(request.language)(.reasonsSaved)))
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await page(request, model: .init(rows: rows, errors: errors))
        }
    }

    @Sendable
    static func workCategories(_ request: Request) async throws -> Response {
        try await workCategoriesPage(request, rules: try await settings(request).workCategoryRules())
    }

    static func workCategoriesPage(
        _ request: Request, rules: WorkCategoryRules, notice: String? = nil, entered: [String: String]? = nil, errors: [FieldError] = []
    ) async throws -> Response {
        let organization = try request.signedIn.person.organizationID
        let seen = try await ExecutionRollups.of(database: request.db, organizationID: organization).activityTypes()
        let model = WorkCategoriesPage.Model(rules: rules, unmapped: rules.unmappedTypes(in: seen), notice: notice, entered: entered, errors: errors)
        return Layout.response(WorkCategoriesPage.render(model, context: try await PageContext.make(for: request)),
                               status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    /// Fields `type.<code>` (empty: no rule of its own) and `fallback`.
    @Sendable
    static func saveWorkCategories(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        var table: [String: String] = [:]
        for (name, value) in fields where name.hasPrefix(WorkCategoriesPage.typeFieldPrefix) {
            table[String(name.dropFirst(WorkCategoriesPage.typeFieldPrefix.count))] = value
        }
        do {
            let rules = try WorkCategoryRules.reading(table, unmapped: fields[WorkCategoriesPage.fallbackField],
                                                      typeField: WorkCategoriesPage.typeField, unmappedField: WorkCategoriesPage.fallbackField)
            try await settings(request).setWorkCategoryRules(rules, by: try request.signedIn.person.id, at: request.now)
            return try await workCategoriesPage(request, rules: rules, notice: Localizer(request.language)(.workCategoriesSaved))
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await workCategoriesPage(request, rules: try await settings(request).workCategoryRules(), entered: fields, errors: errors)
        }
    }

    // MARK: Analysis rules

    @Sendable
    static func analysisRules(_ request: Request) async throws -> Response {
        let settings = try settings(request)
        return try await analysisRulesPage(request, model: .init(values: try await storedAnalysisRules(request, settings: settings)))
    }

    static func storedAnalysisRules(_ request: Request, settings: OrganizationSettings) async throws -> [String: String] {
        let pressure = try await settings.pressurePolicy()
        let people = try await request.directory.people(ids: pressure.capacity.overrides.map(\.personID))
        return AnalysisRulesPage.values(pressure: pressure, stall: try await settings.stallPolicy(), pipeline: try await settings.dealPipeline(),
                                        currency: try await settings.reportingCurrency(),
                                        emails: Dictionary(people.map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first }))
    }

    static func analysisRulesPage(_ request: Request, model: AnalysisRulesPage.Model) async throws -> Response {
        Layout.response(AnalysisRulesPage.render(model, context: try await PageContext.make(for: request)),
                        status: model.errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    /// Every rule is checked before any is stored; a new pressure policy rebuilds the
    /// execution rollups in the same transaction, since it re-classes every week.
    @Sendable
    static func saveAnalysisRules(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let text = Localizer(request.language)
        do {
            var problems = FieldErrors.Collector()
            let threshold = problems.check { () throws(FieldError) in try number(fields, AnalysisRulesPage.thresholdField) }
            let defaultHours = problems.check { () throws(FieldError) in try number(fields, AnalysisRulesPage.defaultHoursField) }
            let overrides = try await capacityOverrides(fields[AnalysisRulesPage.overridesField] ?? "", request: request, problems: &problems)
            let percentile = problems.check { () throws(FieldError) in try number(fields, AnalysisRulesPage.percentileField) }
            var minimumWon = problems.check { () throws(FieldError) in try number(fields, AnalysisRulesPage.minimumWonField) }
            if let typed = minimumWon, typed != typed.rounded() {
                problems.append(FieldError(field: AnalysisRulesPage.minimumWonField, code: .invalidValue, .analysisRulesWholeNumber))
                minimumWon = nil
            }
            // Each rule checks its own numbers once every number could be read.
            let pressure = threshold.flatMap { threshold in defaultHours.flatMap { hours in
                problems.check { () throws(FieldError) in
                    try renamingFields(PressurePolicy(
                        highLoadThreshold: threshold, capacity: WeeklyCapacity(defaultHours: hours, overrides: overrides)).validated)
                }
            } }
            let stall = percentile.flatMap { percentile in minimumWon.flatMap { minimumWon in
                problems.check { () throws(FieldError) in
                    try renamingFields(StallPolicy(percentile: percentile / 100, minimumWonDeals: Int(minimumWon)).validated)
                }
            } }
            // One stage code per line; blank lines are spacing, not stages. A form without the
            // field (one rendered before it existed) leaves the order as it is.
            let stagesTyped = fields[AnalysisRulesPage.stagesField]
            let pipeline = stagesTyped.flatMap { typed in
                problems.check { () throws(FieldError) in
                    try renamingFields { () throws(FieldError) in
                        try DealPipeline(typed.split(whereSeparator: \.isNewline)
                            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { DealStage($0) })
                    }
                }
            }
            // Like the stage order: a form without the field leaves the currency as it is.
            let currencyTyped = fields[AnalysisRulesPage.currencyField]
            let currency = currencyTyped.flatMap { typed in
                problems.check { () throws(FieldError) in try ReportingCurrency.validated(typed, field: AnalysisRulesPage.currencyField) }
            }
            try problems.throwIfAny()
            guard let pressure, let stall, stagesTyped == nil || pipeline != nil, currencyTyped == nil || currency != nil else {
                return try await analysisRules(request)
            }
            let settings = try settings(request)
            let viewer = try request.signedIn.person.id
            try await settings.setPressurePolicy(pressure, by: viewer, at: request.now)
            try await settings.setStallPolicy(stall, by: viewer, at: request.now)
            if let pipeline { try await settings.setDealPipeline(pipeline, by: viewer, at: request.now) }
            if let currency { try await settings.setReportingCurrency(currency, by: viewer, at: request.now) }
            return try await analysisRulesPage(request, model: .init(
                values: try await storedAnalysisRules(request, settings: settings), notice: text(.analysisRulesSaved)))
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await analysisRulesPage(request, model: .init(values: fields, errors: errors))
        }
    }

    /// A decimal as Nordic users type it too: `1,1` is `1.1`.
    static func number(_ fields: [String: String], _ field: String) throws(FieldError) -> Double {
        let raw = (fields[field] ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(raw), value.isFinite else {
            throw FieldError(field: field, code: .invalidValue, .analysisRulesNotANumber, ["value": fields[field] ?? ""])
        }
        return value
    }

    /// The rules name their own properties; the page names its fields.
    static func renamingFields<Value>(_ validated: () throws(FieldError) -> Value) throws(FieldError) -> Value {
        do {
            return try validated()
        } catch {
            let field = switch error.field {
            case "highLoadThreshold": AnalysisRulesPage.thresholdField
            case "defaultHours": AnalysisRulesPage.defaultHoursField
            case "percentile": AnalysisRulesPage.percentileField
            case "minimumWonDeals": AnalysisRulesPage.minimumWonField
            case let field where field.hasPrefix("stages"): AnalysisRulesPage.stagesField
            default: error.field.hasPrefix("overrides") ? AnalysisRulesPage.overridesField : error.field
            }
            throw FieldError(field: field, code: error.code, error.problem)
        }
    }

    /// One override per line: `e-mail; hours` for every week, `e-mail; 2026-W14; hours` for one.
    static func capacityOverrides(
        _ raw: String, request: Request, problems: inout FieldErrors.Collector
    ) async throws -> [WeeklyCapacity.Override] {
        let lines = raw.split(whereSeparator: \.isNewline).enumerated()
            .map { (number: $0.offset + 1, parts: $0.element.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }) }
            .filter { !$0.parts.allSatisfy(\.isEmpty) }
        let people = try await request.directory.people(emails: lines.compactMap(\.parts.first))
        let byEmail = Dictionary(people.map { ($0.email.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        // Every line is checked, so a list with several mistakes is fixed in one pass.
        return lines.compactMap { line in
            problems.check { () throws(FieldError) in try override(line, byEmail: byEmail) }
        }
    }

    private static func override(
        _ line: (number: Int, parts: [String]), byEmail: [String: Person.ID]
    ) throws(FieldError) -> WeeklyCapacity.Override {
        let field = AnalysisRulesPage.overridesField
        guard line.parts.count == 2 || line.parts.count == 3 else {
            throw FieldError(field: field, code: .invalidFormat, .analysisRulesOverrideFormat, ["line": String(line.number)])
        }
        guard let person = byEmail[line.parts[0].lowercased()] else {
            throw FieldError(field: field, code: .notFound, .analysisRulesOverridePerson, ["line": String(line.number), "email": line.parts[0]])
        }
        var week: ISOWeek?
        if line.parts.count == 3 {
            guard let parsed = ISOWeek(line.parts[1]) else {
                throw FieldError(field: field, code: .invalidValue, .analysisRulesOverrideWeek, ["line": String(line.number), "week": line.parts[1]])
            }
            week = parsed
        }
        let rawHours = line.parts[line.parts.count - 1].replacingOccurrences(of: ",", with: ".")
        guard let hours = Double(rawHours), hours.isFinite, hours >= 0 else {
            throw FieldError(field: field, code: .invalidValue, .analysisRulesOverrideHours, ["line": String(line.number), "hours": line.parts.last ?? ""])
        }
        return WeeklyCapacity.Override(personID: person, week: week, hours: hours)
    }
}
