/// Limits the engine enforces on every request (DESIGN.md §2, nginx-like defaults).
/// Each exceeded limit has its own answer; every such answer closes the connection.
public struct HTTPLimits: Sendable, Equatable {
    /// Request line + header section, in bytes (CRLFs included). Over it: 431, or 414 while
    /// still inside the request-target.
    public var maxHeadSize: Int = 16 * 1024
    /// Longest request-target accepted; over it: 414 (RFC 9112 §3: servers must be ready for
    /// 8000 octets; by default the head limit is the only bound).
    public var maxTargetLength: Int = 16 * 1024
    /// Header fields per request (trailers of chunked bodies count separately). Over it: 431.
    public var maxHeaderCount: Int = 100
    /// Decoded request body, in bytes. Over it: 413.
    public var maxBodySize: Int = 1024 * 1024
    /// Time from the first byte of a request until its head is complete (absolute, not
    /// re-armed per byte, so a slowloris cannot hold it open). Over it: 408 then close.
    public var headerTimeout: Duration = .seconds(10)
    /// Time a keep-alive connection may sit with no request in progress. Over it: close.
    public var idleTimeout: Duration = .seconds(60)
    /// Requests served on one connection; the last one is answered with `Connection: close`.
    public var maxRequestsPerConnection: Int = 10_000

    public init() {}

    public init(maxHeadSize: Int = 16 * 1024, maxTargetLength: Int = 16 * 1024,
                maxHeaderCount: Int = 100, maxBodySize: Int = 1024 * 1024,
                headerTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(60),
                maxRequestsPerConnection: Int = 10_000) {
        self.maxHeadSize = maxHeadSize
        self.maxTargetLength = maxTargetLength
        self.maxHeaderCount = maxHeaderCount
        self.maxBodySize = maxBodySize
        self.headerTimeout = headerTimeout
        self.idleTimeout = idleTimeout
        self.maxRequestsPerConnection = maxRequestsPerConnection
    }
}

extension Duration {
    /// Whole milliseconds (rounded down), for timers.
    public var milliseconds: Int64 {
        let (s, atto) = components
        return s * 1000 + atto / 1_000_000_000_000_000
    }
}
