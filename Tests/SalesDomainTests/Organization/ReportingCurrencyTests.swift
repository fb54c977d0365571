import Foundation
import Testing
@testable import SalesDomain

/// The reporting currency is an ISO 4217 code in circulation, SEK until an organization sets one.
@Suite struct ReportingCurrencyTests {
    @Test func codesInCirculationAreAcceptedInAnyCase() throws {
        for typed in ["SEK", "NOK", "DKK", "EUR", "USD", "isk", " Gbp "] {
            let currency = try #require(ReportingCurrency(code: typed), "\(typed)")
            #expect(currency.code == typed.trimmingCharacters(in: .whitespaces).uppercased())
        }
        #expect(ReportingCurrency.standard.code == "SEK", "Keel's default, like Europe/Stockholm for the time zone")
    }

    @Test func anythingElseIsRefusedNamingTheFieldAndWhatWasTyped() {
        for typed in ["", "kr", "SEKK", "S€K", "ZZZ", "FIM", "XAU", "123"] {
            #expect(ReportingCurrency(code: typed) == nil, "\(typed)")
            #expect(throws: FieldError(field: "reportingCurrency", code: .invalidValue, .notACurrency, ["value": typed])) {
                try ReportingCurrency.validated(typed, field: "reportingCurrency")
            }
        }
    }

    @Test func theChoicesAreEveryCirculatingCodeInOrder() {
        let codes = ReportingCurrency.choices.map(\.code)
        #expect(codes == codes.sorted() && Set(codes).count == codes.count)
        #expect(["DKK", "EUR", "NOK", "SEK", "USD"].allSatisfy(codes.contains))
        #expect(codes.allSatisfy { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } })
    }

    @Test func itIsStoredAsItsCodeAndAWithdrawnCodeDoesNotDecode() throws {
        let nok = try #require(ReportingCurrency(code: "NOK"))
        #expect(String(decoding: try JSONEncoder().encode(nok), as: UTF8.self) == "\"NOK\"")
        #expect(try JSONDecoder().decode(ReportingCurrency.self, from: Data("\"nok\"".utf8)) == nok)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReportingCurrency.self, from: Data("\"FIM\"".utf8)) }
    }
}
