import TestFixtures
import Corpus
import Testing
@testable import Index

/// `Snippet.make` avoids tokenizing whole texts into strings; it must still return exactly what
/// the straightforward version (tokenize everything, then cut a window) returns.
@Suite struct SnippetTests {
    static func reference(_ text: String, terms: [String], width: Int = 160) -> String? {
        let wanted = Set(terms)
        let tokens = TextFolding.tokens(text, keepStopwords: true)
        guard let first = tokens.firstIndex(where: { wanted.contains($0.term) }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var lo = max(0, tokens[first].start - width / 3)
        var hi = min(scalars.count, lo + width)
        if hi == scalars.count { lo = max(0, hi - width) }
        if lo > 0, let t = tokens.first(where: { $0.start >= lo }) { lo = t.start }
        if hi < scalars.count, let t = tokens.last(where: { $0.end <= hi }) { hi = t.end }
        var out = String.UnicodeScalarView()
        if lo > 0 { out.append(contentsOf: "…".unicodeScalars) }
        var pos = lo
        for t in tokens where t.start >= lo && t.end <= hi && wanted.contains(t.term) {
            out.append(contentsOf: scalars[pos..<t.start])
            out.append(contentsOf: "<mark>".unicodeScalars)
            out.append(contentsOf: scalars[t.start..<t.end])
            out.append(contentsOf: "</mark>".unicodeScalars)
            pos = t.end
        }
        out.append(contentsOf: scalars[pos..<hi])
        if hi < scalars.count { out.append(contentsOf: "…".unicodeScalars) }
        return String(out)
    }

    @Test func sameAsTokenizingEverything() {
        let s = Snapshot(extraction: Fixture.extraction(), generation: 1)
        var texts = s.documents.flatMap { [$0.title ?? $0.file, $0.text] } + s.claims.map(\.text)
        texts += s.actors.map { ([$0.name] + $0.aliases + $0.roles).joined(separator: "; ") }
        texts += s.proposals.map { ([$0.name] + $0.aliases).joined(separator: "; ") }
        texts += ["Élysée’s TROOPS, 30,000 flies", "Europe's 'quoted' words’", "naïve Ünïcode ПРИВЕТ мир", ""]
        let queries = ["troops", "peace plan", "ceasefire", "Europe's", "elysee", "flies", "привет",
                       "backstop", "guarantees security", "lavrov", "deployed", "30", "zebra"]
        for q in queries {
            let terms = TextFolding.queryTerms(q)
            for t in texts { #expect(Snippet.make(t, terms: terms) == Self.reference(t, terms: terms)) }
        }
    }
}
