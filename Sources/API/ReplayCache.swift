import Glibc
import HTTP
import Synchronization

/// Whole prepared responses keyed by the raw bytes that decide them, for
/// `APIHandler.cachedResponse(to:)`: the request-target, and the first `Accept` and
/// `Accept-Encoding` values (absent and empty differ). The ordinary path fills it after
/// answering a request whose answer depends on nothing else (see `APIHandler.respond`), so
/// a hit sends exactly what that path would send. Lookups hash the bytes in place and
/// compare with memcmp: no String, no allocation.
///
/// Open addressing with linear probing over a power-of-two slot array. Bounded by entries
/// and bytes; when either bound is reached the table starts over (rare, and cheaper than
/// LRU bookkeeping on every hit; the response cache behind it still holds the bodies).
/// One Mutex: event-loop threads hold it for a probe or an insert only.
final class ReplayCache: Sendable {
    struct Entry {
        var hash: UInt64
        var key: [UInt8]         // target 0 accept 0 acceptEncoding (see `Key`)
        var prepared: PreparedResponse
        var route: Int
    }

    private struct State {
        var slots: [Entry?]
        var count = 0
        var bytes = 0
        var hits = 0
        var generation: UInt64
    }

    static let slotCount = 8192       // power of two; at most half are used
    let maxBytes: Int
    /// Advanced whenever entries are dropped (snapshot swap, or the table starting over), so
    /// connections stop replaying answers they remembered from it (`CachedResponder.replayEpoch`).
    let epoch: ReplayEpoch
    private let state: Mutex<State>

    /// - Parameter routes: how many routes there are: answers are tagged with their route,
    ///   and the epoch tallies repeats by it.
    init(generation: UInt64, maxBytes: Int = 32 << 20, routes: Int = 0) {
        self.maxBytes = maxBytes
        epoch = ReplayEpoch(tags: routes)
        state = Mutex(State(slots: Array(repeating: nil, count: Self.slotCount), generation: generation))
    }

    /// The parts of a key. A part that is absent is encoded as 0xFF, which never occurs in a
    /// field value or target that reaches here as UTF-8, so absent ≠ empty.
    struct Key {
        var target: UnsafeBufferPointer<UInt8>
        var accept: UnsafeBufferPointer<UInt8>?
        var acceptEncoding: UnsafeBufferPointer<UInt8>?

        /// FNV-1a over target, separator, accept, separator, acceptEncoding.
        var hash: UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            @inline(__always) func mix(_ p: UnsafeBufferPointer<UInt8>) {
                for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            }
            mix(target)
            h = (h ^ 0) &* 0x100_0000_01b3
            if let accept { mix(accept) } else { h = (h ^ 0xFF) &* 0x100_0000_01b3 }
            h = (h ^ 0) &* 0x100_0000_01b3
            if let acceptEncoding { mix(acceptEncoding) } else { h = (h ^ 0xFF) &* 0x100_0000_01b3 }
            return h
        }

        var flattened: [UInt8] {
            var k = Array(target)
            k.append(0)
            if let accept { k += accept } else { k.append(0xFF) }
            k.append(0)
            if let acceptEncoding { k += acceptEncoding } else { k.append(0xFF) }
            return k
        }

        /// Equal to a flattened key, compared part by part without building one.
        func matches(_ k: [UInt8]) -> Bool {
            k.withUnsafeBufferPointer { s in
                var at = 0
                func part(_ p: UnsafeBufferPointer<UInt8>?, last: Bool) -> Bool {
                    let n = p?.count ?? 1
                    guard at + n + (last ? 0 : 1) <= s.count else { return false }
                    if let p {
                        if n > 0 && memcmp(s.baseAddress! + at, p.baseAddress!, n) != 0 { return false }
                    } else if s[at] != 0xFF {
                        return false
                    }
                    at += n
                    if !last { guard s[at] == 0 else { return false }; at += 1 }
                    return true
                }
                return part(target, last: false) && part(accept, last: false)
                    && part(acceptEncoding, last: true) && at == s.count
            }
        }
    }

    func get(_ key: Key) -> (PreparedResponse, Int)? {
        let h = key.hash
        return state.withLock { s -> (PreparedResponse, Int)? in
            var i = Int(truncatingIfNeeded: h) & (Self.slotCount - 1)
            while let e = s.slots[i] {
                if e.hash == h && key.matches(e.key) {
                    s.hits += 1
                    return (e.prepared, e.route)
                }
                i = (i + 1) & (Self.slotCount - 1)
            }
            return nil
        }
    }

    /// Stores an answer computed from snapshot `generation`; ignored when the snapshot has
    /// been replaced since (its entries were dropped and this one would be stale).
    func put(_ key: Key, _ prepared: PreparedResponse, route: Int, generation: UInt64) {
        let h = key.hash
        let flat = key.flattened
        let size = flat.count + prepared.headBeforeDate.count + prepared.headAfterDate.count + prepared.body.count
        guard size <= maxBytes / 64 else { return }
        state.withLock { s in
            guard s.generation == generation else { return }
            if s.count >= Self.slotCount / 2 || s.bytes + size > maxBytes { clear(&s) }
            var i = Int(truncatingIfNeeded: h) & (Self.slotCount - 1)
            while let e = s.slots[i] {
                if e.hash == h && e.key == flat { return }  // another thread was first
                i = (i + 1) & (Self.slotCount - 1)
            }
            s.slots[i] = Entry(hash: h, key: flat, prepared: prepared, route: route)
            s.count += 1
            s.bytes += size
        }
    }

    /// Drops everything; later `put`s must come from snapshot `generation`.
    func reset(generation: UInt64) {
        state.withLock { s in
            clear(&s)
            s.generation = generation
        }
    }

    /// Advances the epoch first, under the lock: a connection that read the old epoch got (or
    /// gets) its answer before this and remembers it as stale; one that reads the new epoch
    /// looks up after this and misses.
    private func clear(_ s: inout State) {
        epoch.advance()
        guard s.count > 0 else { return }
        for i in s.slots.indices { s.slots[i] = nil }
        s.count = 0
        s.bytes = 0
    }

    /// Hits include the repeats connections replayed without a lookup (see `ReplayEpoch`).
    var counters: (entries: Int, hits: Int) {
        var repeats = 0
        for route in 0..<epoch.tags {
            repeats += epoch.repeats(tag: route, isHead: false) + epoch.repeats(tag: route, isHead: true)
        }
        let (entries, hits) = state.withLock { ($0.count, $0.hits) }
        return (entries, hits + repeats)
    }
}
