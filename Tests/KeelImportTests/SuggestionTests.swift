import Testing
@testable import KeelImport

@Suite struct SuggestionTests {
    let products = ["GTX Basic", "GTX Pro", "MG Special", "MG Advanced", "GTX Plus Basic", "GTX Plus Pro", "GTK 500"]

    @Test func spacingAndCaseSlipsFindTheProduct() {
        #expect(Suggestion.closest(to: "GTXPro", in: products) == "GTX Pro")
        #expect(Suggestion.closest(to: "mg specal", in: products) == "MG Special")
    }

    @Test func unrelatedValuesSuggestNothing() {
        #expect(Suggestion.closest(to: "Laptop", in: products) == nil)
        #expect(Suggestion.closest(to: "", in: products) == nil)
    }

    @Test func editDistanceIsLevenshtein() {
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
        #expect(Suggestion.editDistance(Array("same"), Array("same")) == 0)
    }
}
