/// The texts snippets are cut from, tokenized once when the snapshot is built, so a search
/// request folds and stems nothing but its query: for every word (stop words kept) its term id
/// and where it sits, in scalars (the window is measured in scalars) and in UTF-8 bytes (what
/// is copied out), plus per text a table from term id to the first word with that term.
///
/// `render` returns what `TextFolding.tokens(_:keepStopwords: true)` followed by cutting a
/// window around the first matching token returns (`Snippet.make`'s definition; SnippetTests
/// keep that straightforward version as the oracle), as bytes, without making a String.
struct SnippetTexts: Sendable {
    struct Word: Sendable {
        var term: Int32
        var start: Int32, end: Int32  // scalar offsets in the text
        var byteStart: Int32, byteEnd: Int32  // UTF-8 offsets in the text
    }
    struct FirstUse: Sendable { var term: Int32; var word: Int32 }
    struct Text: Sendable {
        var bytes: Range<Int>  // into `bytes`
        var scalarCount: Int32
        var words: Range<Int>  // into `words`
        var firsts: Range<Int>  // into `firsts`, ascending by term
        /// Byte length of the first `Snippet.fallbackWidth` scalars.
        var fallbackEnd: Int32
    }

    private(set) var bytes: [UInt8] = []
    private(set) var words: [Word] = []
    private(set) var firsts: [FirstUse] = []
    private(set) var texts: [Text] = []

    var count: Int { texts.count }

    /// Adds `text`, giving each new term the next id of `vocabulary`; returns the text's number.
    mutating func add(_ text: String, vocabulary: inout Vocabulary) -> Int {
        let utf8 = Array(text.utf8)
        let base = bytes.count
        bytes.append(contentsOf: utf8)
        // scalar offset -> byte offset, for the token boundaries
        var byteOfScalar: [Int32] = []
        byteOfScalar.reserveCapacity(utf8.count + 1)
        for (i, b) in utf8.enumerated() where b & 0xC0 != 0x80 { byteOfScalar.append(Int32(i)) }
        let scalarCount = byteOfScalar.count
        byteOfScalar.append(Int32(utf8.count))

        let firstWord = words.count
        var firstUse: [Int32: Int32] = [:]
        for t in TextFolding.tokens(text, keepStopwords: true) {
            let id = vocabulary.id(t.term)
            let index = Int32(words.count - firstWord)
            if firstUse[id] == nil { firstUse[id] = index }
            words.append(Word(term: id, start: Int32(t.start), end: Int32(t.end),
                              byteStart: byteOfScalar[t.start], byteEnd: byteOfScalar[t.end]))
        }
        let firstFirst = firsts.count
        for (term, word) in firstUse.sorted(by: { $0.key < $1.key }) { firsts.append(FirstUse(term: term, word: word)) }
        texts.append(Text(bytes: base..<bytes.count, scalarCount: Int32(scalarCount), words: firstWord..<words.count,
                          firsts: firstFirst..<firsts.count,
                          fallbackEnd: byteOfScalar[min(scalarCount, Snippet.fallbackWidth)]))
        return texts.count - 1
    }

    /// The index (within the text) of the first word whose term is one of `terms`, nil when none is.
    func firstMatch(_ t: Int, terms: QueryTerms) -> Int? {
        let r = texts[t].firsts
        var best: Int32?
        firsts.withUnsafeBufferPointer { f in
            for id in terms.ids {
                var lo = r.lowerBound, hi = r.upperBound
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if f[mid].term < id { lo = mid + 1 } else { hi = mid }
                }
                if lo < r.upperBound, f[lo].term == id, best == nil || f[lo].word < best! { best = f[lo].word }
            }
        }
        return best.map(Int.init)
    }

    func contains(_ t: Int, terms: QueryTerms) -> Bool { firstMatch(t, terms: terms) != nil }

    /// Appends the snippet of text `t`: a window of about `width` scalars around the first word
    /// matching `terms` (the whole text when it is short), cut at word boundaries, "…" where
    /// text was cut, matching words wrapped in `<mark>…</mark>`. False (nothing appended) when
    /// no word matches.
    func render(_ t: Int, terms: QueryTerms, width: Int, into out: inout [UInt8]) -> Bool {
        guard let first = firstMatch(t, terms: terms) else { return false }
        let text = texts[t]
        let n = Int(text.scalarCount)
        return words.withUnsafeBufferPointer { allWords in
            let w = UnsafeBufferPointer(rebasing: allWords[text.words])
            var lo = max(0, Int(w[first].start) - width / 3)
            var hi = min(n, lo + width)
            if hi == n { lo = max(0, hi - width) }
            // snap to word boundaries so no word is cut in half
            var k = 0  // the first word starting at or after lo
            var loByte = 0
            if lo > 0 {
                k = Self.firstWord(in: w, startingAtOrAfter: lo)
                if k < w.count { lo = Int(w[k].start); loByte = Int(w[k].byteStart) } else { loByte = byteOffset(t, scalar: lo) }
            }
            var hiByte = text.bytes.count
            if hi < n {
                let e = Self.firstWord(in: w, endingAfter: hi) - 1  // the last word ending at or before hi
                if e >= 0 { hi = Int(w[e].end); hiByte = Int(w[e].byteEnd) } else { hiByte = byteOffset(t, scalar: hi) }
            }
            hiByte = max(hiByte, loByte)
            bytes.withUnsafeBufferPointer { all in
                let b = UnsafeBufferPointer(rebasing: all[text.bytes])
                if lo > 0 { out.append(contentsOf: Snippet.ellipsis) }
                var pos = loByte
                while k < w.count, Int(w[k].end) <= hi {
                    if terms.contains(w[k].term) {
                        let s = Int(w[k].byteStart), e = Int(w[k].byteEnd)
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pos..<s]))
                        out.append(contentsOf: Snippet.markOpen)
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[s..<e]))
                        out.append(contentsOf: Snippet.markClose)
                        pos = e
                    }
                    k += 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pos..<hiByte]))
                if hi < n { out.append(contentsOf: Snippet.ellipsis) }
            }
            return true
        }
    }

    /// Appends the first `Snippet.fallbackWidth` scalars of text `t`.
    func renderPrefix(_ t: Int, into out: inout [UInt8]) {
        let text = texts[t]
        bytes.withUnsafeBufferPointer { all in
            out.append(contentsOf: UnsafeBufferPointer(rebasing: all[text.bytes.lowerBound..<(text.bytes.lowerBound + Int(text.fallbackEnd))]))
        }
    }

    /// Words are ordered and do not overlap, so both searches are binary.
    private static func firstWord(in w: UnsafeBufferPointer<Word>, startingAtOrAfter s: Int) -> Int {
        var lo = 0, hi = w.count
        while lo < hi { let mid = (lo + hi) / 2; if Int(w[mid].start) < s { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    private static func firstWord(in w: UnsafeBufferPointer<Word>, endingAfter e: Int) -> Int {
        var lo = 0, hi = w.count
        while lo < hi { let mid = (lo + hi) / 2; if Int(w[mid].end) <= e { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// Byte offset of a scalar offset that is no word boundary (a window edge inside one very
    /// long word): counted from the start of the text.
    private func byteOffset(_ t: Int, scalar: Int) -> Int {
        let r = texts[t].bytes
        var seen = 0
        for i in r where bytes[i] & 0xC0 != 0x80 {
            if seen == scalar { return i - r.lowerBound }
            seen += 1
        }
        return r.count
    }
}

/// Term ids: every term of every indexed or snippet text gets one.
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]

    mutating func id(_ term: String) -> Int32 {
        if let id = ids[term] { return id }
        let id = Int32(ids.count)
        ids[term] = id
        return id
    }

    subscript(term: String) -> Int32? { ids[term] }
    var count: Int { ids.count }
}

/// A query's terms (folded, stemmed, stop words out, each once, in order) and the ids of those
/// the snapshot knows (a term it does not know matches nothing).
public struct QueryTerms: Sendable {
    public let terms: [String]
    let ids: [Int32]
    /// True when some term is unknown (an all-terms match then matches nothing).
    let hasUnknown: Bool

    @inline(__always) func contains(_ id: Int32) -> Bool {
        for x in ids where x == id { return true }
        return false
    }
}
