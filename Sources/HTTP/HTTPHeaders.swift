/// Ordered header fields with case-insensitive lookup (RFC 9110 §5.1: names are case-insensitive).
///
/// Kept as an array of a named struct, not of tuples: an array of tuples asks the runtime
/// for the tuple's type metadata on every allocation and destroys its elements through
/// generic value witnesses, a few thousand instructions per ordinary request.
public struct HTTPHeaders: Sendable, Sequence {
    public struct Field: Sendable {
        public var name: String
        public var value: String
    }

    private var storage: [Field]

    public init(_ fields: [(name: String, value: String)] = []) {
        storage = fields.map { Field(name: $0.name, value: $0.value) }
    }

    /// Empty, with room for `capacity` fields (one allocation for a known number).
    public init(capacity: Int) {
        storage = []
        storage.reserveCapacity(capacity)
    }

    /// The fields in order, as (name, value) pairs.
    public var fields: [(name: String, value: String)] { storage.map { ($0.name, $0.value) } }

    public mutating func add(_ name: String, _ value: String) {
        storage.append(Field(name: name, value: value))
    }

    /// Replaces every field of that name with one field.
    public mutating func set(_ name: String, _ value: String) {
        storage.removeAll { Self.equalNames($0.name, name) }
        storage.append(Field(name: name, value: value))
    }

    public mutating func remove(_ name: String) {
        storage.removeAll { Self.equalNames($0.name, name) }
    }

    /// The first value of that name, or nil.
    public subscript(name: String) -> String? {
        for f in storage where Self.equalNames(f.name, name) { return f.value }
        return nil
    }

    public func values(_ name: String) -> [String] {
        storage.filter { Self.equalNames($0.name, name) }.map(\.value)
    }

    public func contains(_ name: String) -> Bool { self[name] != nil }

    public var count: Int { storage.count }

    /// The fields in place, for a loop that only reads them (no copy, no retain per field).
    public func withUnsafeFields<R>(_ body: (UnsafeBufferPointer<Field>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer(body)
    }

    public struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[Field]>
        public mutating func next() -> (name: String, value: String)? {
            guard let f = base.next() else { return nil }
            return (f.name, f.value)
        }
    }

    public func makeIterator() -> Iterator { Iterator(base: storage.makeIterator()) }

    /// ASCII case-insensitive comparison; field names are tokens, so ASCII is enough.
    public static func equalNames(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        if a == b { return true }  // the usual spelling on both sides: one compare
        // Over the contiguous bytes (native strings always have them): zipping the two UTF8
        // views cost an iterator step per byte and pair.
        if let r = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y in equalBytes(x, y) }
        }), let r { return r }
        for (p, q) in zip(a.utf8, b.utf8) where p != q {
            let lp = (p >= 65 && p <= 90) ? p | 0x20 : p
            let lq = (q >= 65 && q <= 90) ? q | 0x20 : q
            if lp != lq { return false }
        }
        return true
    }

    /// ASCII case-insensitive equality of two byte runs of the same length.
    @inline(__always)
    static func equalBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<x.count {
            let p = x[i], q = y[i]
            if p == q { continue }
            let lp = (p >= 65 && p <= 90) ? p | 0x20 : p
            let lq = (q >= 65 && q <= 90) ? q | 0x20 : q
            if lp != lq { return false }
        }
        return true
    }
}
