import Testing
@testable import Corpus

/// Quotation marks of other typographies: «guillemets», »reversed guillemets«, „low-high“ and ‹single guillemets›
/// (hand-written examples).
@Suite struct QuoteStyleTests {
    private func directs(_ text: String) -> [String] {
        extract(text).claims.filter { $0.kind == .direct }.map(\.text)
    }

    @Test(arguments: [("«", "»"), ("»", "«"), ("„", "“"), ("“", "”"), ("\"", "\"")])
    func aQuoteInAnyDoubleStyleIsADirectQuote(open: String, close: String) {
        let text = "\(open)We will not pay this toll,\(close) Finance Minister Lena Berg told reporters. She added: \(open)Nobody asked us.\(close)"
        #expect(directs(text) == ["We will not pay this toll,", "Nobody asked us."])
        #expect(extract(text).claims.allSatisfy { $0.speakerName == "Lena Berg" })
    }

    @Test func singleGuillemetsInsideDoubleOnes() {
        let toks = Tokenizer.surfaceTokens("«Rome calls it ‹fair›,» she said.")
        #expect(toks.filter(\.isQuote).map { String($0.ch) } == ["«", "‹", "›", "»"])
        #expect(toks.filter(\.isQuote).map(\.kind) == [.quoteOpen, .quoteOpen, .quoteClose, .quoteClose])
    }

    @Test func aLowHighQuotationClosesOnTheHighMark() {
        let toks = Tokenizer.surfaceTokens("„Never“, he said, “ever”.")
        #expect(toks.filter(\.isQuote).map(\.kind) == [.quoteOpen, .quoteClose, .quoteOpen, .quoteClose])
    }

    @Test func aQuotationSpanningSentencesInGuillemetsStaysOneSentenceGroup() {
        let text = "Lena Berg was blunt. «We will not pay. Our ships have sailed here for centuries,» she said."
        #expect(directs(text) == ["We will not pay. Our ships have sailed here for centuries,"])
    }
}
