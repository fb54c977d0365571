import KeelStore
import SalesDomain
import Vapor

extension RatingFormPage.Model {
    /// The form the viewer fills in on the person in the path (``Request/ratingForm()``).
    static func query(
        _ request: Request, entered: [String: String] = [:], errors: [FieldError] = [], notice: String? = nil
    ) async throws -> Self {
        Self(form: try await request.ratingForm(), entered: entered, errors: errors, notice: notice)
    }

    init(form: RatingForm, entered: [String: String] = [:], errors: [FieldError] = [], notice: String? = nil) {
        self.init(
            cycle: form.cycle, scale: form.scale, ratee: form.ratee, source: form.source, items: form.items,
            entered: entered, errors: errors, notice: notice)
    }
}
