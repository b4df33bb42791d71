import Testing
@testable import Corpus

/// Negated verbs of support and refusals with a condition (hand-written examples).
@Suite struct StanceNegationTests {
    private func stance(_ text: String, _ speaker: String) -> Stance? {
        extract(text).claims(by: speaker).first?.stance
    }

    @Test func aNegatedVerbOfSupportOpposes() {
        #expect(stance("Foreign Minister Anna Berg said Norway does not support a peacekeeping force.", "anna-berg") == .oppose)
        #expect(stance("Foreign Minister Anna Berg said Norway would never endorse a peacekeeping force.", "anna-berg") == .oppose)
    }

    @Test func ruledOutOwnSoldiersIsNeutralTowardTheForce() {
        // the seeds' convention: refusing to contribute one's own troops is not opposing the force
        #expect(stance("Norwegian Prime Minister Anna Berg said Norway will not contribute soldiers to a peacekeeping force.", "anna-berg") == .neutral)
    }

    @Test func aRefusalWithItsConditionIsConditional() {
        #expect(stance("Chancellor Anna Berg said Norway would not join a peacekeeping force without a U.S. backstop.", "anna-berg") == .conditional)
        #expect(stance("Chancellor Anna Berg said Norway won’t accept a peacekeeping force without a vote.", "anna-berg") == .conditional)
    }

    @Test func aNegationFarFromTheVerbDoesNotFlipIt() {
        #expect(stance("Chancellor Anna Berg said Norway was ready to support a peacekeeping force, not a buffer zone.", "anna-berg") == .support)
    }
}
