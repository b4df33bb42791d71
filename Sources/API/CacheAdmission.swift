import Synchronization

/// Which answers of a route whose queries are mostly asked once (a search) go into the
/// response cache: those asked before. A one-off query then costs no cache entry, nor the
/// copy, the eviction work and the useful entries pushed out that an entry brings; a repeated
/// one is cached from its second request on (and replayed from its third, see `ReplayCache`).
///
/// Direct-mapped: a slot holds the hash of the last uncached key that fell in it, so a repeat
/// is recognised unless about `slots` other new keys came in between (then it is cached one
/// request later). A hash collision only caches an answer early.
final class CacheAdmission: Sendable {
    private let slots: Mutex<[UInt64]>
    private let mask: Int

    init(slots count: Int = 1 << 14) {
        precondition(count > 0 && count & (count - 1) == 0, "a power of two")
        slots = Mutex([UInt64](repeating: 0, count: count))
        mask = count - 1
    }

    /// True when a key with this hash was offered before (and is still remembered); remembers
    /// it otherwise. `hash` is a `CacheKey`'s, already well mixed.
    func admit(_ hash: UInt64) -> Bool {
        let i = Int(truncatingIfNeeded: hash) & mask
        return slots.withLock { s in
            if s[i] == hash { return true }
            s[i] = hash
            return false
        }
    }
}
