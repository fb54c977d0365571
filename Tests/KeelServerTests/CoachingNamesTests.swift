@testable import KeelServer
import SalesDomain
import Testing

/// How long since a seller's last session reads on the coaching page.
@Suite struct CoachingNamesTests {
    @Test("Today and yesterday by name, then days; never \"0 days ago\"", arguments: [Language.english, .swedish, .norwegianBokmal])
    func daysSinceTheLastSession(language: Language) {
        let text = Localizer(language)
        #expect(CoachingNames.daysAgo(0, text: text) == text(.coachingToday))
        #expect(CoachingNames.daysAgo(1, text: text) == text(.coachingYesterday))
        #expect(CoachingNames.daysAgo(12, text: text) == text(.coachingDaysAgo, ["days": "12"]))
        #expect(CoachingNames.daysAgo(12, text: text).contains("12"))
    }
}
