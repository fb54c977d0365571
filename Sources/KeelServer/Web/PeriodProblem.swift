import Vapor

/// A period typed into an analysis page's filter that cannot be read — an empty field, a start
/// after its end, a span too long. The page answers for its default period and says so at the
/// period's fields, keeping what was typed, instead of leaving the reader on an error page.
struct PeriodProblem: Sendable {
    /// `from` or `to`.
    var field: String
    var message: String
    var typedFrom: String?
    var typedTo: String?
}

extension Request {
    private struct PeriodSetAsideKey: StorageKey {
        typealias Value = Bool
    }

    /// Whether the `from` and `to` asked are ignored for the defaults (``AnalysisPeriod``).
    var askedPeriodIsSetAside: Bool { storage[PeriodSetAsideKey.self] ?? false }

    /// An analysis page: its query, answered again for the default period when the period asked
    /// cannot be read, and rendered with the problem in its context. The API keeps refusing such
    /// a period (400): a program must not get an answer to a question it did not ask.
    func analysisPage<Model>(
        _ query: (Request) async throws -> Model, render: (Model, PageContext) -> Node
    ) async throws -> Response {
        var problem: PeriodProblem?
        let model: Model
        do {
            model = try await query(self)
        } catch let error as APIError where error.status == .badRequest && (error.field == "from" || error.field == "to") {
            storage[PeriodSetAsideKey.self] = true
            problem = PeriodProblem(
                field: error.field ?? "from", message: try await localizer(error.problem),
                typedFrom: try? self.query.get(String.self, at: "from"), typedTo: try? self.query.get(String.self, at: "to"))
            model = try await query(self)
        }
        var context = try await PageContext.make(for: self)
        context.periodProblem = problem
        return Layout.response(render(model, context), for: self)
    }
}
