import TestFixtures
import Corpus
import Foundation
import Testing
@testable import Index

/// The search index precomputes term ids, postings, length norms and tokenized snippet texts
/// when the snapshot is built. It must rank, score and cut snippets exactly as the
/// straightforward version did (kept here as the oracle): string-keyed postings built per
/// text, BM25 summed in query-term order, snippets from tokenizing the whole text.
@Suite struct SearchEquivalenceTests {
    /// The BM25 index as it was before the precomputation.
    struct ReferenceIndex {
        struct Entry { var kind: EntityKind; var ordinal: Int; var length: Int }
        var entries: [Entry] = []
        var postings: [String: [(entry: Int, tf: Int)]] = [:]
        var averageLength: [EntityKind: Double] = [:]

        init(_ s: Snapshot) {
            let texts: [(EntityKind, [String])] = [
                (.claim, s.claims.map { $0.text + " " + $0.speakerName }),
                (.document, s.documents.map { ($0.title ?? "") + " " + $0.text }),
                (.actor, s.actors.map { ([$0.name] + $0.aliases + $0.roles).joined(separator: " ") }),
                (.proposal, s.proposals.map { ([$0.name] + $0.aliases).joined(separator: " ") }),
            ]
            var totals: [EntityKind: (Int, Int)] = [:]
            for (kind, list) in texts {
                for (ordinal, text) in list.enumerated() {
                    let tokens = TextFolding.tokens(text)
                    let id = entries.count
                    entries.append(Entry(kind: kind, ordinal: ordinal, length: tokens.count))
                    var tf: [String: Int] = [:]
                    for t in tokens { tf[t.term, default: 0] += 1 }
                    for (term, n) in tf { postings[term, default: []].append((id, n)) }
                    let (sum, count) = totals[kind] ?? (0, 0)
                    totals[kind] = (sum + tokens.count, count + 1)
                }
            }
            averageLength = totals.mapValues { $0.1 == 0 ? 1 : max(1, Double($0.0) / Double($0.1)) }
        }

        func scores(_ terms: [String], requireAll: Bool) -> [Int: Double] {
            var scores: [Int: Double] = [:], matched: [Int: Int] = [:]
            for term in terms {
                guard let list = postings[term] else {
                    if requireAll { return [:] }
                    continue
                }
                let n = Double(entries.count), d = Double(list.count)
                let w = log1p((n - d + 0.5) / (d + 0.5))
                for p in list {
                    let e = entries[p.entry]
                    let tf = Double(p.tf)
                    let norm = 1 - 0.75 + 0.75 * Double(e.length) / (averageLength[e.kind] ?? 1)
                    scores[p.entry, default: 0] += w * tf * (1.2 + 1) / (tf + 1.2 * norm)
                    matched[p.entry, default: 0] += 1
                }
            }
            return requireAll ? scores.filter { matched[$0.key] == terms.count } : scores
        }

        func search(_ q: String) -> [SearchHit] {
            scores(TextFolding.generalQueryTerms(q), requireAll: false)
                .map { SearchHit(kind: entries[$0.key].kind, ordinal: entries[$0.key].ordinal, score: $0.value) }
                .sorted { a, b in
                    if a.score != b.score { return a.score > b.score }
                    if a.kind != b.kind { return a.kind < b.kind }
                    return a.ordinal < b.ordinal
                }
        }

        func matchAll(_ q: String, kind: EntityKind) -> [Int: Double] {
            let terms = TextFolding.generalQueryTerms(q)
            guard !terms.isEmpty else { return [:] }
            var out: [Int: Double] = [:]
            for (e, score) in scores(terms, requireAll: true) where entries[e].kind == kind { out[entries[e].ordinal] = score }
            return out
        }
    }

    /// The snippet the search endpoint used to write for a hit.
    static func referenceSnippet(_ h: SearchHit, _ terms: [String], in s: Snapshot) -> String {
        let text: String
        switch h.kind {
        case .claim: text = s.claims[h.ordinal].text
        case .document:
            let d = s.documents[h.ordinal]
            let title = d.title ?? d.file
            text = SnippetTests.reference(title, terms: terms) != nil ? title : d.text
        case .actor:
            let a = s.actors[h.ordinal]
            text = ([a.name] + a.aliases + a.roles).joined(separator: "; ")
        case .proposal:
            let p = s.proposals[h.ordinal]
            text = ([p.name] + p.aliases).joined(separator: "; ")
        }
        return SnippetTests.reference(text, terms: terms) ?? String(text.unicodeScalars.prefix(160))
    }

    /// Every `stride`-th word of the documents (file names too), some upper-cased, random
    /// combinations of them, and awkward cases.
    static func queries(_ s: Snapshot, stride: Int) -> [String] {
        var words = Set<String>()
        for d in s.documents {
            for w in d.text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }) { words.insert(String(w)) }
            words.insert(d.file)
        }
        let list = words.sorted().enumerated().filter { $0.offset % stride == 0 }.map(\.element)
        var out = list + list.enumerated().filter { $0.offset % 5 == 0 }.map { $0.element.uppercased() }
        var rng = SplitMix(seed: 7)
        for _ in 0..<400 {
            out.append((0..<(2 + Int(rng.next() % 3))).map { _ in list[Int(rng.next() % UInt64(list.count))] }.joined(separator: " "))
        }
        out += ["peace", "troops", "peacekeepers deployed", "Europe's", "élysée", "Élysée’s TROOPS", "the and of", "30,000",
                "ПРИВЕТ мир", "naïve", "x", "txt", "seeds", "peace txt", "macron macron", "a-b", "\"quoted\"", "Kyiv’s",
                "don't", "'peace'", "''", String(repeating: "peace", count: 30), "ceasefire 2025", "zebra"]
        return out
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func check(_ s: Snapshot, stride: Int = 1) {
        let reference = ReferenceIndex(s)
        let index = s.searchIndex
        #expect(index.termCount == reference.postings.count)
        var compared = 0
        for q in queries(s, stride: stride) {
            let expected = reference.search(q)
            let got = index.search(q)
            #expect(got == expected, "\(q)")
            let terms = index.terms(q)
            #expect(terms.terms == TextFolding.generalQueryTerms(q))
            for h in got {
                var bytes: [UInt8] = []
                index.writeSnippet(h, terms, into: &bytes)
                let want = referenceSnippet(h, terms.terms, in: s)
                #expect(String(decoding: bytes, as: UTF8.self) == want, "\(q) \(h)")
                compared += 1
            }
            for kind in EntityKind.allCases { #expect(index.matchAll(q, kind: kind) == reference.matchAll(q, kind: kind), "\(q)") }
        }
        #expect(compared > 200)
    }

    @Test func sameAsStraightforwardOnFixture() { Self.check(Snapshot(extraction: Fixture.extraction(), generation: 1)) }

    @Test func sameAsStraightforwardOnSeeds() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        let extraction = try Extractor().extract(directory: seeds)
        #expect(extraction.documents.count >= 5)
        Self.check(Snapshot(extraction: extraction, generation: 1), stride: 4)
    }

    @Test func rankPutsTheBestFirstWhateverK() {
        var rng = SplitMix(seed: 3)
        let hits = (0..<200).map { i in
            SearchHit(kind: EntityKind.allCases[Int(rng.next() % 4)], ordinal: i, score: Double(rng.next() % 20) / 4)
        }
        let sorted = hits.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.kind != b.kind { return a.kind < b.kind }
            return a.ordinal < b.ordinal
        }
        for k in [0, 1, 2, 10, 49, 50, 51, 199, 200, 500] {
            var h = hits
            SearchIndex.rank(&h, best: k)
            #expect(Array(h.prefix(k)) == Array(sorted.prefix(k)), "k=\(k)")
            #expect(h.count == hits.count)
        }
    }

    @Test func asciiQueryTermsAgreeWithTheGeneralTokenizer() {
        let samples = ["the Troops and troop", "Europe's", "'quoted'", "don't'", "a'b'c", "x'", "'x", "A-B", "30,000 flies",
                       "peacekeepers PEACEKEEPING peacekeeper", "countries", "press status", "With WITH with", "", "   ",
                       "was.were;will", "guarantees!!", "ab'cd'ef'", "deployed deploy", "x1+x2 x1"]
        for q in samples {
            #expect(TextFolding.queryTerms(q) == TextFolding.generalQueryTerms(q), "\(q)")
            var copy = q
            #expect(copy.withUTF8 { TextFolding.asciiQueryTerms($0) } != nil)
        }
        var copy = "élysée"
        #expect(copy.withUTF8 { TextFolding.asciiQueryTerms($0) } == nil)
        #expect(TextFolding.queryTerms("Élysée’s TROOPS") == ["elysee", "troop"])
    }
}
