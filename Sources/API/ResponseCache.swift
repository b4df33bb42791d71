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
/// only for a dictionary lookup or insert, never while encoding.
final class ResponseCache: Sendable {
    private struct Entry { var value: CachedBody; var tick: UInt64 }
    private struct State {
        var entries: [CacheKey: Entry] = [:]
        var bytes = 0
        var tick: UInt64 = 0
        var hits = 0
        var misses = 0
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacityBytes: Int) { capacity = capacityBytes }

    func get(_ key: CacheKey) -> CachedBody? {
        state.withLock { s in
            s.tick += 1
            guard var e = s.entries[key] else { s.misses += 1; return nil }
            s.hits += 1
            e.tick = s.tick
            s.entries[key] = e
            return e.value
        }
    }

    func put(_ key: CacheKey, _ value: CachedBody) {
        let size = value.body.count + key.bytes.count + 128
        guard size <= capacity / 4 else { return }  // one huge body must not flush everything
        state.withLock { s in
            s.tick += 1
            if let old = s.entries[key] { s.bytes -= old.value.body.count + key.bytes.count + 128 }
            s.entries[key] = Entry(value: value, tick: s.tick)
            s.bytes += size
            if s.bytes > capacity {
                // evict the least recently used until a quarter of the room is free again,
                // so eviction's sort is paid rarely
                let ordered = s.entries.sorted { $0.value.tick < $1.value.tick }
                for (k, e) in ordered where s.bytes > capacity * 3 / 4 {
                    s.entries[k] = nil
                    s.bytes -= e.value.body.count + k.bytes.count + 128
                }
            }
        }
    }

    func removeAll() { state.withLock { s in s.entries.removeAll(); s.bytes = 0 } }

    var counters: (entries: Int, bytes: Int, hits: Int, misses: Int) {
        state.withLock { ($0.entries.count, $0.bytes, $0.hits, $0.misses) }
    }
}
