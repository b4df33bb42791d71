import Synchronization

/// Process-wide serving state shared by the engine (which drains) and the API (which reports
/// readiness): `/readyz` is false while the index loads and while the server drains.
public final class Lifecycle: Sendable {
    private let readyFlag = Atomic<Bool>(false)
    private let drainingFlag = Atomic<Bool>(false)

    public init() {}

    /// True once the index is loaded and until draining starts.
    public var isReady: Bool { readyFlag.load(ordering: .acquiring) && !isDraining }
    public var isDraining: Bool { drainingFlag.load(ordering: .acquiring) }

    public func markReady() { readyFlag.store(true, ordering: .releasing) }
    public func markDraining() { drainingFlag.store(true, ordering: .releasing) }
}
