import Testing
@testable import Corpus

/// A short quotation inside reported speech: a partial quote, or a modifier in quotes (hand-written examples).
@Suite struct ShortQuoteTests {
    private func partials(_ text: String) -> [String] {
        extract(text).claims.filter { $0.kind == .partial }.map(\.text)
    }

    @Test func aQuotedVerbBeforeItsObjectIsAPartialQuote() {
        #expect(partials("Minister Lena Berg said Oslo was still \"weighing\" the offer from Rome.") == ["weighing"])
    }

    @Test func aQuotedFigureIsAPartialQuote() {
        #expect(partials("Minister Lena Berg said Norway would send \"several hundred\" engineers to the port.") == ["several hundred"])
        #expect(partials("Minister Lena Berg said the mission would need \"up to 4,000\" sailors.") == ["up to 4,000"])
    }

    @Test func aQuotedModifierIsNotAPartialQuote() {
        #expect(partials("Minister Lena Berg said the \"tripwire\" battalion would stay in the north.").isEmpty)
        #expect(extract("Minister Lena Berg said the \"tripwire\" battalion would stay in the north.").claims.count == 1)
    }
}

extension ShortQuoteTests {
    @Test func aQuotedVerbAfterToOrInIngIsAPartialQuote() {
        #expect(partials("Minister Lena Berg accused Rome of trying to \"stall\" harbour talks.") == ["stall"])
        #expect(partials("Minister Lena Berg accused Rome of \"stalling\" harbour talks.") == ["stalling"])
    }

    @Test func aQuotedPhraseBeforeUnlessIsAPartialQuote() {
        #expect(partials("Minister Lena Berg dismissed the offer as \"a gimmick\" unless Rome paid for it.") == ["a gimmick"])
    }
}

extension ShortQuoteTests {
    @Test(arguments: ["he", "she"])
    func aShortQuoteBeforeAPronounAndAVerbIsADirectQuote(pronoun: String) {
        let e = extract("Lars Holm spoke in Oslo.\n\n\"We are ready,\" \(pronoun) said.")
        #expect(e.claims.map(\.kind) == [.direct])
        #expect(e.claims.first?.text == "We are ready,")
        #expect(e.claims.first?.speakerName == "Lars Holm")
    }
}

/// The seeds' convention: a bare subject and its copula before a quoted predicate give only the partial quote.
extension ShortQuoteTests {
    @Test(arguments: ["was", "would be", "remained"])
    func aSubjectAndCopulaBeforeAQuotedPredicateGiveOnlyThePartial(copula: String) {
        let e = extract("Minister Lena Berg said the toll \(copula) “a tax on sailors”.")
        #expect(e.claims.map(\.kind) == [.partial])
        #expect(e.claims.map(\.text) == ["a tax on sailors"])
    }

    @Test func aClauseWithContentOfItsOwnKeepsBothRecords() {
        let e = extract("Minister Lena Berg said the toll, which Rome imposed in March, was “a tax on sailors” and would be challenged.")
        let kinds: Set<ClaimKind> = Set(e.claims.map(\.kind))
        #expect(kinds == [.indirect, .partial])
        #expect(e.claims.count == 2)
    }
}

extension ShortQuoteTests {
    @Test func aShortQuotationStandingAloneIsASectionHeading() {
        let e = extract("""
        Minister Lena Berg said Oslo would send two frigates to the harbour mission.

        ‘Not yet decided’

        "We will see what the coalition needs first," Berg told reporters in Bergen.
        """)
        #expect(e.claims.map(\.kind) == [.indirect, .direct])
        #expect(e.claims.allSatisfy { $0.speakerName == "Lena Berg" })
        #expect(!e.claims.contains { $0.text == "Not yet decided" })
    }

    @Test func aWholeQuotedSentenceWithItsPunctuationStillSpeaks() {
        let e = extract("""
        "We will see what the coalition needs first," Minister Lena Berg told reporters in Bergen.

        "Oslo is not in a hurry."
        """)
        #expect(e.claims.map(\.kind) == [.direct, .direct])
        #expect(e.claims.last?.text == "Oslo is not in a hurry.")
        #expect(e.claims.last?.speakerName == "Lena Berg")
    }
}

extension ShortQuoteTests {
    @Test func aQuotedDescriptionAfterDescribedAsIsOnlyAPartialQuote() {
        let e = extract("Minister Lena Berg described the harbour levy as \"a tax on sailors\".")
        #expect(e.claims.map(\.kind) == [.partial])
        #expect(e.claims.first?.text == "a tax on sailors")
        #expect(e.claims.first?.speakerName == "Lena Berg")
    }

    @Test func aDescriptionWithMoreAfterTheQuoteKeepsBothRecords() {
        let e = extract("Minister Lena Berg described the harbour levy as \"a tax on sailors\" that Oslo would never pay.")
        #expect(e.claims.map(\.kind) == [.indirect, .partial])
    }
}
