import Synchronization

/// A counter a `CachedResponder` advances whenever answers it gave may no longer hold (its
/// cache was emptied, its data replaced). Connections remember the epoch with their last
/// replayed request and replay it again, unasked, only while the epoch is unchanged.
public final class ReplayEpoch: Sendable {
    private let value = Atomic<UInt64>(0)

    public init() {}

    /// The current epoch (one atomic load).
    @inline(__always)
    public var current: UInt64 { value.load(ordering: .acquiring) }

    /// Invalidates every answer remembered under an earlier epoch.
    public func advance() { value.add(1, ordering: .releasing) }
}
