import Corpus
import Index
import TestFixtures
import Testing
@testable import API

/// The search page copies snippets from texts the snapshot keeps JSON-escaped; that must be
/// byte for byte what escaping the plain snippet with `JSONWriter` gives, and the search
/// answers must not depend on how often a query was asked (cache admission).
@Suite struct SearchSnippetJSONTests {
    static func check(_ index: SearchIndex, _ queries: [String]) -> Int {
        var compared = 0
        for q in queries {
            let terms = index.terms(q)
            for h in index.hits(terms) {
                var plain: [UInt8] = [], escaped: [UInt8] = []
                index.writeSnippet(h, terms, into: &plain)
                index.writeSnippetJSON(h, terms, into: &escaped)
                var w = JSONWriter()
                w.string(utf8: plain)
                #expect([UInt8(ascii: "\"")] + escaped + [UInt8(ascii: "\"")] == w.bytes, "\(q) \(h)")
                compared += 1
            }
        }
        return compared
    }

    @Test func escapedCopiesEqualEscapedSnippetsOnTheFixture() {
        let s = Snapshot(extraction: Fixture.extraction(), generation: 1)
        var words = Set<String>()
        for d in s.documents { for w in d.text.split(whereSeparator: { !$0.isLetter }) { words.insert(String(w)) } }
        let queries = words.sorted() + ["troops backstop", "peace plan Macron", "Élysée", "\"quoted\""]
        #expect(Self.check(s.searchIndex, queries) > 200)
    }

    @Test func escapesQuotesBackslashesControlsAndCutsInsideALongWord() {
        let long = String(repeating: "z", count: 300)
        let texts = [
            "He said \"troops\" and\tthen \\ a backslash\nnew line \u{1}\u{1F} troops",
            "\"\n" + long + " end troops",  // the window ends inside the long word (no word boundary)
            "é\"ü " + long,
            String(repeating: "word \"q\"\n", count: 60) + "troops " + String(repeating: "more\\ ", count: 60),
        ]
        let index = SearchIndex(texts: [(.claim, texts.map { SearchableText(indexed: $0, snippet: $0) })])
        #expect(Self.check(index, ["troops", long, "said backslash", "word", "more", "end", "q"]) >= 8)
    }

    @Test func scoreAfterItsKeyIsTheKeyThenTheScore() {
        for v in [0, 1, 0.5, 4.7794, -7.25, 12.3456789, 99999.99995, 1e300, .infinity, .nan, -0.0] {
            var a = JSONWriter(), b = JSONWriter()
            a.raw(literal: "x\",\"score\":"); a.fixed4(v)
            b.fixed4(v, after: "x\",\"score\":")
            #expect(a.bytes == b.bytes, "\(v)")
        }
    }

    @Test func aSearchAskedOnceIsNotCachedAndAnswersStayTheSame() {
        let h = Harness()
        let target = "/v1/search?q=troops+backstop&limit=2"
        let first = bodyBytes(h.get(target))
        #expect(h.handler.cache.counters.entries == 0)  // asked once: not kept
        let second = bodyBytes(h.get(target))
        #expect(h.handler.cache.counters.entries == 1)  // asked again: kept
        let third = h.get(target)
        #expect(h.handler.cache.counters.hits == 1)
        #expect(first == second && second == bodyBytes(third))
    }
}
