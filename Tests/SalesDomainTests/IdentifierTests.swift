import Foundation
import Testing
@testable import SalesDomain

@Suite struct IdentifierTests {
    /// Identifiers sort as their UUID strings do, including ids that differ only in the last byte
    /// or only in the first.
    @Test func identifiersSortAsTheirStrings() {
        var random = SeededGenerator(seed: 3)
        var ids: [Person.ID] = (0..<500).map { _ in random.identifier() }
        ids += ["00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-0000000000ff",
                "ff000000-0000-0000-0000-000000000000", "0f000000-0000-0000-0000-000000000000"]
            .map { Person.ID(uuidString: $0)! }
        #expect(ids.sorted().map(\.rawValue.uuidString) == ids.map(\.rawValue.uuidString).sorted())
        #expect(!(ids[0] < ids[0]))
    }
}
