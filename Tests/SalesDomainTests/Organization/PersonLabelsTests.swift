import Foundation
import Testing
@testable import SalesDomain

@Suite struct PersonLabelsTests {
    static func named(_ n: Int, _ name: String) -> Person {
        var person = Fixture.person(n, team: 1)
        person.name = name
        return person
    }

    @Test func onlyNamesakesAreToldApartByTheirAddress() {
        let people = [
            Self.named(1, "Per Nilsen"), Self.named(2, "Anna Holm"), Self.named(3, "PER NILSEN"), Self.named(4, "Per Nilsén"),
        ]
        #expect(PersonLabels.labels(of: people) == [
            Fixture.personID(1): "Per Nilsen (p1@example.com)",
            Fixture.personID(2): "Anna Holm",
            Fixture.personID(3): "PER NILSEN (p3@example.com)",
            Fixture.personID(4): "Per Nilsén",
        ])
    }

    @Test func aListOfOneOrNoneNeedsNoAddress() {
        #expect(PersonLabels.labels(of: []).isEmpty)
        #expect(PersonLabels.labels(of: [Self.named(1, "Per Nilsen")]) == [Fixture.personID(1): "Per Nilsen"])
    }
}
