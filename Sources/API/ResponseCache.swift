import Synchronization

/// A finished, cacheable representation: what a 200 (or a 304) needs to be rebuilt without
/// touching the index or encoding JSON again.
struct CachedBody: Sendable {
    var contentType: String
    var contentEncoding: String?
    var body: [UInt8]
    var etag: String
    var link: String?
}

/// A response cache key: its bytes and their hash, computed once (a String key was hashed
/// with SipHash on every lookup and insert).
struct CacheKey: Hashable, Sendable {
    let bytes: [UInt8]
    let hash: UInt64

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        hash = ETag.hash(bytes)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    static func == (a: CacheKey, b: CacheKey) -> Bool { a.hash == b.hash && a.bytes == b.bytes }
}

/// Response bodies keyed by (generation, representation, canonical URL), bounded by total
/// bytes with least-recently-used eviction. One Mutex guards it: event-loop threads hold it
/// only for a dictionary lookup or insert and O(1) list moves, never while encoding. (It
/// used to sort every entry by last use when it overflowed: with ~70,000 small search pages
/// that held the lock for milliseconds, a p99 spike for both loops.)
final class ResponseCache: Sendable {
    /// An entry, linked into the recency list by slot numbers (most recent at `head`).
    private struct Slot {
        var key: CacheKey
        var value: CachedBody
        var size: Int
        var newer: Int32 = -1
        var older: Int32 = -1
    }
    private struct State {
        var index: [CacheKey: Int32] = [:]
        var slots: [Slot?] = []
        var free: [Int32] = []
        var head: Int32 = -1   // most recently used
        var tail: Int32 = -1   // least recently used: evicted first
        var bytes = 0
        var hits = 0
        var misses = 0

        mutating func unlink(_ i: Int32) {
            let newer = slots[Int(i)]!.newer, older = slots[Int(i)]!.older
            if newer >= 0 { slots[Int(newer)]!.older = older } else { head = older }
            if older >= 0 { slots[Int(older)]!.newer = newer } else { tail = newer }
        }

        mutating func pushFront(_ i: Int32) {
            slots[Int(i)]!.newer = -1
            slots[Int(i)]!.older = head
            if head >= 0 { slots[Int(head)]!.newer = i }
            head = i
            if tail < 0 { tail = i }
        }

        mutating func evictOldest() {
            let i = tail
            guard i >= 0, let slot = slots[Int(i)] else { return }
            unlink(i)
            index[slot.key] = nil
            bytes -= slot.size
            slots[Int(i)] = nil
            free.append(i)
        }
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacityBytes: Int) { capacity = capacityBytes }

    /// The bytes an entry is charged: its body, its key and a fixed overhead.
    static func size(of value: CachedBody, key: CacheKey) -> Int { value.body.count + key.bytes.count + 128 }

    func get(_ key: CacheKey) -> CachedBody? {
        state.withLock { s in
            guard let i = s.index[key] else { s.misses += 1; return nil }
            s.hits += 1
            if s.head != i { s.unlink(i); s.pushFront(i) }
            return s.slots[Int(i)]!.value
        }
    }

    func put(_ key: CacheKey, _ value: CachedBody) {
        let size = Self.size(of: value, key: key)
        guard size <= capacity / 4 else { return }  // one huge body must not flush everything
        state.withLock { s in
            if let i = s.index[key] {
                s.bytes += size - s.slots[Int(i)]!.size
                s.slots[Int(i)]!.value = value
                s.slots[Int(i)]!.size = size
                if s.head != i { s.unlink(i); s.pushFront(i) }
            } else {
                let slot = Slot(key: key, value: value, size: size)
                let i: Int32
                if let f = s.free.popLast() { i = f; s.slots[Int(f)] = slot } else { i = Int32(s.slots.count); s.slots.append(slot) }
                s.index[key] = i
                s.pushFront(i)
                s.bytes += size
            }
            while s.bytes > capacity && s.tail != s.head { s.evictOldest() }
        }
    }

    /// Drops every entry (a new snapshot); the hit and miss counters are Prometheus counters and
    /// keep counting.
    func removeAll() {
        state.withLock { s in
            let (hits, misses) = (s.hits, s.misses)
            s = State()
            (s.hits, s.misses) = (hits, misses)
        }
    }

    var counters: (entries: Int, bytes: Int, hits: Int, misses: Int) {
        state.withLock { ($0.index.count, $0.bytes, $0.hits, $0.misses) }
    }
}
