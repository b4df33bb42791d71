/// What a search hit points at.
public enum EntityKind: String, Sendable, CaseIterable, Comparable {
    case claim, document, actor, proposal

    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One ranked hit: the kind, its position in the snapshot's array of that kind, its BM25 score.
public struct SearchHit: Sendable, Equatable {
    public var kind: EntityKind
    public var ordinal: Int
    public var score: Double
}

/// An inverted index over claims, documents, actors and proposals, ranked with Okapi BM25
/// (k1 = 1.2, b = 0.75). Lengths are normalised per kind, since a document is hundreds of
/// times longer than an actor's name; the IDF is shared, computed over every entry.
public struct SearchIndex: Sendable {
    struct Entry: Sendable { var kind: EntityKind; var ordinal: Int; var length: Int }
    struct Posting: Sendable { var entry: Int32; var tf: Int32 }

    let entries: [Entry]
    let postings: [String: [Posting]]
    let averageLength: [EntityKind: Double]
    static let k1 = 1.2
    static let b = 0.75

    /// `texts[kind][ordinal]` is the text indexed for that entity.
    init(texts: [(EntityKind, [String])]) {
        var entries: [Entry] = []
        var postings: [String: [Posting]] = [:]
        var totals: [EntityKind: (Int, Int)] = [:]
        for (kind, list) in texts {
            for (ordinal, text) in list.enumerated() {
                let tokens = TextFolding.tokens(text)
                let id = Int32(entries.count)
                entries.append(Entry(kind: kind, ordinal: ordinal, length: tokens.count))
                var tf: [String: Int32] = [:]
                for t in tokens { tf[t.term, default: 0] += 1 }
                for (term, n) in tf { postings[term, default: []].append(Posting(entry: id, tf: n)) }
                let (sum, count) = totals[kind] ?? (0, 0)
                totals[kind] = (sum + tokens.count, count + 1)
            }
        }
        self.entries = entries
        self.postings = postings
        self.averageLength = totals.mapValues { $0.1 == 0 ? 1 : max(1, Double($0.0) / Double($0.1)) }
    }

    public var termCount: Int { postings.count }
    public var entryCount: Int { entries.count }

    func idf(_ df: Int) -> Double {
        let n = Double(entries.count), d = Double(df)
        return log1p((n - d + 0.5) / (d + 0.5))
    }

    /// Scores of the entries of `kinds` that contain at least one term (`requireAll`: every term).
    func scores(terms: [String], kinds: Set<EntityKind>, requireAll: Bool) -> [Int32: Double] {
        var scores: [Int32: Double] = [:]
        var matched: [Int32: Int] = [:]
        for term in terms {
            guard let list = postings[term] else {
                if requireAll { return [:] }
                continue
            }
            let w = idf(list.count)
            for p in list {
                let e = entries[Int(p.entry)]
                guard kinds.contains(e.kind) else { continue }
                let tf = Double(p.tf)
                let norm = 1 - Self.b + Self.b * Double(e.length) / (averageLength[e.kind] ?? 1)
                scores[p.entry, default: 0] += w * tf * (Self.k1 + 1) / (tf + Self.k1 * norm)
                matched[p.entry, default: 0] += 1
            }
        }
        if requireAll {
            return scores.filter { matched[$0.key] == terms.count }
        }
        return scores
    }

    /// Ranked hits for a free-text query: any term may match; best first, ties in kind then
    /// snapshot order so pages are stable.
    public func search(_ query: String, kinds: Set<EntityKind> = Set(EntityKind.allCases)) -> [SearchHit] {
        let terms = TextFolding.queryTerms(query)
        return scores(terms: terms, kinds: kinds, requireAll: false)
            .map { SearchHit(kind: entries[Int($0.key)].kind, ordinal: entries[Int($0.key)].ordinal, score: $0.value) }
            .sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.kind != b.kind { return a.kind < b.kind }
                return a.ordinal < b.ordinal
            }
    }

    /// Ordinal → score of the entities of one kind containing every term of `query`
    /// (the `q` filter of list endpoints). A query with no terms matches nothing.
    public func matchAll(_ query: String, kind: EntityKind) -> [Int: Double] {
        let terms = TextFolding.queryTerms(query)
        guard !terms.isEmpty else { return [:] }
        var out: [Int: Double] = [:]
        for (entry, score) in scores(terms: terms, kinds: [kind], requireAll: true) {
            out[entries[Int(entry)].ordinal] = score
        }
        return out
    }
}

/// Short excerpts with the query's terms wrapped in `<mark>…</mark>`.
public enum Snippet {
    /// A window of about `width` scalars around the first matching term; the whole text when
    /// it is short. Nil when no term occurs. `terms` are folded and stemmed, as
    /// `TextFolding.queryTerms` returns them.
    ///
    /// Same result as tokenizing the whole text with `TextFolding.tokens(_:keepStopwords: true)`,
    /// but cheaper: word boundaries are found in one pass over the scalars without building
    /// strings, and a word's folded, stemmed term is only computed when the window logic asks
    /// whether it matches (ASCII words in a reused byte buffer, others through `TextFolding`).
    public static func make(_ text: String, terms: [String], width: Int = 160) -> String? {
        let wanted = Set(terms)
        let asciiWanted: [[UInt8]] = terms.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count

        // Word boundaries, exactly as TextFolding.tokens draws them.
        var starts: [Int] = [], ends: [Int] = []
        var i = 0
        var inWord = false
        var start = 0, lastWordEnd = 0
        while i < n {
            let u = scalars[i]
            if TextFolding.isWordScalar(u) {
                if !inWord { start = i; inWord = true }
                lastWordEnd = i + 1
            } else if TextFolding.isApostrophe(u), inWord, i + 1 < n, TextFolding.isWordScalar(scalars[i + 1]) {
                // inside a word: "Europe's" stays one token
            } else if inWord {
                starts.append(start); ends.append(lastWordEnd); inWord = false
            }
            i += 1
        }
        if inWord { starts.append(start); ends.append(lastWordEnd) }

        var known = [Int8](repeating: -1, count: starts.count)
        var buf: [UInt8] = []
        buf.reserveCapacity(64)
        func matches(_ k: Int) -> Bool {
            if known[k] >= 0 { return known[k] == 1 }
            var ascii = true
            buf.removeAll(keepingCapacity: true)
            for j in starts[k]..<ends[k] {
                let v = scalars[j].value
                if TextFolding.isApostrophe(scalars[j]) { continue }
                if v >= 0x80 { ascii = false; break }
                buf.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
            }
            var hit: Bool
            if ascii {
                TextFolding.stemASCII(&buf)
                hit = false
                for t in asciiWanted where t == buf { hit = true; break }
            } else {
                var word = String.UnicodeScalarView()
                for j in starts[k]..<ends[k] where !TextFolding.isApostrophe(scalars[j]) { word.append(scalars[j]) }
                hit = wanted.contains(TextFolding.stem(TextFolding.fold(String(word))))
            }
            known[k] = hit ? 1 : 0
            return hit
        }

        var first = -1
        for k in 0..<starts.count where matches(k) { first = k; break }
        guard first >= 0 else { return nil }
        var lo = max(0, starts[first] - width / 3)
        var hi = min(n, lo + width)
        if hi == n { lo = max(0, hi - width) }
        // snap to token boundaries so no word is cut in half
        if lo > 0, let k = starts.firstIndex(where: { $0 >= lo }) { lo = starts[k] }
        if hi < n, let k = ends.lastIndex(where: { $0 <= hi }) { hi = ends[k] }
        var out = String.UnicodeScalarView()
        if lo > 0 { out.append(contentsOf: "…".unicodeScalars) }
        var pos = lo
        // tokens are ordered and non-overlapping, so those inside [lo, hi] are contiguous
        var k = starts.firstIndex(where: { $0 >= lo }) ?? starts.count
        while k < starts.count, ends[k] <= hi {
            if matches(k) {
                out.append(contentsOf: scalars[pos..<starts[k]])
                out.append(contentsOf: "<mark>".unicodeScalars)
                out.append(contentsOf: scalars[starts[k]..<ends[k]])
                out.append(contentsOf: "</mark>".unicodeScalars)
                pos = ends[k]
            }
            k += 1
        }
        out.append(contentsOf: scalars[pos..<hi])
        if hi < n { out.append(contentsOf: "…".unicodeScalars) }
        return String(out)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
