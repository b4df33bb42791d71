/// A connection's read buffer, reused for every request of the connection. It starts small
/// (an idle connection costs a few KiB, not a whole head's worth) and grows, by doubling,
/// only when a head does not fit, up to `maxCapacity`; it never shrinks, so a connection
/// reallocates at most a few times in its life, never per request.
/// Bytes in `[readIndex, writeIndex)` are unconsumed; the socket (or a test) writes into
/// `[writeIndex, capacity)` and commits. The parser keeps offsets relative to `readIndex`, so
/// compaction and growth never invalidate them.
public final class InputBuffer {
    public private(set) var capacity: Int
    public let maxCapacity: Int
    public private(set) var base: UnsafeMutablePointer<UInt8>
    public private(set) var readIndex = 0
    public private(set) var writeIndex = 0

    public init(capacity: Int, maxCapacity: Int? = nil) {
        self.capacity = capacity
        self.maxCapacity = max(capacity, maxCapacity ?? capacity)
        base = .allocate(capacity: capacity)
    }

    /// Makes room for at least `minFree` bytes when possible: compacts first, then grows.
    public func reserveFree(_ minFree: Int) {
        compact(ifFreeBelow: minFree)
        guard writableCount < minFree, capacity < maxCapacity else { return }
        var newCapacity = capacity
        while newCapacity - readableCount < minFree && newCapacity < maxCapacity { newCapacity *= 2 }
        newCapacity = min(newCapacity, maxCapacity)
        let n = readableCount
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        if n > 0 { fresh.update(from: base + readIndex, count: n) }
        base.deallocate()
        base = fresh
        capacity = newCapacity
        readIndex = 0
        writeIndex = n
    }

    /// Doubles the capacity (up to `maxCapacity`), keeping the unconsumed bytes.
    public func grow() {
        reserveFree(min(maxCapacity, capacity * 2) - readableCount)
    }

    deinit { base.deallocate() }

    public var readableCount: Int { writeIndex - readIndex }
    public var writableCount: Int { capacity - writeIndex }

    /// The unconsumed bytes (valid until the next mutation).
    public var readable: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + readIndex, count: writeIndex - readIndex)
    }

    /// Where the next read may write; call `commit` with the count written.
    public var writableTail: UnsafeMutableBufferPointer<UInt8> {
        UnsafeMutableBufferPointer(start: base + writeIndex, count: capacity - writeIndex)
    }

    public func commit(_ count: Int) {
        precondition(count >= 0 && count <= writableCount)
        writeIndex += count
    }

    public func consume(_ count: Int) {
        precondition(count >= 0 && count <= readableCount)
        readIndex += count
        if readIndex == writeIndex { readIndex = 0; writeIndex = 0 }
    }

    /// Moves the unconsumed bytes to the front when the free tail is smaller than `minFree`.
    @inline(__always)
    public func compact(ifFreeBelow minFree: Int) {
        guard readIndex > 0, writableCount < minFree else { return }
        let n = readableCount
        if n > 0 { (base).update(from: base + readIndex, count: n) }
        readIndex = 0
        writeIndex = n
    }

    /// Appends bytes (tests and TLS); returns how many fitted.
    @discardableResult
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        reserveFree(bytes.count)
        let n = min(bytes.count, writableCount)
        if n > 0, let src = bytes.baseAddress { (base + writeIndex).update(from: src, count: n) }
        writeIndex += n
        return n
    }

    /// Drops everything (used when a connection stops parsing).
    public func clear() { readIndex = 0; writeIndex = 0 }
}
