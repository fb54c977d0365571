import Foundation
import KeelImport
import SalesDomain

extension CompetenceSeeding {
    /// The demo organization's competence history on Keel's default framework (`nordic-b2b`):
    /// role profiles, two closed cycles and an open one, and a calibration exercise with a
    /// lenient and a harsh rater — the same for the same organization and seed on every run.
    @discardableResult
    public func storeDemo(for demo: DemoOrganization, seed: UInt64, now: Date) async throws -> Counts {
        let framework = try DemoCompetenceGenerator.framework(
            from: FrameworkDocument.nordicB2B, organizationID: demo.organization.id, seed: seed)
        let generator = DemoCompetenceGenerator(demo, framework: framework, spec: DemoCompetenceSpec(seed: seed, now: now))
        return try await store(generator, at: now)
    }
}
