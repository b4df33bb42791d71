/// Splits Unicode scalars into word, number, punctuation and quote tokens with exact scalar offsets.
/// Hyphens are their own tokens (so "EU-African Union" yields EU and African Union); acronyms keep
/// their periods ("U.S."); a possessive "'s" is its own token.
/// A lowercased word as its number in `WordTable.shared`: hashing and comparing it is integer
/// work, and a token holding one holds no reference (copying tokens is a memcpy).
struct WordKey: Hashable, Sendable {
    let id: Int32
    init(_ s: String) { id = WordTable.shared.intern(s) }
    init(id: Int32) { self.id = id }
    /// The word.
    var s: String { WordTable.shared.string(id) }
    static func == (a: WordKey, b: WordKey) -> Bool { a.id == b.id }
    /// A word list as keys, for `contains(token.key)`.
    static func set(_ words: Set<String>) -> Set<WordKey> { Set(words.map(WordKey.init)) }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
    func _rawHashValue(seed: Int) -> Int { Int(id) ^ seed }
}

struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, quoteOpen, quoteClose }
    var start: Int
    var end: Int
    var kind: Kind
    /// Lowercased text, apostrophes folded to "'"; for punctuation the character itself.
    var lower: String { key.s }
    var key: WordKey
    /// First scalar is uppercase.
    var cap: Bool
    /// Whitespace (or the start of the range) precedes the token.
    var spaceBefore: Bool
    /// For punctuation and quotes: the scalar.
    var ch: Unicode.Scalar
    /// The lexicon's `TokenFlag`s for this word, filled once per paragraph by the document processor
    /// so that the finders skip table lookups that cannot match; `TokenFlag.unknown` (all bits) otherwise.
    var flags: UInt16 = TokenFlag.unknown

    var isWord: Bool { kind == .word || kind == .number }
    /// The key of a possessive "'s" (compare keys, not strings).
    static let possessiveKey = WordKey("'s")
    /// More than one character, only letters, hyphens and apostrophes (known once per distinct word).
    var nameShaped: Bool { WordTable.shared.nameShaped(key.id) }
    var isQuote: Bool { kind == .quoteOpen || kind == .quoteClose }
    /// A double quotation mark of any style (“ ” " „ « »), as opposed to a single one.
    var isDoubleQuote: Bool { isQuote && Token.isDoubleMark(ch) }
    static let doubleMarks: Set<Unicode.Scalar> = ["“", "”", "\"", "„", "«", "»"]
    /// `doubleMarks.contains(u)` without hashing (asked of every token by `Sentences.split`).
    @inline(__always) static func isDoubleMark(_ u: Unicode.Scalar) -> Bool {
        switch u {
        case "“", "”", "\"", "„", "«", "»": return true
        default: return false
        }
    }
}

enum Tokenizer {
    @inline(__always) static func isLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return u.properties.isAlphabetic
    }
    @inline(__always) static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 48 && u.value <= 57 }
    @inline(__always) static func isUpper(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 128 { return v >= 65 && v <= 90 }
        return u.properties.isUppercase
    }
    @inline(__always) static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 32, 9, 10, 13, 0xA0, 0x2009, 0x200A, 0x2002, 0x2003, 0x202F, 0xFEFF: return true
        default: return false
        }
    }
    @inline(__always) static func isApostrophe(_ u: Unicode.Scalar) -> Bool {
        u == "'" || u == "’" || u == "‘" || u == "ʼ"
    }

    static func lower(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var ascii = true
        for u in s where u.value >= 128 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: s.count) { buf in
                var k = 0
                for u in s {
                    let x = u.value
                    buf[k] = UInt8(truncatingIfNeeded: x >= 65 && x <= 90 ? x + 32 : x)
                    k += 1
                }
                return k
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.count + 8)
        for u in s { appendLower(u, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Tokens of a lexicon string (standalone text).
    static func surfaceTokens(_ s: String) -> [Token] {
        let a = Array(s.unicodeScalars)
        return tokenize(a, 0, a.count)
    }

    /// `lower(_:)`'s bytes for one scalar.
    @inline(__always) static func appendLower(_ u: Unicode.Scalar, to bytes: inout [UInt8]) {
        let x = u.value
        if x < 128 {
            bytes.append(UInt8(x >= 65 && x <= 90 ? x + 32 : x))
        } else if isApostrophe(u) {
            bytes.append(39)
        } else if u.properties.isUppercase {
            for l in u.properties.lowercaseMapping.unicodeScalars { ScalarText.append(l, to: &bytes) }
        } else {
            ScalarText.append(u, to: &bytes)
        }
    }

    /// The key of `lower(s[a..<b])`, from its bytes (no `String` made for a word already known);
    /// the caller holds `WordTable.shared`'s lock.
    @inline(__always) static func lowerKey(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, _ buf: inout [UInt8]) -> WordKey {
        let table = WordTable.shared
        if b - a <= WordTable.scratchCapacity {
            // ASCII (nearly every word): lowercased and hashed in one pass, straight into the table's scratch
            let out = table.scratch
            var h = WordTable.hashStart
            var ascii = true
            for i in a..<b {
                let x = s[i].value
                if x >= 128 { ascii = false; break }
                let c = UInt8(truncatingIfNeeded: x >= 65 && x <= 90 ? x + 32 : x)
                out[i - a] = c
                h = WordTable.hashStep(h, c)
            }
            if ascii { return WordKey(id: table.internLocked(UnsafePointer(out), b - a, hash: h)) }
        }
        buf.removeAll(keepingCapacity: true)
        for i in a..<b { appendLower(s[i], to: &buf) }
        return WordKey(id: buf.withUnsafeBufferPointer { WordTable.shared.internLocked($0) })
    }

    /// The key of punctuation: the scalar itself, an apostrophe folded to "'".
    @inline(__always) static func punctKey(_ u: Unicode.Scalar, fold: Bool, _ buf: inout [UInt8]) -> WordKey {
        buf.removeAll(keepingCapacity: true)
        if fold { buf.append(39) } else { ScalarText.append(u, to: &buf) }
        return WordKey(id: buf.withUnsafeBufferPointer { WordTable.shared.internLocked($0) })
    }

    /// Tokens of `s[lo..<hi]` (one lock of the word table for the whole range).
    static func tokenize(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> [Token] {
        precondition(lo >= 0 && lo <= hi && hi <= s.count)
        return s.withUnsafeBufferPointer { p in WordTable.shared.withLock { tokenizeLocked(p, lo, hi) } }
    }

    private static func tokenizeLocked(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int) -> [Token] {
        var buf: [UInt8] = []
        buf.reserveCapacity(64)
        var out: [Token] = []
        out.reserveCapacity((hi - lo) / 5)
        var i = lo
        var space = true
        var singleOpen = 0
        var doubleOpen = false
        // „German-style“ quotations close with “, which opens an English one
        var lowOpen = false
        while i < hi {
            let u = s[i]
            if isSpace(u) { space = true; i += 1; continue }
            if isLetter(u) || isDigit(u) {
                let st = i
                var allDigits = isDigit(u)
                // acronym with periods: U.S., U.K., E.U.
                if isUpper(u), i + 3 < hi + 1, i + 2 < hi, s[i + 1] == ".", isUpper(s[i + 2]) {
                    var j = i
                    while j + 1 < hi, isUpper(s[j]), s[j + 1] == "." { j += 2 }
                    if j - i >= 4 && (j >= hi || !isLetter(s[j])) {
                        out.append(Token(start: st, end: j, kind: .word, key: lowerKey(s, st, j, &buf), cap: true,
                                         spaceBefore: space, ch: u))
                        space = false; i = j; continue
                    }
                }
                i += 1
                while i < hi {
                    let c = s[i]
                    if isLetter(c) || isDigit(c) {
                        if !isDigit(c) { allDigits = false }
                        i += 1; continue
                    }
                    if (c == "," || c == ".") && allDigits && i + 1 < hi && isDigit(s[i + 1]) { i += 1; continue }
                    if isApostrophe(c) && i + 1 < hi && isLetter(s[i + 1]) {
                        // possessive or contraction 's: split it off
                        if (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= hi || !isLetter(s[i + 2])) { break }
                        i += 1; continue
                    }
                    break
                }
                out.append(Token(start: st, end: i, kind: allDigits ? .number : .word, key: lowerKey(s, st, i, &buf),
                                 cap: isUpper(u), spaceBefore: space, ch: u))
                space = false
                // possessive
                if i + 1 < hi, isApostrophe(s[i]), s[i + 1] == "s" || s[i + 1] == "S", i + 2 >= hi || !isLetter(s[i + 2]) {
                    out.append(Token(start: i, end: i + 2, kind: .word, key: lowerKey(s, i, i + 2, &buf), cap: false, spaceBefore: false, ch: "'"))
                    i += 2
                }
                continue
            }
            // punctuation and quotes
            var kind = Token.Kind.punct
            let prevIsWord = i > lo && !isSpace(s[i - 1]) && !"([{“‘\"«„‹»".unicodeScalars.contains(s[i - 1])
            switch u {
            case "“":
                if lowOpen { kind = .quoteClose; doubleOpen = false; lowOpen = false }
                else { kind = .quoteOpen; doubleOpen = true }
            case "”": kind = .quoteClose; doubleOpen = false; lowOpen = false
            case "„": kind = .quoteOpen; doubleOpen = true; lowOpen = true
            // «French, Russian, Italian» and »Danish, German« guillemets: the second of a pair closes
            case "«", "»":
                if doubleOpen { kind = .quoteClose; doubleOpen = false; lowOpen = false }
                else { kind = .quoteOpen; doubleOpen = true }
            case "‹": kind = .quoteOpen; singleOpen += 1
            case "›":
                if singleOpen > 0 { kind = .quoteClose; singleOpen -= 1 }
            case "\"":
                if doubleOpen { kind = .quoteClose; doubleOpen = false }
                else if space || !prevIsWord { kind = .quoteOpen; doubleOpen = true }
                else { kind = .quoteClose }
            case "‘", "'":
                if !prevIsWord && i + 1 < hi && !isSpace(s[i + 1]) { kind = .quoteOpen; singleOpen += 1 }
                else if singleOpen > 0 { kind = .quoteClose; singleOpen -= 1 }
            case "’":
                if singleOpen > 0 && (i + 1 >= hi || !isLetter(s[i + 1])) { kind = .quoteClose; singleOpen -= 1 }
            default: break
            }
            out.append(Token(start: i, end: i + 1, kind: kind, key: punctKey(u, fold: kind == .punct && isApostrophe(u), &buf),
                             cap: false, spaceBefore: space, ch: u))
            space = false
            i += 1
        }
        return out
    }
}
