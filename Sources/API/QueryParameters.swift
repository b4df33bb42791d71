/// The decoded query string of a request.
///
/// Decoding follows the WHATWG `application/x-www-form-urlencoded` rules that browsers and
/// curl use: `+` is a space, `%XX` is a byte, the bytes are UTF-8. Policy, documented in the
/// contract: a parameter given more than once is rejected (400) rather than silently merged;
/// list-valued filters take one comma-separated value (`stance=support,oppose`); an empty
/// value (`speaker=`) counts as absent.
struct QueryParameters {
    private(set) var values: [String: String] = [:]

    static func parse(_ query: Substring) throws(APIError) -> QueryParameters {
        var out = QueryParameters()
        guard !query.isEmpty else { return out }
        for bytes in query.utf8.split(separator: UInt8(ascii: "&")) {
            let part = Substring(bytes)
            let name: String, value: String
            if let eq = bytes.firstIndex(of: UInt8(ascii: "=")) {
                name = try decode(part[..<eq], what: "parameter name")
                guard let v = decoded(part[part.utf8.index(after: eq)...]) else {
                    throw APIError.badParameter(name, "is not valid percent-encoded UTF-8 (%XX escapes of UTF-8 bytes)")
                }
                value = v
            } else {
                name = try decode(part, what: "parameter name")
                value = ""
            }
            if out.seen.contains(name) {
                throw APIError.badParameter(name, "is given more than once; give it once (lists are comma-separated)")
            }
            out.seen.insert(name)
            if value.isEmpty { out.empty.insert(name) } else { out.values[name] = value }
        }
        return out
    }

    private var seen: Set<String> = []
    /// Names given with an empty value (`speaker=`).
    private var empty: Set<String> = []

    var names: Set<String> { seen }
    subscript(name: String) -> String? { values[name] }

    /// Parameters with a fixed vocabulary or format. An empty value counts as absent only for
    /// free-text parameters (`q`, `speaker`, `outlet`, ...); for these it is malformed, since
    /// the contract's enum / pattern / integer schema has no empty value.
    static let typed: Set<String> = ["limit", "cursor", "format", "sort", "type", "kind", "stance", "from", "to", "affiliations"]

    /// Rejects parameters the endpoint does not know, naming them, and empty values of typed
    /// parameters (`type=`, `to=`, `limit=`).
    func allowOnly(_ allowed: [String]) throws(APIError) {
        if seen.isEmpty { return }
        let unknown = seen.filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            throw APIError.badParameter(first, "is not a parameter of this endpoint; allowed: \(allowed.isEmpty ? "none" : allowed.joined(separator: ", "))",
                                        others: Array(unknown.dropFirst()))
        }
        if let blank = empty.filter({ Self.typed.contains($0) }).sorted().first {
            throw APIError.badParameter(blank, "is empty; give a value or leave the parameter out")
        }
    }

    /// The canonical form: non-empty parameters sorted by name, re-encoded; `cursor` dropped
    /// when `dropping` says so (for building Link headers).
    func canonical(dropping: Set<String> = [], adding: [(String, String)] = []) -> String {
        if values.isEmpty && adding.isEmpty { return "" }
        var pairs = values.filter { !dropping.contains($0.key) }.map { ($0.key, $0.value) }
        pairs += adding
        pairs.sort { $0.0 < $1.0 }
        return pairs.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: b - 48
        case 65...70: b - 55
        case 97...102: b - 87
        default: nil
        }
    }

    static func decode(_ s: Substring, what: String, plusIsSpace: Bool = true) throws(APIError) -> String {
        guard let text = decoded(s, plusIsSpace: plusIsSpace) else {
            throw APIError.badRequest("the \(what) is not valid percent-encoded UTF-8 (%XX escapes of UTF-8 bytes)")
        }
        return text
    }

    /// Percent-decoded text, nil when an escape is malformed or the bytes are not UTF-8.
    static func decoded(_ s: Substring, plusIsSpace: Bool = true) -> String? {
        if !s.utf8.contains(where: { $0 == UInt8(ascii: "%") || (plusIsSpace && $0 == UInt8(ascii: "+")) }) { return String(s) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            if plusIsSpace && b == UInt8(ascii: "+") { bytes.append(0x20); continue }
            guard b == UInt8(ascii: "%") else { bytes.append(b); continue }
            guard let h = it.popFirst(), let l = it.popFirst(), let hv = hexValue(h), let lv = hexValue(l) else { return nil }
            bytes.append(hv << 4 | lv)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    static func encode(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        encode(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `encode`, appended to bytes.
    static func encode(_ s: String, into out: inout [UInt8]) {
        let hex: StaticString = "0123456789ABCDEF"
        var s = s
        s.withUTF8 { p in
            for b in p {
                switch b {
                case 48...57, 65...90, 97...122, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                    out.append(b)
                default:
                    out.append(UInt8(ascii: "%"))
                    out.append(hex.utf8Start[Int(b >> 4)])
                    out.append(hex.utf8Start[Int(b & 15)])
                }
            }
        }
    }
}
