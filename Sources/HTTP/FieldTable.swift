/// The parser's field table: one allocation per connection, reused by every request on it
/// (emptying it is one store), grown only for a head with more fields than any before it.
/// An Array cost a uniqueness check per append and a generic `replaceSubrange` per reset.
final class FieldTable {
    private(set) var base: UnsafeMutablePointer<FieldSpan>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ field: FieldSpan) {
        if count == capacity { grow() }
        (base + count).initialize(to: field)  // a trivial type: nothing to deinitialize later
        count += 1
    }

    @inline(__always)
    func removeAll() { count = 0 }

    @inline(__always)
    subscript(i: Int) -> FieldSpan { base[i] }

    /// The fields, valid until the table is next changed.
    @inline(__always)
    var spans: UnsafeBufferPointer<FieldSpan> { UnsafeBufferPointer(start: base, count: count) }

    private func grow() {
        let bigger = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity * 2)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
