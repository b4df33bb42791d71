import Foundation
import Testing
@testable import Corpus

/// A year the article recalls ("since 2014", "the invasion in 2022") does not date "on March 15".
@Suite struct HistoricalYearTests {
    private func year(_ text: String) -> Int? { Dates.contextYear(Array(text.unicodeScalars)) }

    @Test func onsetAndSinceYearsAreNotTheArticlesYear() {
        #expect(year("Fighting has gone on since 2014.") == nil)
        #expect(year("Aid has flowed since February 2022.") == nil)
        #expect(year("Refugees have left since the full-scale invasion in 2022.") == nil)
        #expect(year("Moscow annexed the peninsula in 2014.") == nil)
        #expect(year("It is the war that began in February 2022, the minister said.") == nil)
    }

    @Test func otherYearsStillCount() {
        #expect(year("The summit in 2025 set out a plan.") == 2025)
        #expect(year("A deal is expected by 2026.") == 2026)
        // the latest year wins, and an anchor elsewhere does not hide a plain one
        #expect(year("Since 2022 the allies have met often; the 2025 budget pays for it.") == 2025)
        // a clause boundary ends the phrase: "began" belongs to another clause
        #expect(year("The talks began. In 2025 they stalled.") == 2025)
    }

    @Test func aHistoricalYearLeavesADateWithoutYearUndated() {
        let text = """
        Ministers weigh a Baltic mission

        The defence ministers of four Nordic countries met in Tallinn on March 15 to discuss a mission for Ukraine.
        Officials said the mission would need a ceasefire first, a point they have made since the full-scale invasion in 2022.
        """
        let d = extract(text).documents[0]
        #expect(d.published == nil)
        let dated = extract(text.replacingOccurrences(of: "a point", with: "in 2025 a point")).documents[0]
        #expect(dated.published == "2025-03-15")
    }
}
