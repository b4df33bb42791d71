import Testing
@testable import Corpus

/// One verb of saying with two that-clauses reports two statements (hand-written examples).
@Suite struct ThatClauseTests {
    @Test func twoThatClausesAfterOneVerbAreTwoClaims() {
        let e = extract("Finance Minister Lena Berg said on Monday that the levy would stay, and that ports would get an exemption.")
        #expect(e.claims.map(\.text) == ["the levy would stay", "ports would get an exemption"])
        #expect(e.claims.allSatisfy { $0.speakerName == "Lena Berg" && $0.cue == "said" && $0.kind == .indirect })
        let text = "Finance Minister Lena Berg said on Monday that the levy would stay, and that ports would get an exemption."
        for c in e.claims {
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[c.start..<c.end])) == c.text)
        }
    }

    @Test func theFirstClauseMayComeWithoutThat() {
        let e = extract("Lena Berg said the levy would stay and that ports would get an exemption.")
        #expect(e.claims.map(\.text) == ["the levy would stay", "ports would get an exemption"])
    }

    @Test func aDemonstrativeThatDoesNotSplit() {
        let e = extract("Lena Berg said the levy would stay, and that was the end of the debate.")
        #expect(e.claims.map(\.text) == ["the levy would stay, and that was the end of the debate"])
    }

    @Test func andThatInsideAQuotationDoesNotSplit() {
        let e = extract("Lena Berg said the levy was \"fair and that is all\" for now.")
        #expect(e.claims.contains { $0.kind == .indirect && $0.text == "the levy was \"fair and that is all\" for now" })
        #expect(e.claims.filter { $0.kind == .indirect }.count == 1)
    }

    @Test func aPartialQuoteBelongsToTheClauseThatHoldsIt() {
        let e = extract("Lena Berg said the levy would stay and that ports would be \"fully exempt\" from it.")
        #expect(e.claims.filter { $0.kind == .indirect }.map(\.text) == ["the levy would stay", "ports would be \"fully exempt\" from it"])
        #expect(e.claims.filter { $0.kind == .partial }.map(\.text) == ["fully exempt"])
    }
}
