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
        return Layout.response(ReasonCatalogPage.render(model, context: context), status: model.error == nil ? .ok : .unprocessableEntity, for: request)
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
            for (index, row) in rows.enumerated() where row.code.contains(where: { !($0.isLowercase || $0.isNumber || $0 == "_") || !$0.isASCII }) {
                throw FieldError(field: "reasons[\(index)].code", code: .invalidFormat, message: "a code is lower-case letters, digits and _ , e.g. waiting_for_legal")
            }
            let catalog = try ReasonCatalog(rows.map {
                PostponementReason(code: ReasonCode($0.code), names: $0.names, reasonClass: $0.reasonClass, isActive: $0.isActive)
            })
            let viewer = try request.signedIn.person
            try await settings(request).setReasonCatalog(catalog, by: viewer.id, at: request.now)
            return try await page(request, model: .init(rows: ReasonCatalogPage.rows(catalog), notice: Localizer(request.language)(.reasonsSaved)))
        } catch let error as FieldError {
            return try await page(request, model: .init(rows: rows, error: error))
        }
    }

    @Sendable
    static func workCategories(_ request: Request) async throws -> Response {
        try await workCategoriesPage(request, rules: try await settings(request).workCategoryRules(), notice: nil)
    }

    static func workCategoriesPage(_ request: Request, rules: WorkCategoryRules, notice: String?) async throws -> Response {
        let organization = try request.signedIn.person.organizationID
        let seen = try await ExecutionRollups.of(database: request.db, organizationID: organization).activityTypes()
        let model = WorkCategoriesPage.Model(rules: rules, unmapped: rules.unmappedTypes(in: seen), notice: notice)
        return Layout.response(WorkCategoriesPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }

    /// Fields `type.<code>` (empty: no rule of its own) and `fallback`.
    @Sendable
    static func saveWorkCategories(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        var table: [ActivityType: WorkCategory] = [:]
        for (name, value) in fields where name.hasPrefix("type.") && !value.isEmpty {
            guard let category = WorkCategory(rawValue: value) else {
                throw FieldError(field: name, code: .invalidValue, message: "'\(value)' is not selling, supporting or internal")
            }
            table[ActivityType(String(name.dropFirst("type.".count)))] = category
        }
        guard let fallback = fields["fallback"].flatMap(WorkCategory.init(rawValue:)) else {
            throw FieldError(field: "fallback", code: .invalidValue, message: "choose selling, supporting or internal")
        }
        let rules = WorkCategoryRules(categoryByType: table, unmappedCategory: fallback)
        try await settings(request).setWorkCategoryRules(rules, by: try request.signedIn.person.id, at: request.now)
        return try await workCategoriesPage(request, rules: rules, notice: Localizer(request.language)(.workCategoriesSaved))
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
        return AnalysisRulesPage.values(pressure: pressure, stall: try await settings.stallPolicy(),
                                        emails: Dictionary(people.map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first }))
    }

    static func analysisRulesPage(_ request: Request, model: AnalysisRulesPage.Model) async throws -> Response {
        Layout.response(AnalysisRulesPage.render(model, context: try await PageContext.make(for: request)),
                        status: model.error == nil ? .ok : .unprocessableEntity, for: request)
    }

    /// Both rules are checked before either is stored; a new pressure policy rebuilds the
    /// execution rollups in the same transaction, since it re-classes every week.
    @Sendable
    static func saveAnalysisRules(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let text = Localizer(request.language)
        do {
            let threshold = try number(fields, AnalysisRulesPage.thresholdField, text: text)
            let defaultHours = try number(fields, AnalysisRulesPage.defaultHoursField, text: text)
            let overrides = try await capacityOverrides(fields[AnalysisRulesPage.overridesField] ?? "", request: request, text: text)
            let percentile = try number(fields, AnalysisRulesPage.percentileField, text: text)
            let minimumWon = try number(fields, AnalysisRulesPage.minimumWonField, text: text)
            guard minimumWon == minimumWon.rounded() else {
                throw FieldError(field: AnalysisRulesPage.minimumWonField, code: .invalidValue, message: text(.analysisRulesWholeNumber))
            }
            let pressure = try renamingFields(PressurePolicy(
                highLoadThreshold: threshold, capacity: WeeklyCapacity(defaultHours: defaultHours, overrides: overrides)).validated)
            let stall = try renamingFields(StallPolicy(percentile: percentile / 100, minimumWonDeals: Int(minimumWon)).validated)
            let settings = try settings(request)
            let viewer = try request.signedIn.person.id
            try await settings.setPressurePolicy(pressure, by: viewer, at: request.now)
            try await settings.setStallPolicy(stall, by: viewer, at: request.now)
            return try await analysisRulesPage(request, model: .init(
                values: try await storedAnalysisRules(request, settings: settings), notice: text(.analysisRulesSaved)))
        } catch let error as FieldError {
            return try await analysisRulesPage(request, model: .init(values: fields, error: error))
        }
    }

    /// A decimal as Nordic users type it too: `1,1` is `1.1`.
    static func number(_ fields: [String: String], _ field: String, text: Localizer) throws -> Double {
        let raw = (fields[field] ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(raw), value.isFinite else {
            throw FieldError(field: field, code: .invalidValue, message: text(.analysisRulesNotANumber, ["value": fields[field] ?? ""]))
        }
        return value
    }

    /// The rules name their own properties; the page names its fields.
    static func renamingFields<Value>(_ validated: () throws(FieldError) -> Value) throws -> Value {
        do {
            return try validated()
        } catch {
            let field = switch error.field {
            case "highLoadThreshold": AnalysisRulesPage.thresholdField
            case "defaultHours": AnalysisRulesPage.defaultHoursField
            case "percentile": AnalysisRulesPage.percentileField
            case "minimumWonDeals": AnalysisRulesPage.minimumWonField
            default: error.field.hasPrefix("overrides") ? AnalysisRulesPage.overridesField : error.field
            }
            throw FieldError(field: field, code: error.code, message: error.message)
        }
    }

    /// One override per line: `e-mail; hours` for every week, `e-mail; 2026-W14; hours` for one.
    static func capacityOverrides(_ raw: String, request: Request, text: Localizer) async throws -> [WeeklyCapacity.Override] {
        let lines = raw.split(whereSeparator: \.isNewline).enumerated()
            .map { (number: $0.offset + 1, parts: $0.element.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }) }
            .filter { !$0.parts.allSatisfy(\.isEmpty) }
        let people = try await request.directory.people(emails: lines.compactMap(\.parts.first))
        let byEmail = Dictionary(people.map { ($0.email.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        let field = AnalysisRulesPage.overridesField
        return try lines.map { line in
            guard line.parts.count == 2 || line.parts.count == 3 else {
                throw FieldError(field: field, code: .invalidFormat, message: text(.analysisRulesOverrideFormat, ["line": String(line.number)]))
            }
            guard let person = byEmail[line.parts[0].lowercased()] else {
                throw FieldError(field: field, code: .notFound, message: text(.analysisRulesOverridePerson, ["line": String(line.number), "email": line.parts[0]]))
            }
            var week: ISOWeek?
            if line.parts.count == 3 {
                guard let parsed = ISOWeek(line.parts[1]) else {
                    throw FieldError(field: field, code: .invalidValue, message: text(.analysisRulesOverrideWeek, ["line": String(line.number), "week": line.parts[1]]))
                }
                week = parsed
            }
            let rawHours = line.parts[line.parts.count - 1].replacingOccurrences(of: ",", with: ".")
            guard let hours = Double(rawHours), hours.isFinite, hours >= 0 else {
                throw FieldError(field: field, code: .invalidValue, message: text(.analysisRulesOverrideHours, ["line": String(line.number), "hours": line.parts.last ?? ""]))
            }
            return WeeklyCapacity.Override(personID: person, week: week, hours: hours)
        }
    }
}
