#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a search hit points at.
public enum EntityKind: String, Sendable, CaseIterable, Comparable {
    case claim, document, actor, proposal

    /// Position in `allCases` (which, synthesized, builds an array on every use).
    public var order: Int {
        switch self {
        case .claim: 0
        case .document: 1
        case .actor: 2
        case .proposal: 3
        }
    }

    public static func < (a: EntityKind, b: EntityKind) -> Bool { a.order < b.order }
}

/// One ranked hit: the kind, its position in the snapshot's array of that kind, its BM25 score.
public struct SearchHit: Sendable, Equatable {
    public var kind: EntityKind
    public var ordinal: Int
    public var score: Double
}

/// What one searchable entity contributes: the text its BM25 terms come from, and the texts
/// its snippet is cut from (`title` first, when given and some query term is in it).
public struct SearchableText: Sendable {
    public var indexed: String
    public var title: String?
    public var snippet: String

    public init(indexed: String, title: String? = nil, snippet: String) {
        self.indexed = indexed; self.title = title; self.snippet = snippet
    }
}

/// An inverted index over claims, documents, actors and proposals, ranked with Okapi BM25
/// (k1 = 1.2, b = 0.75). Lengths are normalised per kind, since a document is hundreds of
/// times longer than an actor's name; the IDF is shared, computed over every entry.
///
/// Everything a request would otherwise recompute is computed here once: terms are ids,
/// postings are flat arrays (by term, then entry), each entry's length normalisation and each
/// term's IDF are stored, and the snippet texts are tokenized (`SnippetTexts`). A search
/// folds and stems only its query.
public struct SearchIndex: Sendable {
    struct Entry: Sendable {
        var kind: EntityKind
        var ordinal: Int32
        /// `1 - b + b * length / average length of the kind`, the BM25 length normalisation.
        var norm: Double
        /// Snippet texts: the title tried first (-1: none), then the body.
        var titleText: Int32
        var snippetText: Int32
    }

    let entries: [Entry]
    /// The first entry of each kind, by `EntityKind.order` (entries are grouped by kind, in
    /// `EntityKind` order).
    let kindBase: [Int]
    let vocabulary: Vocabulary
    /// `vocabulary` by the terms' bytes (what a request looks its query terms up in).
    let termTable: TermTable
    /// Term ids below this have postings (terms of the indexed texts, stop words out); the
    /// others only occur in snippet texts.
    let indexedTermCount: Int
    /// Postings of term t: `postingStart[t]..<postingStart[t + 1]` in the two arrays below,
    /// ascending by entry.
    let postingStart: [Int32]
    let postingEntry: [Int32]
    let postingTF: [Int32]
    let idfByTerm: [Double]
    let snippets: SnippetTexts
    static let k1 = 1.2
    static let b = 0.75

    /// `texts[kind][ordinal]` is what is indexed for that entity. Kinds must come in
    /// `EntityKind` order, each once.
    public init(texts: [(EntityKind, [SearchableText])]) {
        var vocabulary = Vocabulary()
        var postings: [[(entry: Int32, tf: Int32)]] = []
        var lengths: [(EntityKind, Int32, Int)] = []
        var totals: [EntityKind: (Int, Int)] = [:]
        var kindBase: [EntityKind: Int] = [:]
        for (kind, list) in texts {
            kindBase[kind] = lengths.count
            for (ordinal, text) in list.enumerated() {
                let tokens = TextFolding.tokens(text.indexed)
                let entry = Int32(lengths.count)
                lengths.append((kind, Int32(ordinal), tokens.count))
                var tf: [Int32: Int32] = [:]
                var order: [Int32] = []
                for t in tokens {
                    let id = vocabulary.id(t.term)
                    if id == postings.count { postings.append([]) }
                    if tf[id] == nil { order.append(id) }
                    tf[id, default: 0] += 1
                }
                for id in order { postings[Int(id)].append((entry, tf[id]!)) }
                let (sum, count) = totals[kind] ?? (0, 0)
                totals[kind] = (sum + tokens.count, count + 1)
            }
        }
        indexedTermCount = vocabulary.count
        let averageLength = totals.mapValues { $0.1 == 0 ? 1 : max(1, Double($0.0) / Double($0.1)) }

        var snippets = SnippetTexts()
        var entries: [Entry] = []
        entries.reserveCapacity(lengths.count)
        var e = 0
        for (_, list) in texts {
            for text in list {
                let (kind, ordinal, length) = lengths[e]
                let norm = 1 - Self.b + Self.b * Double(length) / (averageLength[kind] ?? 1)
                let title = text.title.map { Int32(snippets.add($0, vocabulary: &vocabulary)) } ?? -1
                let body = Int32(snippets.add(text.snippet, vocabulary: &vocabulary))
                entries.append(Entry(kind: kind, ordinal: ordinal, norm: norm, titleText: title, snippetText: body))
                e += 1
            }
        }

        var start: [Int32] = [0], entry: [Int32] = [], tf: [Int32] = []
        for list in postings {
            for p in list { entry.append(p.entry); tf.append(p.tf) }
            start.append(Int32(entry.count))
        }
        let n = Double(entries.count)
        self.idfByTerm = postings.map { list in
            let d = Double(list.count)
            return log1p((n - d + 0.5) / (d + 0.5))
        }
        self.entries = entries
        self.kindBase = EntityKind.allCases.map { kindBase[$0] ?? 0 }
        self.vocabulary = vocabulary
        self.termTable = TermTable(vocabulary)
        self.postingStart = start
        self.postingEntry = entry
        self.postingTF = tf
        self.snippets = snippets
    }

    public var termCount: Int { indexedTermCount }
    public var entryCount: Int { entries.count }

    /// The query's terms, with the ids this index knows them by. An ASCII query is folded,
    /// stemmed and looked up as bytes (no String per term); others go through
    /// `TextFolding.generalQueryTerms`.
    public func terms(_ query: String) -> QueryTerms {
        var bytes: [UInt8] = [], ends: [Int32] = []
        bytes.reserveCapacity(query.utf8.count)
        ends.reserveCapacity(8)
        var q = query
        if !q.withUTF8({ TextFolding.asciiQueryTerms($0, bytes: &bytes, ends: &ends) }) {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            for t in TextFolding.generalQueryTerms(query) {
                bytes.append(contentsOf: t.utf8)
                ends.append(Int32(bytes.count))
            }
        }
        var ids: [Int32] = []
        ids.reserveCapacity(ends.count)
        var unknown = false
        bytes.withUnsafeBufferPointer { b in
            var start = 0
            for e in ends {
                if let id = termTable.id(UnsafeBufferPointer(rebasing: b[start..<Int(e)])) { ids.append(id) } else { unknown = true }
                start = Int(e)
            }
        }
        return QueryTerms(bytes: bytes, ends: ends, ids: ids, hasUnknown: unknown)
    }

    /// An entry containing some of the terms: its BM25 score and how many terms it contains.
    struct Scored { var entry: Int32; var matched: Int32; var score: Double }

    /// Every entry containing at least one term, ascending by entry. A term's contribution is
    /// `idf * tf * (k1 + 1) / (tf + k1 * norm)`, added in query-term order.
    func scored(_ q: QueryTerms) -> [Scored] {
        var out: [Scored] = []
        var merged: [Scored] = []
        for id in q.ids where Int(id) < indexedTermCount {
            let range = Int(postingStart[Int(id)])..<Int(postingStart[Int(id) + 1])
            let w = idfByTerm[Int(id)]
            merged.removeAll(keepingCapacity: true)
            merged.reserveCapacity(out.count + range.count)
            var i = 0
            entries.withUnsafeBufferPointer { entries in
                for p in range {
                    let entry = postingEntry[p]
                    while i < out.count, out[i].entry < entry { merged.append(out[i]); i += 1 }
                    let tf = Double(postingTF[p])
                    let add = w * tf * (Self.k1 + 1) / (tf + Self.k1 * entries[Int(entry)].norm)
                    if i < out.count, out[i].entry == entry {
                        merged.append(Scored(entry: entry, matched: out[i].matched + 1, score: out[i].score + add))
                        i += 1
                    } else {
                        merged.append(Scored(entry: entry, matched: 1, score: add))
                    }
                }
            }
            while i < out.count { merged.append(out[i]); i += 1 }
            swap(&out, &merged)
        }
        return out
    }

    /// Every entity containing at least one of the terms, in entry order (kind, then ordinal),
    /// unranked: `rank` orders them. One indexed term (the usual query) is its postings list,
    /// scored as `scored` scores it, with no merge.
    public func hits(_ q: QueryTerms) -> [SearchHit] {
        var single: Int32 = -1
        for id in q.ids where Int(id) < indexedTermCount {
            if single >= 0 { single = -2; break }
            single = id
        }
        if single == -1 { return [] }
        guard single >= 0 else {
            return scored(q).map { s in
                let e = entries[Int(s.entry)]
                return SearchHit(kind: e.kind, ordinal: Int(e.ordinal), score: s.score)
            }
        }
        let range = Int(postingStart[Int(single)])..<Int(postingStart[Int(single) + 1])
        let w = idfByTerm[Int(single)]
        var out: [SearchHit] = []
        out.reserveCapacity(range.count)
        entries.withUnsafeBufferPointer { entries in
            postingEntry.withUnsafeBufferPointer { postingEntry in
                postingTF.withUnsafeBufferPointer { postingTF in
                    for p in range {
                        let e = entries[Int(postingEntry[p])]
                        let tf = Double(postingTF[p])
                        // the same expression as `scored`'s, so the same double
                        let add = w * tf * (Self.k1 + 1) / (tf + Self.k1 * e.norm)
                        out.append(SearchHit(kind: e.kind, ordinal: Int(e.ordinal), score: add))
                    }
                }
            }
        }
        return out
    }

    /// Puts the best `k` hits first, best first (ties in kind, then snapshot order, so pages
    /// are stable); the order of the rest is unspecified.
    public static func rank(_ hits: inout [SearchHit], best k: Int) {
        @inline(__always) func before(_ a: SearchHit, _ b: SearchHit) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.kind != b.kind { return a.kind < b.kind }
            return a.ordinal < b.ordinal
        }
        let k = min(k, hits.count)
        if k == 0 { return }
        if k * 4 >= hits.count { hits.sort(by: before); return }
        // partial insertion sort: hits[0..<k] stays sorted, and holds the best seen so far
        hits[0..<k].sort(by: before)
        hits.withUnsafeMutableBufferPointer { hits in
            for i in k..<hits.count where before(hits[i], hits[k - 1]) {
                let h = hits[i]
                hits[i] = hits[k - 1]
                var j = k - 1
                while j > 0, before(h, hits[j - 1]) { hits[j] = hits[j - 1]; j -= 1 }
                hits[j] = h
            }
        }
    }

    /// Ranked hits for a free-text query: any term may match; best first, ties in kind then
    /// snapshot order so pages are stable.
    public func search(_ query: String, kinds: Set<EntityKind> = Set(EntityKind.allCases)) -> [SearchHit] {
        var hits = hits(terms(query)).filter { kinds.contains($0.kind) }
        Self.rank(&hits, best: hits.count)
        return hits
    }

    /// Ordinal → score of the entities of one kind containing every term of `query`
    /// (the `q` filter of list endpoints). A query with no terms matches nothing.
    public func matchAll(_ query: String, kind: EntityKind) -> [Int: Double] {
        let q = terms(query)
        guard !q.isEmpty, !q.hasUnknown else { return [:] }
        for id in q.ids where Int(id) >= indexedTermCount || postingStart[Int(id)] == postingStart[Int(id) + 1] {
            return [:]  // a term no indexed text has (a stop word of snippets only)
        }
        var out: [Int: Double] = [:]
        for s in scored(q) where Int(s.matched) == q.count && entries[Int(s.entry)].kind == kind {
            out[Int(entries[Int(s.entry)].ordinal)] = s.score
        }
        return out
    }

    /// Appends the snippet of a hit's entity: from its title when a term is in it, else from
    /// its text; the text's first `Snippet.fallbackWidth` scalars when no term is in either.
    public func writeSnippet(_ hit: SearchHit, _ q: QueryTerms, into out: inout [UInt8]) {
        writeSnippet(hit, q, json: false, into: &out)
    }

    /// `writeSnippet`, JSON-escaped as `JSONWriter` escapes a string's content (without the
    /// quotes), copied from the escaped texts the snapshot keeps.
    public func writeSnippetJSON(_ hit: SearchHit, _ q: QueryTerms, into out: inout [UInt8]) {
        writeSnippet(hit, q, json: true, into: &out)
    }

    private func writeSnippet(_ hit: SearchHit, _ q: QueryTerms, json: Bool, into out: inout [UInt8]) {
        let e = entries[kindBase[hit.kind.order] + hit.ordinal]
        if e.titleText >= 0, snippets.render(Int(e.titleText), terms: q, width: Snippet.width, json: json, into: &out) { return }
        if snippets.render(Int(e.snippetText), terms: q, width: Snippet.width, json: json, into: &out) { return }
        snippets.renderPrefix(Int(e.snippetText), json: json, into: &out)
    }
}

/// Short excerpts with the query's terms wrapped in `<mark>…</mark>`.
public enum Snippet {
    static let width = 160
    /// How many scalars of the text stand in for a snippet when no term is in it.
    public static let fallbackWidth = 160
    static let ellipsisText: StaticString = "…"
    static let markOpenText: StaticString = "<mark>"
    static let markCloseText: StaticString = "</mark>"

    /// A window of about `width` scalars around the first matching term; the whole text when
    /// it is short. Nil when no term occurs. `terms` are folded and stemmed, as
    /// `TextFolding.queryTerms` returns them. (The search endpoint renders from texts the
    /// snapshot tokenized once, `SearchIndex.writeSnippet`; this is the same algorithm on
    /// any text.)
    public static func make(_ text: String, terms: [String], width: Int = 160) -> String? {
        var vocabulary = Vocabulary()
        var store = SnippetTexts()
        let t = store.add(text, vocabulary: &vocabulary)
        var seen = Set<String>()
        let ids = terms.filter { seen.insert($0).inserted }.compactMap { vocabulary[$0] }
        var out: [UInt8] = []
        guard store.render(t, terms: QueryTerms(terms: terms, ids: ids, hasUnknown: false), width: width, into: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }
}
