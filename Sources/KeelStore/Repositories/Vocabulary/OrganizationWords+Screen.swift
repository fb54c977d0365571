import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension OrganizationWords {
    /// The settings screen: the vocabulary over the codes the organization uses — activity types
    /// from its rollups, stages from its pipeline and its deals, every job role, its markets.
    public func screen() async throws -> VocabularyScreen {
        let pipeline = try await OrganizationSettings(database: database, organizationID: organizationID).dealPipeline()
        let dealStages = try await sql.select().distinct().column("stage").from("deals")
            .where("organization_id", .equal, organizationID.rawValue).all()
            .map { try $0.decode(column: "stage", as: String.self) }
        let activityTypes = try await ExecutionRollups.of(database: database, organizationID: organizationID).activityTypes()
        return VocabularyScreen(
            vocabulary: try await vocabulary(),
            activityTypes: activityTypes.map(\.rawValue),
            stages: pipeline.stages.map(\.rawValue) + dealStages.sorted(),
            markets: try await Directory(database: database, organizationID: organizationID).markets())
    }
}
