/// Proactive content negotiation (RFC 9110 §12.5): `Accept` and `Accept-Encoding`.
/// Parsing works on UTF-8 bytes: header values are ASCII tokens, and Character-level string
/// operations (grapheme breaking) cost more than the rest of a cached answer.
enum Negotiation {
    typealias Bytes = Substring.UTF8View

    static func trim(_ s: Bytes) -> Bytes {
        var s = s
        while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
        while let l = s.last, l == 0x20 || l == 0x09 { s = s.dropLast() }
        return s
    }

    /// ASCII case-insensitive equality with a lower-case literal.
    static func equal(_ s: Bytes, _ lower: String) -> Bool {
        guard s.count == lower.utf8.count else { return false }
        for (a, b) in zip(s, lower.utf8) where (a >= 65 && a <= 90 ? a | 0x20 : a) != b { return false }
        return true
    }

    /// Splits "a;q=0.5, b" into (value, q) pairs; a malformed q counts as 0 (not acceptable).
    static func weighted(_ header: String) -> [(value: Bytes, q: Double)] {
        var out: [(value: Bytes, q: Double)] = []
        for item in header[...].utf8.split(separator: UInt8(ascii: ",")) {
            var parts = item.split(separator: UInt8(ascii: ";"))[...]
            guard let first = parts.popFirst() else { continue }
            let value = trim(first)
            guard !value.isEmpty else { continue }
            var q = 1.0
            for p in parts {
                let kv = trim(p)
                if kv.count >= 2, kv.first! | 0x20 == UInt8(ascii: "q"), kv[kv.index(after: kv.startIndex)] == UInt8(ascii: "=") {
                    q = Double(Substring(kv.dropFirst(2))).map { min(max($0, 0), 1) } ?? 0
                }
            }
            out.append((value, q))
        }
        return out
    }

    /// The offered media type the client likes best, or nil when it accepts none of them.
    /// No or empty `Accept` means anything; ties go to the server's order.
    static func choose(_ offered: [String], accept: String?) -> String? {
        guard let accept, accept != "*/*", !accept.utf8.allSatisfy({ $0 == 0x20 }) else { return offered.first }
        let ranges: [(type: Bytes, subtype: Bytes, q: Double)] = weighted(accept).compactMap { item in
            guard let slash = item.value.firstIndex(of: UInt8(ascii: "/")) else { return nil }
            return (item.value[..<slash], item.value[item.value.index(after: slash)...], item.q)
        }
        var best: (String, Double)?
        for o in offered {
            let slash = o.utf8.firstIndex(of: UInt8(ascii: "/"))!
            let type = String(o[..<slash]), subtype = String(o[o.index(after: slash)...])
            // the most specific matching range decides the quality
            var q: Double?, specificity = -1
            for r in ranges {
                let typeMatches = equal(r.type, type), anySubtype = equal(r.subtype, "*")
                let s: Int
                if typeMatches && equal(r.subtype, subtype) { s = 2 }
                else if typeMatches && anySubtype { s = 1 }
                else if equal(r.type, "*") && anySubtype { s = 0 }
                else { continue }
                if s > specificity { specificity = s; q = r.q }
            }
            if let q, q > 0, q > (best?.1 ?? 0) { best = (o, q) }
        }
        return best?.0
    }

    /// True when `Accept-Encoding` allows gzip (RFC 9110 §12.5.3): listed with q > 0, or
    /// covered by `*` with q > 0 and not listed itself.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        // Most clients send "identity", "gzip, deflate, br" or the like: a header naming
        // neither gzip nor "*" cannot allow gzip, decided without splitting it into items.
        if !Self.mayAllowGzip(header) { return false }
        var star: Double?
        for item in weighted(header) {
            if equal(item.value, "gzip") || equal(item.value, "x-gzip") { return item.q > 0 }
            if equal(item.value, "*") { star = item.q }
        }
        return (star ?? 0) > 0
    }
}

extension Negotiation {
    /// False when `header` has no "*" and no "gzip" in any letter case (so no item can be
    /// gzip, x-gzip or *); true means only "look closer".
    static func mayAllowGzip(_ header: String) -> Bool {
        var header = header
        return header.withUTF8 { p in
            var i = 0
            while i < p.count {
                let b = p[i]
                if b == UInt8(ascii: "*") { return true }
                if b | 0x20 == UInt8(ascii: "g"), i + 4 <= p.count, p[i + 1] | 0x20 == UInt8(ascii: "z"),
                   p[i + 2] | 0x20 == UInt8(ascii: "i"), p[i + 3] | 0x20 == UInt8(ascii: "p") {
                    return true
                }
                i += 1
            }
            return false
        }
    }
}

extension Substring {
    func trimmingASCIISpaces() -> Substring { Substring(Negotiation.trim(utf8)) }
}

/// The path and query of a request target, split on the first "?" by byte (found in the
/// contiguous UTF-8 with a plain loop: the generic `firstIndex(of:)` on the UTF-8 view cost
/// ~1,000 instructions a request).
func splitTarget(_ target: String) -> (path: Substring, query: Substring) {
    var copy = target  // a native String already: withUTF8 does not copy it
    let offset: Int? = copy.withUTF8 { p in
        for i in 0..<p.count where p[i] == UInt8(ascii: "?") { return i }
        return nil
    }
    let t = target[...]
    guard let offset else { return (t, t[t.endIndex...]) }
    let q = target.utf8.index(target.utf8.startIndex, offsetBy: offset)
    return (t[..<q], t[target.utf8.index(after: q)...])
}
