import Foundation

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

    /// `stopwords.contains` for a folded ASCII word, without making a String.
    static func isASCIIStopword(_ word: [UInt8]) -> Bool {
        for s in asciiStopwords where s == word { return true }
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

    /// The stemmer itself, on a folded ASCII word held as bytes, in place (the snippet path
    /// calls it with a reused buffer; `stem` wraps it for Strings).
    static func stemASCII(_ b: inout [UInt8]) {
        guard b.count > 4, b.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return }
        func ends(_ s: StaticString) -> Bool {
            let m = s.utf8CodeUnitCount
            guard b.count >= m else { return false }
            let p = s.utf8Start
            for i in 0..<m where b[b.count - m + i] != p[i] { return false }
            return true
        }
        func cut(_ n: Int, min: Int = 4) -> Bool {
            guard b.count - n >= min else { return false }
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
        var out: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func isWord(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        func flush() {
            guard !word.isEmpty else { return }
            if word.count > longestStopword || !isASCIIStopword(word) {
                stemASCII(&word)
                let term = String(decoding: word, as: UTF8.self)
                if !out.contains(term) { out.append(term) }
            }
            word.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < q.count {
            let b = q[i]
            guard b < 0x80 else { return nil }
            if isWord(b) {
                word.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else if b == UInt8(ascii: "'"), !word.isEmpty, i + 1 < q.count, isWord(q[i + 1]) {
                // inside a word: "Europe's" stays one token
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return out
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
