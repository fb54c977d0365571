import FluentKit
import Foundation

/// The signal map of one framework version, as JSON (`[AreaSignals]`).
final class DiagnosisSignalMapModel: Model, @unchecked Sendable {
    static let schema = "diagnosis_signal_maps"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "framework_id") var frameworkID: UUID
    @Field(key: "version") var version: Int
    @Field(key: "areas") var areas: String
    @OptionalField(key: "updated_by") var updatedBy: UUID?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
