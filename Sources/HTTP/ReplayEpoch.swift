import Synchronization

/// What a `CachedResponder` hands the engine so a connection may replay a byte-identical
/// repeat of its last replayed request without asking again: a counter the responder
/// advances whenever answers it gave may no longer hold (its cache was emptied, its data
/// replaced), and what to do for each such repeat (the responder's own bookkeeping, e.g.
/// metrics). Connections remember the epoch with their last replayed request and replay it
/// again, unasked, only while the epoch is unchanged.
///
/// A final class with a closure, not a protocol requirement: the engine calls it per repeat,
/// and a call through an existential copied the existential (several value-witness calls).
public final class ReplayEpoch: Sendable {
    private let value = Atomic<UInt64>(0)
    private let onRepeat: @Sendable (PreparedResponse, HTTPMethod) -> Void

    /// - Parameter onRepeat: called on the connection's thread for every repeat replayed
    ///   unasked, with the answer and the request's method (GET or HEAD).
    public init(onRepeat: @escaping @Sendable (PreparedResponse, HTTPMethod) -> Void = { _, _ in }) {
        self.onRepeat = onRepeat
    }

    /// The current epoch (one atomic load).
    @inline(__always)
    public var current: UInt64 { value.load(ordering: .acquiring) }

    /// Invalidates every answer remembered under an earlier epoch.
    public func advance() { value.add(1, ordering: .releasing) }

    /// The engine replayed `prepared` again for a byte-identical request, unasked.
    @inline(__always)
    public func repeated(_ prepared: PreparedResponse, method: HTTPMethod) { onRepeat(prepared, method) }
}
