/// The texts snippets are cut from, tokenized once when the snapshot is built, so a search
/// request folds and stems nothing but its query: for every word (stop words kept) its term id
/// and where it sits, in scalars (the window is measured in scalars) and in UTF-8 bytes (what
/// is copied out), plus per text a table from term id to the first word with that term.
///
/// `render` returns what `TextFolding.tokens(_:keepStopwords: true)` followed by cutting a
/// window around the first matching token returns (`Snippet.make`'s definition; SnippetTests
/// keep that straightforward version as the oracle), as bytes, without making a String.
///
/// Every text is also kept JSON-escaped (as `JSONWriter` escapes a string's content), with
/// each word's offsets in that copy too: the search page copies a snippet straight into its
/// JSON (`render(json: true)`), with no escaping pass per request. Words are letters, digits
/// and apostrophes, so no word holds an escape, and `<mark>` and "…" need none.
struct SnippetTexts: Sendable {
    struct Word: Sendable {
        var term: Int32
        var start: Int32, end: Int32  // scalar offsets in the text
        var byteStart: Int32, byteEnd: Int32  // UTF-8 offsets in the text
        var jsonStart: Int32, jsonEnd: Int32  // offsets in the text's JSON-escaped copy
    }
    struct FirstUse: Sendable { var term: Int32; var word: Int32 }
    struct Text: Sendable {
        var bytes: Range<Int>  // into `bytes`
        var json: Range<Int>  // into `json`
        var scalarCount: Int32
        var words: Range<Int>  // into `words`
        var firsts: Range<Int>  // into `firsts`, ascending by term
        /// Byte length of the first `Snippet.fallbackWidth` scalars, as is and escaped.
        var fallbackEnd: Int32
        var jsonFallbackEnd: Int32
    }

    private(set) var bytes: [UInt8] = []
    private(set) var json: [UInt8] = []
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
        // byte offset -> offset in the escaped copy
        let jsonBase = json.count
        var jsonOfByte: [Int32] = []
        jsonOfByte.reserveCapacity(utf8.count + 1)
        for b in utf8 {
            jsonOfByte.append(Int32(json.count - jsonBase))
            Self.appendEscaped(b, to: &json)
        }
        jsonOfByte.append(Int32(json.count - jsonBase))

        let firstWord = words.count
        var firstUse: [Int32: Int32] = [:]
        for t in TextFolding.tokens(text, keepStopwords: true) {
            let id = vocabulary.id(t.term)
            let index = Int32(words.count - firstWord)
            if firstUse[id] == nil { firstUse[id] = index }
            let byteStart = byteOfScalar[t.start], byteEnd = byteOfScalar[t.end]
            words.append(Word(term: id, start: Int32(t.start), end: Int32(t.end), byteStart: byteStart, byteEnd: byteEnd,
                              jsonStart: jsonOfByte[Int(byteStart)], jsonEnd: jsonOfByte[Int(byteEnd)]))
        }
        let firstFirst = firsts.count
        for (term, word) in firstUse.sorted(by: { $0.key < $1.key }) { firsts.append(FirstUse(term: term, word: word)) }
        let fallbackEnd = byteOfScalar[min(scalarCount, Snippet.fallbackWidth)]
        texts.append(Text(bytes: base..<bytes.count, json: jsonBase..<json.count, scalarCount: Int32(scalarCount),
                          words: firstWord..<words.count, firsts: firstFirst..<firsts.count,
                          fallbackEnd: fallbackEnd, jsonFallbackEnd: jsonOfByte[Int(fallbackEnd)]))
        return texts.count - 1
    }

    /// Appends byte `b` of a string's UTF-8 as `JSONWriter.appendQuoted` writes it: `"` and
    /// `\` escaped, \n \r \t, other control bytes as \u00XX; everything else as is.
    static func appendEscaped(_ b: UInt8, to out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
        case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
        case 0..<0x20:
            let hex: StaticString = "0123456789abcdef"
            out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48])
            out.append(hex.utf8Start[Int(b >> 4)]); out.append(hex.utf8Start[Int(b & 15)])
        default: out.append(b)
        }
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
    /// text was cut, matching words wrapped in `<mark>…</mark>`; JSON-escaped when `json`.
    /// False (nothing appended) when no word matches.
    func render(_ t: Int, terms: QueryTerms, width: Int, json: Bool = false, into out: inout [UInt8]) -> Bool {
        guard let first = firstMatch(t, terms: terms) else { return false }
        let text = texts[t]
        let n = Int(text.scalarCount)
        let source = json ? self.json : bytes, range = json ? text.json : text.bytes
        return words.withUnsafeBufferPointer { allWords in
            let w = UnsafeBufferPointer(rebasing: allWords[text.words])
            @inline(__always) func start(_ k: Int) -> Int { json ? Int(w[k].jsonStart) : Int(w[k].byteStart) }
            @inline(__always) func end(_ k: Int) -> Int { json ? Int(w[k].jsonEnd) : Int(w[k].byteEnd) }
            var lo = max(0, Int(w[first].start) - width / 3)
            var hi = min(n, lo + width)
            if hi == n { lo = max(0, hi - width) }
            // snap to word boundaries so no word is cut in half
            var k = 0  // the first word starting at or after lo
            var loByte = 0
            if lo > 0 {
                k = Self.firstWord(in: w, startingAtOrAfter: lo)
                if k < w.count { lo = Int(w[k].start); loByte = start(k) } else { loByte = offset(t, scalar: lo, json: json) }
            }
            var hiByte = range.count
            if hi < n {
                let e = Self.firstWord(in: w, endingAfter: hi) - 1  // the last word ending at or before hi
                if e >= 0 { hi = Int(w[e].end); hiByte = end(e) } else { hiByte = offset(t, scalar: hi, json: json) }
            }
            hiByte = max(hiByte, loByte)
            var stop = k  // the words inside the window: k..<stop
            while stop < w.count, Int(w[stop].end) <= hi { stop += 1 }
            // Written into a stack buffer with plain copies, then appended once: an append to
            // an array per piece cost more than the copying. Each mark adds 13 bytes, each "…" 3.
            let bound = hiByte - loByte + 13 * (stop - k) + 6
            source.withUnsafeBufferPointer { all in
                let b = all.baseAddress! + range.lowerBound
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buffer in
                    var p = buffer.baseAddress!
                    @inline(__always) func put(_ from: UnsafePointer<UInt8>, _ count: Int) {
                        p.initialize(from: from, count: count)
                        p += count
                    }
                    @inline(__always) func put(_ s: StaticString) { put(s.utf8Start, s.utf8CodeUnitCount) }
                    if lo > 0 { put(Snippet.ellipsisText) }
                    var pos = loByte
                    for j in k..<stop where terms.contains(w[j].term) {
                        let s = start(j), e = end(j)
                        put(b + pos, s - pos)
                        put(Snippet.markOpenText)
                        put(b + s, e - s)
                        put(Snippet.markCloseText)
                        pos = e
                    }
                    put(b + pos, hiByte - pos)
                    if hi < n { put(Snippet.ellipsisText) }
                    out.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: p - buffer.baseAddress!))
                }
            }
            return true
        }
    }

    /// Appends the first `Snippet.fallbackWidth` scalars of text `t`; JSON-escaped when `json`.
    func renderPrefix(_ t: Int, json: Bool = false, into out: inout [UInt8]) {
        let text = texts[t]
        let source = json ? self.json : bytes
        let start = json ? text.json.lowerBound : text.bytes.lowerBound
        let count = Int(json ? text.jsonFallbackEnd : text.fallbackEnd)
        source.withUnsafeBufferPointer { all in
            out.append(contentsOf: UnsafeBufferPointer(rebasing: all[start..<(start + count)]))
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

    /// Byte offset (in the escaped copy when `json`) of a scalar offset that is no word
    /// boundary (a window edge inside one very long word): counted from the start of the text.
    private func offset(_ t: Int, scalar: Int, json: Bool) -> Int {
        let r = texts[t].bytes
        var seen = 0
        var raw = r.count
        for i in r where bytes[i] & 0xC0 != 0x80 {
            if seen == scalar { raw = i - r.lowerBound; break }
            seen += 1
        }
        guard json else { return raw }
        var escaped: [UInt8] = []
        for i in r.lowerBound..<(r.lowerBound + raw) { Self.appendEscaped(bytes[i], to: &escaped) }
        return escaped.count
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
