import Testing
@testable import Corpus

@Suite struct TokenizerAndSentenceTests {
    @Test func acronymsPossessivesAndHyphens() {
        let toks = Tokenizer.surfaceTokens("The U.S.-backed plan and Poland’s army")
        #expect(toks.map { $0.lower } == ["the", "u.s.", "-", "backed", "plan", "and", "poland", "'s", "army"])
        #expect(toks[1].cap)
    }

    @Test func quotesOpenAndClose() {
        let toks = Tokenizer.surfaceTokens("He said \"yes\" and ‘maybe’ — it’s fine")
        let kinds = toks.filter { $0.isQuote }.map { $0.kind }
        #expect(kinds == [.quoteOpen, .quoteClose, .quoteOpen, .quoteClose])
        #expect(toks.contains { $0.lower == "'s" })   // it’s: an apostrophe, not a closing quote
    }

    func sentences(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        let toks = Tokenizer.tokenize(s, 0, s.count)
        return Sentences.split(toks).map { r in ScalarText.string(s, toks[r.lowerBound].start, toks[r.upperBound - 1].end) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        let out = sentences("Mr. Tusk met Lt. Col. Jane Roe in St. Petersburg on Feb. 3. The U.K. envoy left. Sir Ian stayed.")
        #expect(out == ["Mr. Tusk met Lt. Col. Jane Roe in St. Petersburg on Feb. 3.", "The U.K. envoy left.", "Sir Ian stayed."])
    }

    @Test func quotationSpanningSentencesStaysWhole() {
        let out = sentences("“We are ready. We will not wait,” Tusk said. Then he left.")
        #expect(out == ["“We are ready. We will not wait,” Tusk said.", "Then he left."])
    }

    @Test func unbalancedQuoteFallsBackToPlainSplitting() {
        let out = sentences("He said “we are ready. Then nothing happened.")
        #expect(out.count == 2)
    }
}

@Suite struct CleaningTests {
    let article = """
    Subscribe
    
    Politics
    
    Nordic leaders back a monitoring mission for Ukraine
    
    4 min read
    Nordic leaders back a monitoring mission for Ukraine
    Danish Prime Minister Mette Frederiksen arrives at a summit in Brussels, Belgium, on Jan. 9, 2025. (John Doe/AFP via Getty Images)
    
    Danish Prime Minister Mette Frederiksen said on Tuesday that Denmark was ready to send observers.
    
    0 out of 10,000
    Help us reach 10,000 members by the end of the year.
    
    Avatar
    Anna Berg
    
    Reporter
    
    Anna Berg is a reporter for the Kyiv Independent covering Nordic politics.
    
    Read more
    Some sidebar story, with a quote, that is not part of this article at all.
    """

    @Test func furnitureLinesAreExcludedAndMetadataFound() {
        let e = extract(article)
        let d = e.documents[0]
        #expect(d.title == "Nordic leaders back a monitoring mission for Ukraine")
        #expect(d.author == "Anna Berg")
        #expect(d.outlet == "The Kyiv Independent")
        #expect(d.text == article)                                  // served text: the file, unchanged
        #expect(e.claims.count == 1)
        #expect(e.claims[0].speakerName == "Mette Frederiksen")
        #expect(e.claims[0].text == "Denmark was ready to send observers")
        // nothing from the caption, banner, bio or sidebar
        #expect(!e.events.contains { $0.text.contains("Jan. 9") })
        #expect(e.actor("belgium") == nil)
        #expect(e.actor("anna-berg")?.roles == ["Reporter"])
    }

    @Test func sectionSuffixIsCutFromTheTitle() {
        let e = extract("Poland weighs troop offer | World | News\nPoland said it would decide in spring.")
        #expect(e.documents[0].title == "Poland weighs troop offer")
    }

    @Test func ledeSentenceIsNoTitle() {
        let e = extract("Poland said on Monday that it would not send troops.\nOther news followed.")
        #expect(e.documents[0].title == nil)
    }
}

@Suite struct DateTests {
    @Test func calendarArithmetic() {
        let d = SimpleDate(year: 2025, month: 3, day: 15)
        #expect(d.weekday == 6)                                        // a Saturday
        #expect(SimpleDate(dayNumber: d.dayNumber + 17).iso == "2025-04-01")
        #expect(SimpleDate(year: 2024, month: 2, day: 29).dayNumber + 1 == SimpleDate(year: 2024, month: 3, day: 1).dayNumber)
    }

    @Test func publishedDateAndRelativeEvents() {
        let text = """
        Leaders meet again over Ukraine plan

        The interview was published on Oct. 8, 2025. Kallas said on Monday that Estonia was ready to help. Ministers will meet on Friday to discuss the plan. In August, Estonia said it would consider it.
        """
        let e = extract(text)
        #expect(e.documents[0].published == "2025-10-08")
        #expect(e.documents[0].precision == .day)
        let dates = Set(e.events.map { $0.date })
        #expect(dates.contains("2025-10-06"))   // the Monday before Wednesday 8 October
        #expect(dates.contains("2025-10-10"))   // the coming Friday
        #expect(dates.contains("2025-08"))
    }

    @Test func futureVisitGivesMonthPrecision() {
        let e = extract("Ministers met.\nThe agency reported on 2 May 2024 that talks resumed. The president is set to visit Riga on 20 May.")
        #expect(e.documents[0].published == "2024-05")
        #expect(e.documents[0].precision == .month)
    }
}

@Suite struct SlugTests {
    @Test(arguments: [
        ("Jonas Gahr Støre", "jonas-gahr-store"), ("Weiß", "weiss"), ("Ærøskøbing", "aeroskobing"),
        ("Klaus Iohannis", "klaus-iohannis"), ("Mircea Geoană", "mircea-geoana"), ("Péter Szijjártó", "peter-szijjarto"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"), ("Ursula von der Leyen", "ursula-von-der-leyen"),
        ("Dmytro Kuleba's office", "dmytro-kulebas-office"), ("Ø", "o"), ("—", "x"),
    ])
    func slugsFoldLatinLetters(_ name: String, _ slug: String) {
        #expect(Slug.make(name) == slug)
    }
}
