import Synchronization

/// What a `CachedResponder` hands the engine so a connection may replay a byte-identical
/// repeat of its last replayed request without asking again: a counter the responder
/// advances whenever answers it gave may no longer hold (its cache was emptied, its data
/// replaced), and the tally of such repeats by the answer's tag (`PreparedResponse.tag`) and
/// method, which the responder reads for its own bookkeeping (metrics). Connections remember
/// the epoch with their last replayed request and replay it again, unasked, only while the
/// epoch is unchanged.
///
/// Counting is one relaxed atomic add per repeat, with no call into the responder: a call
/// through a closure or an existential, and the responder's own lock, cost several times that.
public final class ReplayEpoch: @unchecked Sendable {
    private let value = Atomic<UInt64>(0)
    /// Tags 0..<tags, two slots each (GET, HEAD). Allocated once, freed in deinit; the
    /// atomics make concurrent adds and reads from any thread safe (hence @unchecked).
    private let counts: UnsafeMutablePointer<Atomic<Int>>
    /// Answers with a tag outside 0..<tags are not remembered for repeats.
    public let tags: Int

    public init(tags: Int = 0) {
        self.tags = max(tags, 0)
        counts = .allocate(capacity: max(self.tags * 2, 1))
        for i in 0..<max(self.tags * 2, 1) { (counts + i).initialize(to: Atomic(0)) }
    }

    deinit {
        counts.deinitialize(count: max(tags * 2, 1))
        counts.deallocate()
    }

    /// The current epoch (one atomic load).
    @inline(__always)
    public var current: UInt64 { value.load(ordering: .acquiring) }

    /// Invalidates every answer remembered under an earlier epoch.
    public func advance() { value.add(1, ordering: .releasing) }

    /// The engine replayed an answer tagged `tag` (checked to be in range) again, unasked.
    @inline(__always)
    func countRepeat(tag: Int, isHead: Bool) {
        counts[tag &* 2 &+ (isHead ? 1 : 0)].add(1, ordering: .relaxed)
    }

    /// The responder answered a request tagged `tag` from its own cache (`cachedResponse(to:)`):
    /// tallied with the repeats, so both cost one relaxed atomic add. Ignored out of range.
    @inline(__always)
    public func countAnswer(tag: Int, isHead: Bool) {
        guard tag >= 0 && tag < tags else { return }
        countRepeat(tag: tag, isHead: isHead)
    }

    /// Replayed answers tallied so far for answers tagged `tag`, GET or HEAD.
    public func repeats(tag: Int, isHead: Bool) -> Int {
        guard tag >= 0 && tag < tags else { return 0 }
        return counts[tag * 2 + (isHead ? 1 : 0)].load(ordering: .relaxed)
    }
}
