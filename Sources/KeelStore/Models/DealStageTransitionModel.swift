import FluentKit
import Foundation
import SalesDomain

/// A deal entering a stage. CRM exports are snapshots, so Keel builds this history from
/// successive imports: a stage that differs from the last one seen is a transition.
final class DealStageTransitionModel: Model, @unchecked Sendable {
    static let schema = "deal_stage_transitions"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "deal_id") var dealID: UUID
    @Field(key: "stage") var stage: String
    @Field(key: "entered_at") var enteredAt: Date
    @OptionalField(key: "import_run_id") var importRunID: UUID?

    init() {}

    var domain: StageTransition {
        StageTransition(dealID: .init(dealID), stage: DealStage(stage), enteredAt: enteredAt)
    }
}
