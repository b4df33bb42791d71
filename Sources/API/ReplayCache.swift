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
        /// Each slot's hash, 0 for an empty slot (a key hashing to 0 is stored as 1): probes
        /// read these alone, and touch an entry (its arrays' reference counts) only on a match.
        var hashes: [UInt64]
        var slots: [Entry?]
        var count = 0
        var bytes = 0
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
        state = Mutex(State(hashes: Array(repeating: 0, count: Self.slotCount),
                            slots: Array(repeating: nil, count: Self.slotCount), generation: generation))
    }

    /// The parts of a key. A part that is absent is encoded as 0xFF, which never occurs in a
    /// field value or target that reaches here as UTF-8, so absent ≠ empty.
    struct Key {
        var target: UnsafeBufferPointer<UInt8>
        var accept: UnsafeBufferPointer<UInt8>?
        var acceptEncoding: UnsafeBufferPointer<UInt8>?

        /// Never 0 (that marks an empty slot). Each part is mixed in 8 bytes at a time (a
        /// byte-at-a-time FNV-1a cost ~5 instructions a byte), then its length, so bytes
        /// cannot move between parts unnoticed; an absent part mixes in a length no part has.
        var hash: UInt64 {
            var h: UInt64 = 0x243F_6A88_85A3_08D3
            Self.mix(&h, target)
            if let accept { Self.mix(&h, accept) } else { Self.step(&h, .max) }
            if let acceptEncoding { Self.mix(&h, acceptEncoding) } else { Self.step(&h, .max) }
            // Final avalanche, so the low bits (the slot) depend on every input bit.
            h ^= h >> 29
            h &*= 0xBF58_476D_1CE4_E5B9
            h ^= h >> 32
            return h == 0 ? 1 : h
        }

        @inline(__always) static func step(_ h: inout UInt64, _ w: UInt64) {
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 31
        }

        @inline(__always) static func mix(_ h: inout UInt64, _ p: UnsafeBufferPointer<UInt8>) {
            let n = p.count
            if n > 0, let base = p.baseAddress {
                let raw = UnsafeRawPointer(base)
                var i = 0
                while i + 8 <= n {
                    step(&h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    i += 8
                }
                if i < n {
                    // The last 1-7 bytes: the final 8 (overlapping) when there are 8, else one by one.
                    var w: UInt64 = 0
                    if n >= 8 {
                        w = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                    } else {
                        while i < n { w = w << 8 | UInt64(base[i]); i += 1 }
                    }
                    step(&h, w)
                }
            }
            step(&h, UInt64(n))
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

    /// The answer and its route. A hit is not counted here: the caller tallies it in the
    /// epoch with the engine's repeats (`ReplayEpoch.countAnswer`), which `counters` adds.
    func get(_ key: Key) -> (PreparedResponse, Int)? {
        let h = key.hash
        return state.withLock { s -> (PreparedResponse, Int)? in
            var i = Int(truncatingIfNeeded: h) & (Self.slotCount - 1)
            while true {
                let found = s.hashes[i]
                if found == 0 { return nil }
                if found == h, let e = s.slots[i], key.matches(e.key) { return (e.prepared, e.route) }
                i = (i + 1) & (Self.slotCount - 1)
            }
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
            while s.hashes[i] != 0 {
                if s.hashes[i] == h, let e = s.slots[i], e.key == flat { return }  // another thread was first
                i = (i + 1) & (Self.slotCount - 1)
            }
            s.hashes[i] = h
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
        for i in s.slots.indices {
            s.slots[i] = nil
            s.hashes[i] = 0
        }
        s.count = 0
        s.bytes = 0
    }

    /// Hits: the answers tallied in the epoch, looked up here or repeated by connections
    /// without a lookup (see `ReplayEpoch`).
    var counters: (entries: Int, hits: Int) {
        var repeats = 0
        for route in 0..<epoch.tags {
            repeats += epoch.repeats(tag: route, isHead: false) + epoch.repeats(tag: route, isHead: true)
        }
        return (state.withLock { $0.count }, repeats)
    }
}
