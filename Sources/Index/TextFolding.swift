import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One token of a text: its folded form and where it sits, in Unicode scalar offsets.
public struct Token: Sendable, Equatable {
    public var term: String
    public var start: Int
    public var end: Int
}

/// Tokenizing and folding shared by the index and the query side, so both agree on terms:
/// letters and digits only, case and diacritics folded ("Élysée" → "elysee"), apostrophes
/// dropped inside words ("Europe's" → "europes"), a few very common English words skipped,
/// and a light suffix stemmer so "peacekeepers", "peacekeeper" and "peacekeeping" meet.
public enum TextFolding {
    static let stopwords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
        "it", "its", "of", "on", "or", "that", "the", "to", "was", "were", "will", "with",
    ]
    /// Longer words need no stopword lookup.
    static let longestStopword = stopwords.map(\.utf8.count).max() ?? 0
    static let asciiStopwords: [[UInt8]] = stopwords.sorted().map { Array($0.utf8) }

    /// `stopwords.contains` for a folded ASCII word (the bytes of `b` from `start` on), without
    /// making a String.
    static func isASCIIStopword(_ b: [UInt8], from start: Int = 0) -> Bool {
        let n = b.count - start
        guard n <= longestStopword else { return false }
        next: for s in asciiStopwords where s.count == n {
            for i in 0..<n where s[i] != b[start + i] { continue next }
            return true
        }
        return false
    }

    /// Folds one word: lower case, no diacritics.
    public static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// A light, conservative English stemmer: plural and a few verbal/agent suffixes, never
    /// leaving a stem shorter than four letters; digits are left alone.
    public static func stem(_ w: String) -> String {
        var b = Array(w.utf8)
        guard b.count > 4, b.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return w }
        stemASCII(&b)
        return String(decoding: b, as: UTF8.self)
    }

    /// The stemmer itself, on a folded ASCII word held as bytes (the bytes of `b` from `start`
    /// on), in place (the query path stems each word where it was read; `stem` wraps it for
    /// Strings).
    static func stemASCII(_ b: inout [UInt8], from start: Int = 0) {
        guard b.count - start > 4 else { return }
        for i in start..<b.count where !(b[i] >= 97 && b[i] <= 122) { return }
        func ends(_ s: StaticString) -> Bool {
            let m = s.utf8CodeUnitCount
            guard b.count - start >= m else { return false }
            let p = s.utf8Start
            for i in 0..<m where b[b.count - m + i] != p[i] { return false }
            return true
        }
        func cut(_ n: Int, min: Int = 4) -> Bool {
            guard b.count - start - n >= min else { return false }
            b.removeLast(n)
            return true
        }
        if ends("ies") { _ = cut(3); b.append(UInt8(ascii: "y")) }
        else if ends("sses") { _ = cut(2) }
        else if ends("s") && !ends("ss") && !ends("us") && !ends("is") { _ = cut(1) }
        if ends("ing") { _ = cut(3) }
        else if ends("ed") && !ends("eed") { _ = cut(2) }
        else if ends("er") { _ = cut(2) }
    }

    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 {
            let v = u.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    static func isApostrophe(_ u: Unicode.Scalar) -> Bool { u == "'" || u == "\u{2019}" }

    /// Every token of `text` with its scalar offsets; stopwords are kept when `keepStopwords`.
    public static func tokens(_ text: String, keepStopwords: Bool = false) -> [Token] {
        var out: [Token] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var i = 0
        var lastWordEnd = 0
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !current.isEmpty {
                let word = fold(String(current))
                if keepStopwords || !stopwords.contains(word) {
                    out.append(Token(term: stem(word), start: start, end: lastWordEnd))
                }
                current = String.UnicodeScalarView()
            }
        }
        while i < scalars.count {
            let u = scalars[i]
            if isWordScalar(u) {
                if current.isEmpty { start = i }
                current.append(u)
                lastWordEnd = i + 1
            } else if isApostrophe(u), !current.isEmpty, i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                // inside a word: "Europe's" stays one token
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return out
    }

    /// The folded terms of a query, stopwords removed, duplicates kept once, in order.
    public static func queryTerms(_ q: String) -> [String] {
        var q = q
        if let terms = q.withUTF8({ asciiQueryTerms($0) }) { return terms }
        return generalQueryTerms(q)
    }

    /// `queryTerms` of an ASCII query, straight from its bytes (a request's query is usually
    /// ASCII); nil when a byte is not ASCII. Same words, folding and stemming as `tokens`.
    static func asciiQueryTerms(_ q: UnsafeBufferPointer<UInt8>) -> [String]? {
        var bytes: [UInt8] = [], ends: [Int32] = []
        guard asciiQueryTerms(q, bytes: &bytes, ends: &ends) else { return nil }
        var out: [String] = []
        var start = 0
        for e in ends {
            out.append(String(decoding: bytes[start..<Int(e)], as: UTF8.self))
            start = Int(e)
        }
        return out
    }

    /// `asciiQueryTerms` appended as bytes, term after term, with `ends` marking where each
    /// stops (the search endpoint's form: no String per term). Each word is read, folded and
    /// stemmed in place at the end of `bytes`, and taken back when it is a stop word or a
    /// term already given. False, with `bytes` and `ends` unusable, when a byte is not ASCII.
    static func asciiQueryTerms(_ q: UnsafeBufferPointer<UInt8>, bytes: inout [UInt8], ends: inout [Int32]) -> Bool {
        var start = bytes.count  // where the word being read begins
        let first = ends.count
        func isWord(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        func flush() {
            guard bytes.count > start else { return }
            defer { start = bytes.count }
            if isASCIIStopword(bytes, from: start) { bytes.removeLast(bytes.count - start); return }
            stemASCII(&bytes, from: start)
            let n = bytes.count - start
            var s = first == 0 ? 0 : Int(ends[first - 1])
            for e in ends[first...] {
                if Int(e) - s == n, bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + s, $0.baseAddress! + start, n) == 0 }) {
                    bytes.removeLast(n)  // given before: kept once
                    return
                }
                s = Int(e)
            }
            ends.append(Int32(bytes.count))
        }
        var i = 0
        while i < q.count {
            let b = q[i]
            guard b < 0x80 else { return false }
            if isWord(b) {
                bytes.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else if b == UInt8(ascii: "'"), bytes.count > start, i + 1 < q.count, isWord(q[i + 1]) {
                // inside a word: "Europe's" stays one token
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return true
    }

    static func generalQueryTerms(_ q: String) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for t in tokens(q) where seen.insert(t.term).inserted { out.append(t.term) }
        return out
    }
}

/// Dates as the model writes them: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
public enum PartialDate {
    /// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" with plausible month and day.
    public static func isValid(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard b[i] >= 48 && b[i] <= 57 else { return nil }; v = v * 10 + Int(b[i] - 48) }
            return v
        }
        switch b.count {
        case 4: return digits(0..<4) != nil
        case 7: guard b[4] == 45, digits(0..<4) != nil, let m = digits(5..<7) else { return false }
            return (1...12).contains(m)
        case 10: guard b[4] == 45, b[7] == 45, digits(0..<4) != nil, let m = digits(5..<7), let d = digits(8..<10)
            else { return false }
            return (1...12).contains(m) && (1...31).contains(d)
        default: return false
        }
    }

    /// `date` is on or after `from` at the coarser of the two precisions.
    public static func onOrAfter(_ date: String, _ from: String) -> Bool {
        let n = min(date.utf8.count, from.utf8.count)
        return date.utf8.prefix(n).lexicographicallyPrecedes(from.utf8.prefix(n)) == false
    }

    /// `date` is on or before `to` at the coarser of the two precisions.
    public static func onOrBefore(_ date: String, _ to: String) -> Bool {
        let n = min(date.utf8.count, to.utf8.count)
        return to.utf8.prefix(n).lexicographicallyPrecedes(date.utf8.prefix(n)) == false
    }
}
