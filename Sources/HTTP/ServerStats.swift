import Synchronization

/// Counters the engine keeps and `/metrics` reports. Relaxed atomics: each loop thread adds,
/// the metrics handler reads; exact cross-counter consistency is not needed.
public final class ServerStats: Sendable {
    public let openConnections = Atomic<Int>(0)
    public let acceptedConnections = Atomic<Int>(0)
    public let bytesIn = Atomic<Int>(0)
    public let bytesOut = Atomic<Int>(0)
    public let parseErrors = Atomic<Int>(0)
    public let timeouts = Atomic<Int>(0)
    public let tlsHandshakeFailures = Atomic<Int>(0)

    public init() {}
}
