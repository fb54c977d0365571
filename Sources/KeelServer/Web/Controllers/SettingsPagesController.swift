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
        let seen = try await ExecutionRollups(database: request.db, organizationID: organization).activityTypes()
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
}
