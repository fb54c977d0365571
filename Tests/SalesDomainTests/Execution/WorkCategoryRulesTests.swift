import Foundation
import Testing
@testable import SalesDomain

@Suite struct WorkCategoryRulesTests {
    @Test(arguments: [
        (ActivityType.meeting, WorkCategory.selling), (.call, .selling), (.demo, .selling), (.proposal, .selling),
        (.prospecting, .selling), (.crmAdmin, .supporting), (.quotePreparation, .supporting), (.research, .supporting),
        (.internalMeeting, .internal), (.training, .internal), (.travelAdmin, .internal),
    ])
    func defaultsClassTheBriefsExamples(_ example: (ActivityType, WorkCategory)) {
        #expect(WorkCategoryRules.defaults.category(of: example.0) == example.1)
    }

    @Test func unmappedTypesFallBackAndAreListed() {
        let rules = WorkCategoryRules.defaults
        #expect(rules.category(of: "task") == .supporting)
        #expect(rules.unmappedTypes(in: ["task", .call, "webinar", "task"]) == ["task", "webinar"])
    }

    @Test func organizationsOverrideRules() {
        var rules = WorkCategoryRules.defaults
        rules.categoryByType[.research] = .selling
        rules.unmappedCategory = .internal
        #expect(rules.category(of: .research) == .selling)
        #expect(rules.category(of: "task") == .internal)
        // Raw CRM spellings hit the same rule once normalized.
        #expect(rules.category(of: ActivityType("Internal Meeting")) == .internal)
    }

    @Test func rulesEncodeAsAnObjectKeyedByType() throws {
        let rules = WorkCategoryRules(categoryByType: [.call: .selling, .training: .internal])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(rules)
        #expect(String(decoding: json, as: UTF8.self) == #"{"categoryByType":{"call":"selling","training":"internal"},"unmappedCategory":"supporting"}"#)
        #expect(try JSONDecoder().decode(WorkCategoryRules.self, from: json) == rules)
    }
}
