import Foundation
import Testing
@testable import SalesDomain

@Suite struct NormalizedCodeTests {
    @Test func encodesAsTheBareCodeAlsoAsADictionaryKey() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // MUT
        let types = String(decoding: try encoder.encode([ActivityType.followUp, "CRM admin"]), as: UTF8.self)
        let minutes = String(decoding: try encoder.encode([ActivityType.call: 30, .meeting: 60]), as: UTF8.self)
        let stage = String(decoding: try encoder.encode(DealStage("Negotiation")), as: UTF8.self)
        // validate
        #expect(types == #"["follow_up","crm_admin"]"#)
        #expect(minutes == #"{"call":30,"meeting":60}"#)
        #expect(stage == #""negotiation""#)
    }

    @Test func decodingNormalizesLikeTheInitializers() throws {
        let json = Data(#"{"codes":["No Time","customer-rescheduled"],"byType":{"Quote prep":2}}"#.utf8)
        struct Document: Decodable {
            var codes: [ReasonCode]
            var byType: [ActivityType: Int]
        }
        // MUT
        let document = try JSONDecoder().decode(Document.self, from: json)
        // validate
        #expect(document.codes == [ReasonCode("no_time"), ReasonCode(rawValue: "Customer Rescheduled")])
        #expect(document.byType == ["quote_prep": 2])
    }

    @Test func ordersAndPrintsByCode() {
        let stages: [DealStage] = ["Qualification", "negotiation", "Demo"]
        #expect(stages.sorted().map(\.rawValue) == ["demo", "negotiation", "qualification"])
        #expect("\(ActivityType.quotePreparation)" == "quote_preparation")
        #expect(ActivityType.meetingPreparation.description == "meeting_preparation")
    }

    /// ASCII codes take a byte-wise path and everything else Foundation's; both must agree.
    @Test func normalizesASCIIAndOtherTextAlike() {
        let table: [(String, String)] = [
            ("  Quote -- Prep\t", "quote_prep"), ("\r\nFOLLOW_up\n", "follow_up"), ("-call-", "call"), ("a\u{0B}b\u{0C}c", "a_b_c"),
            ("E-mail 2", "e_mail_2"), ("", ""), ("Möte – Kund", "möte_–_kund"), ("\u{00A0}Åtgärd\u{2003}plan ", "åtgärd_plan"),
        ]
        for (raw, code) in table { #expect(raw.normalizedCode == code, "\(raw)") }
    }
}
