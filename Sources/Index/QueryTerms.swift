/// A query's terms (folded, stemmed, stop words out, each once, in order) and the ids of those
/// the snapshot knows (a term it does not know matches nothing). The terms are kept as UTF-8
/// bytes one after another, so a request makes no String per term.
public struct QueryTerms: Sendable {
    /// Term i is `bytes[ends[i - 1]..<ends[i]]` (from 0 for the first).
    let bytes: [UInt8]
    let ends: [Int32]
    /// The ids of the known terms, in term order.
    let ids: [Int32]
    /// True when some term is unknown (an all-terms match then matches nothing).
    let hasUnknown: Bool

    init(bytes: [UInt8], ends: [Int32], ids: [Int32], hasUnknown: Bool) {
        self.bytes = bytes; self.ends = ends; self.ids = ids; self.hasUnknown = hasUnknown
    }

    init(terms: [String], ids: [Int32], hasUnknown: Bool) {
        var bytes: [UInt8] = [], ends: [Int32] = []
        for t in terms { bytes.append(contentsOf: t.utf8); ends.append(Int32(bytes.count)) }
        self.init(bytes: bytes, ends: ends, ids: ids, hasUnknown: hasUnknown)
    }

    public var count: Int { ends.count }
    public var isEmpty: Bool { ends.isEmpty }
    /// UTF-8 bytes of all terms together.
    public var byteCount: Int { bytes.count }

    /// The terms as Strings (tests, and callers off the request path).
    public var terms: [String] { (0..<count).map { i in withTerm(i) { String(decoding: $0, as: UTF8.self) } } }

    /// Calls `body` with term i's UTF-8 bytes.
    public func withTerm<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = i == 0 ? 0 : Int(ends[i - 1]), end = Int(ends[i])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Calls `body` with each term's UTF-8 bytes, in order (not generic: across modules a
    /// generic one runs unspecialized).
    public func forEachTerm(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for e in ends {
                body(UnsafeBufferPointer(rebasing: all[start..<Int(e)]))
                start = Int(e)
            }
        }
    }

    @inline(__always) func contains(_ id: Int32) -> Bool {
        for x in ids where x == id { return true }
        return false
    }
}
