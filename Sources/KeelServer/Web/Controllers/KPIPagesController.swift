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
            // An unknown KPI and a target that is no number are told together.
            var problems = FieldErrors.Collector()
            let kpi = problems.check { () throws(FieldError) in try KPIStore.kpi(key) }
            let target = problems.check { () throws(FieldError) in
                try value(fields["target"], field: "target", asShare: kpi?.measure.isShare == true)
            } ?? nil
            try problems.throwIfAny()
            try await request.kpis.setTarget(target, kpiKey: key, of: person, for: try await request.policy(), at: request.now)
            return request.redirect(to: "/people/\(person)/kpis?saved=target")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await render(request, person: person, errors: errors.map { onPage($0, form: SellerKPIsPage.targetKPIField) }, values: fields)
        }
    }

    @Sendable
    static func enter(_ request: Request) async throws -> Response {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let fields = try request.content.decode([String: String].self)
        do {
            let key = fields["kpi"] ?? ""
            var problems = FieldErrors.Collector()
            let kpi = problems.check { () throws(FieldError) in try KPIStore.kpi(key) }
            let week = problems.check { () throws(FieldError) -> ISOWeek in
                guard let week = fields["week"].flatMap(ISOWeek.init) else { throw FieldError(field: "week", code: .invalidFormat, .notAWeek) }
                return week
            }
            let entered = problems.check { () throws(FieldError) in try value(fields["value"], field: "value", asShare: false) } ?? nil
            // What could not be read stops the save, not the check of the rest.
            if !problems.errors.isEmpty, let kpi {
                for problem in try await request.kpis.entryProblems(kpi: kpi, week: week, value: entered, at: request.now) where !problems.failed(problem.field) {
                    problems.append(problem)
                }
            }
            try problems.throwIfAny()
            guard let week else { throw FieldError(field: "week", code: .invalidFormat, .notAWeek) }
            try await request.kpis.enter(entered, kpiKey: key, week: week, of: person, for: try await request.policy(), at: request.now)
            return request.redirect(to: "/people/\(person)/kpis?saved=entry")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await render(request, person: person, errors: errors.map { onPage($0, form: SellerKPIsPage.entryKPIField) }, values: fields)
        }
    }

    /// Both forms on the page choose a KPI; a problem with the choice is shown at the form that sent it.
    static func onPage(_ error: FieldError, form kpiField: String) -> FieldError {
        var error = error
        if error.field == "kpi" { error.field = kpiField }
        return error
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
