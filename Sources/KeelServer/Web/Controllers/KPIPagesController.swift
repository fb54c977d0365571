import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `/people/{id}/kpis`: one seller's coachable KPIs; the coach sets targets and the seller or
/// the coach enters weekly values, through ``KPIStore`` with the viewer's policy, as the API does.
enum KPIPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "people", ":personID", "kpis", access: .signedIn(.readOwnRecords), use: page)
        web.on(.POST, "people", ":personID", "kpis", "target", access: .signedIn(.readOwnRecords), use: setTarget)
        web.on(.POST, "people", ":personID", "kpis", "entries", access: .signedIn(.readOwnRecords), use: enter)
    }

    static func render(
        _ request: Request, person: Person.ID, notice: String? = nil, errors: [FieldError] = [], values: [String: String] = [:]
    ) async throws -> Response {
        let report = try await request.kpis.report(of: person, for: try await request.policy(), asOf: request.now)
        let calendar = try await request.organizationCalendar
        let current = calendar.week(containing: request.now)
        let model = SellerKPIsPage.Model(
            report: report, isOwn: person == (try request.signedIn.person.id),
            entryWeeks: ISOWeek.all(in: current.span(of: SellerKPIReport.recentWeekCount + 1)).reversed(),
            notice: notice, errors: errors, values: values)
        return Layout.response(
            SellerKPIsPage.render(model, context: try await PageContext.make(for: request)),
            status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    @Sendable
    static func page(_ request: Request) async throws -> Response {
        let text = try await request.localizer
        let notice: String? = switch try? request.query.get(String.self, at: "saved") {
        case "target"?: text(.kpiTargetSaved)
        case "entry"?: text(.kpiEntrySaved)
        default: nil
        }
        return try await render(request, person: try request.id("personID", as: Person.ID.self, entity: "person"), notice: notice)
    }

    @Sendable
    static func setTarget(_ request: Request) async throws -> Response {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let fields = try request.content.decode([String: String].self)
        let key = fields["kpi"] ?? ""
        do {
            let target = try value(fields["target"], field: "target", asShare: KPICatalog.kpi(key)?.measure.isShare == true)
            try await request.kpis.setTarget(target, kpiKey: key, of: person, for: try await request.policy(), at: request.now)
            return request.redirect(to: "/people/\(person)/kpis?saved=target")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await render(request, person: person, errors: errors, values: fields)
        }
    }

    @Sendable
    static func enter(_ request: Request) async throws -> Response {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let fields = try request.content.decode([String: String].self)
        do {
            guard let week = fields["week"].flatMap(ISOWeek.init) else { throw FieldError(field: "week", code: .invalidFormat, .notAWeek) }
            let value = try value(fields["value"], field: "value", asShare: false)
            try await request.kpis.enter(value, kpiKey: fields["kpi"] ?? "", week: week, of: person, for: try await request.policy(), at: request.now)
            return request.redirect(to: "/people/\(person)/kpis?saved=entry")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await render(request, person: person, errors: errors, values: fields)
        }
    }

    /// A number as Nordic users type it (``TypedNumber``), a share in per cent; empty is `nil` (the default, or no entry).
    static func value(_ raw: String?, field: String, asShare: Bool) throws(FieldError) -> Double? {
        switch TypedNumber.read(raw?.replacingOccurrences(of: "%", with: "")) {
        case .empty: return nil
        case .number(let number): return asShare ? number / 100 : number
        case .notANumber: throw FieldError(field: field, code: .invalidFormat, .kpiValueNotANumber)
        }
    }
}
