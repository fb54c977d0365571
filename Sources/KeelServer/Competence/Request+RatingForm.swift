import KeelStore
import SalesDomain
import Vapor

extension Request {
    /// The rating form on the person in the path, as the store answers it for the viewer
    /// (``CompetenceStore/ratingForm(cycle:ratee:for:)``): the rating page and
    /// `GET …/people/{personID}/references` ask it alike; anyone not theirs to rate is not found.
    func ratingForm() async throws -> RatingForm {
        try await competence.ratingForm(
            cycle: try id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle"),
            ratee: try id("personID", as: Person.ID.self, entity: "person"),
            for: try await policy())
    }
}
