import Testing
@testable import Corpus

/// The data behind tokens: word numbers, per-word lexicon bits, and the byte-level fast paths
/// that must answer exactly as the `String` code they stand in for.
@Suite struct WordTableTests {
    @Test func aWordHasOneNumberAndReadsBack() {
        let a = WordKey("peacekeepers"), b = WordKey("peacekeepers"), c = WordKey("peacekeeper")
        #expect(a == b)
        #expect(a != c)
        #expect(a.s == "peacekeepers")
        #expect(c.s == "peacekeeper")
        #expect(WordKey("").s == "")
    }

    @Test func tokensShareTheNumbersOfTheirLowercasedWords() {
        let toks = Tokenizer.surfaceTokens("Zelenskyy’s U.S. ÉLYSÉE said: “Yes”")
        #expect(toks.map(\.lower) == ["zelenskyy", "'s", "u.s.", "élysée", "said", ":", "“", "yes", "”"])
        #expect(toks[0].key == WordKey("zelenskyy"))
        #expect(toks[1].key == WordKey("'s"))
        #expect(toks[3].key == WordKey("élysée"))
        #expect(toks[3].nameShaped)
        #expect(!toks[2].nameShaped)   // periods
        #expect(Tokenizer.surfaceTokens("A")[0].nameShaped == false)   // one letter
    }

    @Test func manyWordsKeepTheirNumbersAcrossTableGrowth() {
        let words = (0..<50_000).map { "w\($0)x" }
        let keys = words.map(WordKey.init)
        #expect(Set(keys).count == words.count)
        for (w, k) in zip(words, keys) where w.hasSuffix("7x") { #expect(WordKey(w) == k && k.s == w) }
    }

    @Test func concurrentInterningAgrees() async {
        let words = (0..<2_000).map { "c\($0 % 500)" }
        let results = await withTaskGroup(of: [Int32].self) { group in
            for _ in 0..<4 { group.addTask { words.map { WordKey($0).id } } }
            var out: [[Int32]] = []
            for await r in group { out.append(r) }
            return out
        }
        #expect(results.allSatisfy { $0 == results[0] })
    }

    @Test func flagsAndSetsReadLikeTheDictionaryTheyReplace() {
        var f = WordFlags()
        let a = WordKey("flagged-word"), b = WordKey("unflagged-word")
        #expect(f[a] == nil)
        f[a, default: 0] |= 2
        f[a, default: 0] |= 8
        #expect(f[a] == 10)
        #expect(f[b] == nil)
        let s = WordSet([a])
        #expect(s.contains(a) && !s.contains(b))
    }

    @Test(arguments: [
        "We would go if asked", "even if they ask", "as if nothing happened", "Asked  if they would", "troops, if needed",
        "if only", "no condition here", "Ready ’ if needed", "Élysée if", "naïve if possible", "see if it works",
        "the café if open", " if ", "", "x if\u{301} y",
    ])
    func midSentenceIfMatchesTheStringPath(text: String) {
        let slow: Bool = {
            guard let r = text.range(of: " if ") else { return false }
            let before = text[..<r.lowerBound].split(separator: " ").last?.lowercased() ?? ""
            return !["even", "as", "asked", "whether", "ask", "asking", "see"].contains(before)
        }()
        #expect(Resolver.midSentenceIf(text) == slow)
    }

    @Test(arguments: ["a European diplomat", "officials  ", "  ", "", "Macron", "one  two three", "x \u{301}y z", "é e\u{301}"])
    func lastWordIsTheLastPieceOfSplit(s: String) {
        #expect(ScalarText.lastWord(s) == s.split(separator: " ").last)
    }

    @Test(arguments: [("Élysée Palace", "elysee-palace"), ("O’Brien's", "obriens"), ("", "x"), ("--", "x"),
                      ("Kosiniak-Kamysz", "kosiniak-kamysz"), ("U.S. officials", "us-officials"), ("Łukasz  Żak!", "lukasz-zak")])
    func slugs(name: String, slug: String) {
        #expect(Slug.make(name) == slug)
    }
}
