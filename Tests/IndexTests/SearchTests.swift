import TestFixtures
import Corpus
import Testing
@testable import Index

@Suite struct SearchTests {
    static func claimsOnly(_ texts: [String]) -> Snapshot {
        let claims = texts.enumerated().map { i, t in
            Claim(id: "k\(i)", documentID: "d", speakerID: "x", speakerName: "X", kind: .direct, text: t, cue: nil,
                  sentence: t, start: 0, end: 0, published: nil, proposalIDs: [], stance: nil, corroboratedBy: [])
        }
        return Snapshot(extraction: Extraction(claims: claims), generation: 1)
    }

    @Test func tokensAreFoldedAndPositioned() {
        let t = TextFolding.tokens("Élysée's TROOPS, 30,000")
        #expect(t.map(\.term) == ["elysee", "troop", "30", "000"])  // folded, then stemmed
        #expect(t[0].start == 0 && t[0].end == 8 && t[1].start == 9)
        #expect(TextFolding.queryTerms("the Troops and troop") == ["troop"])
    }

    @Test func lightStemmerConflatesInflections() {
        let stems = ["peacekeepers", "peacekeeper", "peacekeeping"].map(TextFolding.stem)
        #expect(Set(stems) == ["peacekeep"])
        #expect(TextFolding.stem("deployed") == TextFolding.stem("deploy"))
        #expect(TextFolding.stem("countries") == "country")
        #expect(TextFolding.stem("guarantees") == "guarantee")
        // short words, words ending in -ss/-us/-is and numbers are left alone
        for w in ["king", "news", "press", "status", "analysis", "2025", "uk"] { #expect(TextFolding.stem(w) == w) }
        #expect(TextFolding.stem("never") == "never")  // the stem would be too short
    }

    @Test func bm25PrefersHigherTermFrequencyAndShorterTexts() {
        let s = Self.claimsOnly([
            "troops troops ready",
            "troops were discussed at length with many other words about a plan for a ceasefire and guarantees",
            "nothing relevant here",
            "troops ready",
        ])
        let hits = s.searchIndex.search("troops")
        #expect(hits.map(\.ordinal) == [0, 3, 1])
        #expect(hits[0].score > hits[1].score && hits[1].score > hits[2].score)
    }

    @Test func bm25RareTermsWeighMore() {
        let s = Self.claimsOnly(["troops ceasefire", "troops plan", "troops army", "troops border"])
        let hits = s.searchIndex.search("troops ceasefire")
        #expect(hits.first?.ordinal == 0)
        #expect(hits.count == 4)
        // a term in every entry still has a small positive weight (BM25+ style idf with log1p)
        #expect(hits.last!.score > 0)
    }

    @Test func searchSpansKinds() {
        let s = Snapshot(extraction: Fixture.extraction(), generation: 1)
        let kinds = Set(s.searchIndex.search("backstop").map(\.kind))
        #expect(kinds == [.claim, .document, .proposal])
        #expect(s.searchIndex.search("lavrov").contains { $0.kind == .actor && s.actors[$0.ordinal].id == "sergey-lavrov" })
        #expect(s.searchIndex.search("zebra").isEmpty)
    }

    @Test func snippetsMarkTheTerms() {
        #expect(Snippet.make("We are ready to put British Troops on the ground", terms: TextFolding.queryTerms("troop"))
            == "We are ready to put British <mark>Troops</mark> on the ground")
        let long = String(repeating: "filler words here ", count: 30) + "the ceasefire holds " + String(repeating: "more words ", count: 30)
        let snip = Snippet.make(long, terms: TextFolding.queryTerms("ceasefire"))!
        #expect(snip.hasPrefix("…") && snip.hasSuffix("…") && snip.contains("<mark>ceasefire</mark>"))
        #expect(snip.unicodeScalars.count < 200)
        #expect(Snippet.make("nothing", terms: ["troops"]) == nil)
    }
}
