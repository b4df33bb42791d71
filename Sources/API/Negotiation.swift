/// Proactive content negotiation (RFC 9110 §12.5): `Accept` and `Accept-Encoding`.
enum Negotiation {
    struct Range { var type: Substring; var subtype: Substring; var q: Double }

    /// Splits "a;q=0.5, b" into (value, q) pairs; a malformed q counts as 0 (not acceptable).
    static func weighted(_ header: String) -> [(value: Substring, q: Double)] {
        header.split(separator: ",").compactMap { item in
            let parts = item.split(separator: ";")
            guard let first = parts.first else { return nil }
            let value = first.trimmingASCIISpaces()
            guard !value.isEmpty else { return nil }
            var q = 1.0
            for p in parts.dropFirst() {
                let kv = p.trimmingASCIISpaces()
                if kv.lowercased().hasPrefix("q=") { q = Double(kv.dropFirst(2)).map { min(max($0, 0), 1) } ?? 0 }
            }
            return (value, q)
        }
    }

    /// The offered media type the client likes best, or nil when it accepts none of them.
    /// No or empty `Accept` means anything; ties go to the server's order.
    static func choose(_ offered: [String], accept: String?) -> String? {
        guard let accept, !accept.allSatisfy({ $0 == " " }) else { return offered.first }
        let ranges = weighted(accept).compactMap { item -> Range? in
            let parts = item.value.lowercased().split(separator: "/", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return Range(type: parts[0], subtype: parts[1], q: item.q)
        }
        var best: (String, Double)?
        for o in offered {
            let parts = o.split(separator: "/", maxSplits: 1)
            // the most specific matching range decides the quality
            var q: Double?, specificity = -1
            for r in ranges {
                let s: Int
                if r.type == parts[0] && r.subtype == parts[1] { s = 2 }
                else if r.type == parts[0] && r.subtype == "*" { s = 1 }
                else if r.type == "*" && r.subtype == "*" { s = 0 }
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
        var star: Double?
        for item in weighted(header) {
            let v = item.value.lowercased()
            if v == "gzip" || v == "x-gzip" { return item.q > 0 }
            if v == "*" { star = item.q }
        }
        return (star ?? 0) > 0
    }
}

extension Substring {
    func trimmingASCIISpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
