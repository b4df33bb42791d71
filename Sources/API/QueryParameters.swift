/// The decoded query string of a request.
///
/// Decoding follows the WHATWG `application/x-www-form-urlencoded` rules that browsers and
/// curl use: `+` is a space, `%XX` is a byte, the bytes are UTF-8. Policy, documented in the
/// contract: a parameter given more than once is rejected (400) rather than silently merged;
/// list-valued filters take one comma-separated value (`stance=support,oppose`); an empty
/// value (`speaker=`) counts as absent.
struct QueryParameters {
    /// Parameters with a non-empty value, in the order given. A request has a handful, so
    /// lookups scan (cheaper than hashing the names).
    /// A struct, not a tuple: an array of tuples looks the tuple's metadata up at run time
    /// on every allocation.
    struct Pair { var name: String; var value: String }
    private(set) var pairs: [Pair] = []
    /// Every name given (`pairs`' and `empty`'s) as a set, made once a request has many
    /// parameters (so a long query string costs no quadratic duplicate check).
    private var givenSet: Set<String>?
    /// Names given with an empty value (`speaker=`).
    private var empty: [String] = []

    static func parse(_ query: Substring) throws(APIError) -> QueryParameters {
        var out = QueryParameters()
        guard !query.isEmpty else { return out }
        var query = query
        out.pairs.reserveCapacity(4)
        // `withUTF8` rethrows untyped: the closure hands its error out instead
        let failure: APIError? = query.withUTF8 { p in
            var at = 0
            while at < p.count {
                var end = at
                while end < p.count && p[end] != UInt8(ascii: "&") { end += 1 }
                defer { at = end + 1 }
                if end == at { continue }  // "a=1&&b=2": empty parts are skipped
                var eq = at
                while eq < end && p[eq] != UInt8(ascii: "=") { eq += 1 }
                guard let name = decoded(UnsafeBufferPointer(rebasing: p[at..<eq])) else {
                    return APIError.badRequest("the parameter name is not valid percent-encoded UTF-8 (%XX escapes of UTF-8 bytes)")
                }
                var value = ""
                if eq < end {
                    guard let v = decoded(UnsafeBufferPointer(rebasing: p[(eq + 1)..<end])) else {
                        return APIError.badParameter(name, "is not valid percent-encoded UTF-8 (%XX escapes of UTF-8 bytes)")
                    }
                    value = v
                }
                if out.wasGiven(name) {
                    return APIError.badParameter(name, "is given more than once; give it once (lists are comma-separated)")
                }
                if value.isEmpty { out.empty.append(name) } else { out.pairs.append(Pair(name: name, value: value)) }
                if out.givenSet != nil { out.givenSet!.insert(name) } else if out.givenCount > 16 { out.givenSet = Set(out.given) }
            }
            return nil
        }
        if let failure { throw failure }
        return out
    }

    /// Percent-decoded text of valid UTF-8 bytes (`+` is a space), nil when an escape is
    /// malformed or the decoded bytes are not UTF-8. Decoded into a stack buffer; ASCII needs
    /// no validation.
    static func decoded(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        guard p.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else {
            return String(decoding: p, as: UTF8.self)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: p.count) { buffer -> String? in
            var n = 0, i = 0
            var any: UInt8 = 0  // every decoded byte or'ed: below 0x80 means ASCII
            while i < p.count {
                var b = p[i]
                i += 1
                if b == UInt8(ascii: "+") {
                    b = 0x20
                } else if b == UInt8(ascii: "%") {
                    guard i + 2 <= p.count, let hv = hexValue(p[i]), let lv = hexValue(p[i + 1]) else { return nil }
                    b = hv << 4 | lv
                    i += 2
                }
                buffer[n] = b
                n += 1
                any |= b
            }
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<n])
            return any < 0x80 ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
        }
    }

    /// Every name given, empty values too (in no particular order).
    private var given: [String] { pairs.map(\.name) + empty }
    private var givenCount: Int { pairs.count + empty.count }

    private func wasGiven(_ name: String) -> Bool {
        if let givenSet { return givenSet.contains(name) }
        for p in pairs where p.name == name { return true }
        return empty.contains(name)
    }

    var names: Set<String> { Set(given) }
    subscript(name: String) -> String? {
        for p in pairs where p.name == name { return p.value }
        return nil
    }

    /// Parameters with a fixed vocabulary or format. An empty value counts as absent only for
    /// free-text parameters (`q`, `speaker`, `outlet`, ...); for these it is malformed, since
    /// the contract's enum / pattern / integer schema has no empty value.
    static let typed: Set<String> = ["limit", "cursor", "format", "sort", "type", "kind", "stance", "from", "to", "affiliations"]

    /// Rejects parameters the endpoint does not know, naming them, and empty values of typed
    /// parameters (`type=`, `to=`, `limit=`).
    func allowOnly(_ allowed: [String]) throws(APIError) {
        if givenCount == 0 { return }
        if empty.isEmpty && pairs.allSatisfy({ allowed.contains($0.name) }) { return }
        let unknown = given.filter { !allowed.contains($0) }.sorted()
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
        if pairs.isEmpty && adding.isEmpty { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(64)
        canonical(into: &out, dropping: dropping, adding: adding)
        return String(decoding: out, as: UTF8.self)
    }

    /// The canonical form appended to bytes, with `setting` (when given) in place of the
    /// parameter of its name. Names are unique (a repeated parameter is rejected), so an
    /// insertion sort of the pairs' positions (on the stack) orders them with a comparison or
    /// two, copying no String; beyond a few parameters (a probe's ignored query may have many)
    /// the list is copied and sorted instead.
    func canonical(into out: inout [UInt8], setting: (name: String, value: String)? = nil) {
        guard pairs.count <= 16 else {
            if let setting { canonical(into: &out, dropping: [setting.name], adding: [setting]) } else { canonical(into: &out, dropping: []) }
            return
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: pairs.count + 1) { order in
            // position i of `pairs`, or -1 for `setting`
            func name(_ i: Int) -> String { i < 0 ? setting!.name : pairs[i].name }
            var n = 0
            func insert(_ i: Int) {
                let key = name(i)
                var j = n
                while j > 0, key < name(order[j - 1]) { order[j] = order[j - 1]; j -= 1 }
                order[j] = i
                n += 1
            }
            for i in pairs.indices where setting == nil || pairs[i].name != setting!.name { insert(i) }
            if setting != nil { insert(-1) }
            for k in 0..<n {
                let i = order[k]
                if k > 0 { out.append(UInt8(ascii: "&")) }
                if i < 0 {
                    Self.encode(setting!.name, into: &out)
                    out.append(UInt8(ascii: "="))
                    Self.encode(setting!.value, into: &out)
                } else {
                    Self.encode(pairs[i].name, into: &out)
                    out.append(UInt8(ascii: "="))
                    Self.encode(pairs[i].value, into: &out)
                }
            }
        }
    }

    /// `canonical`, appended to bytes.
    func canonical(into out: inout [UInt8], dropping: Set<String>, adding: [(String, String)] = []) {
        var list = pairs
        if !dropping.isEmpty { list.removeAll { dropping.contains($0.name) } }
        for (name, value) in adding { list.append(Pair(name: name, value: value)) }
        if list.count > 1 { list.sort { $0.name < $1.name } }
        for (i, p) in list.enumerated() {
            if i > 0 { out.append(UInt8(ascii: "&")) }
            Self.encode(p.name, into: &out)
            out.append(UInt8(ascii: "="))
            Self.encode(p.value, into: &out)
        }
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
        var it = s.utf8.makeIterator()
        while let b = it.next() {
            if plusIsSpace && b == UInt8(ascii: "+") { bytes.append(0x20); continue }
            guard b == UInt8(ascii: "%") else { bytes.append(b); continue }
            guard let h = it.next(), let l = it.next(), let hv = hexValue(h), let lv = hexValue(l) else { return nil }
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
            // Runs of unreserved bytes are copied whole: most values are plain words.
            var run = 0
            for i in 0..<p.count {
                let b = p[i]
                switch b {
                case 48...57, 65...90, 97...122, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                    continue
                default:
                    if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
                    run = i + 1
                    out.append(UInt8(ascii: "%"))
                    out.append(hex.utf8Start[Int(b >> 4)])
                    out.append(hex.utf8Start[Int(b & 15)])
                }
            }
            if run < p.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count])) }
        }
    }
}
