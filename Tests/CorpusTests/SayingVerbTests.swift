import Testing
@testable import Corpus

/// Verbs of saying from the lexicon, with their stance colour and object (hand-written examples).
@Suite struct SayingVerbTests {
    @Test(arguments: ["hinted", "contended", "countered", "complained", "lamented"])
    func aVerbOfSayingIntroducesReportedSpeech(verb: String) {
        let e = extract("Minister Lena Berg \(verb) that the toll was unlawful.")
        #expect(e.claims.map(\.text) == ["the toll was unlawful"])
        #expect(e.claims.first?.cue == verb)
    }

    @Test(arguments: ["assured", "reminded", "informed"])
    func aVerbWithAListenerTakesItsObjectFirst(verb: String) {
        let e = extract("Minister Lena Berg \(verb) fishermen that the toll would be lifted.")
        #expect(e.claims.map(\.text) == ["the toll would be lifted"])
    }

    @Test func aThreatIsAClaimAgainstWhatItThreatens() {
        let e = extract("Prime Minister Lena Berg threatened to block the peacekeeping force in the council.")
        #expect(e.claims.map(\.text) == ["to block the peacekeeping force in the council"])
        #expect(e.claims.first?.stance == .oppose)
    }
}

extension SayingVerbTests {
    @Test func backedInsideAnotherSpeakersClauseIsNoClaimOfItsOwn() {
        let e = extract("Minister Lena Berg said the coalition backed \"a naval mission\" but stressed that Norway would not send ships.")
        #expect(e.claims.allSatisfy { $0.speakerName == "Lena Berg" })
        #expect(e.claims.map(\.kind) == [.indirect, .indirect, .partial])
        #expect(e.claims.map(\.text).contains("Norway would not send ships"))
    }
}

extension SayingVerbTests {
    @Test(arguments: ["affirmed", "underlined", "underscored", "pointed out", "posted on X", "posted on Telegram"])
    func moreVerbsOfSayingIntroduceReportedSpeech(verb: String) {
        let e = extract("Minister Lena Berg \(verb) that the harbour toll was unlawful.")
        #expect(e.claims.map(\.text) == ["the harbour toll was unlawful"])
        #expect(e.claims.first?.speakerName == "Lena Berg")
        #expect(e.claims.first?.kind == .indirect)
    }
}
