import HTTP
#if canImport(Glibc)
import Glibc
#endif

/// Wraps the API with what operators need around every request: a request id (honoured or
/// made, echoed as `X-Request-Id`) and, when enabled, one structured access-log line.
/// With the access log off nothing is formatted or allocated for logging.
///
/// A class, not a struct: the engine calls it through an existential, and a struct this
/// size (a Logger inside) is boxed there and copied on every call.
final class ObservedHandler: HTTPHandler {
    let inner: any HTTPHandler
    let ids: RequestIDs
    /// Nil when the access log is off.
    let accessLog: AccessLog?
    /// `inner`'s fast path when it has one: cast once here, not per request (a dynamic cast
    /// cost ~1,100 instructions).
    private let fast: (any CachedResponder)?
    /// What the engine does for us on the replay path: our id field and our log line.
    let observation: ReplayObservation
    /// The JSON access log's writer, whose lines wait for the end of a loop turn; nil for
    /// the text format (swift-log writes its own) or no log.
    private let turnBuffered: AccessLogWriter?

    init(inner: any HTTPHandler, ids: RequestIDs, accessLog: AccessLog?) {
        self.inner = inner
        self.ids = ids
        self.accessLog = accessLog
        fast = inner as? any CachedResponder
        if case .json(let writer) = accessLog { turnBuffered = writer } else { turnBuffered = nil }
        observation = ReplayObservation(
            writeID: { ids.write(into: $0) },
            log: accessLog.map { log in { @Sendable (r: ReplayRecord) in log.write(r) } })
    }

    func respond(to request: Request) -> Response {
        let started = Self.monotonicMicroseconds()
        let id = RequestIDs.accepted(request.headers["X-Request-Id"]) ?? ids.next()
        var response = inner.respond(to: request)
        response.headers.add("X-Request-Id", id)
        if let accessLog {
            let bytes: Int?
            switch response.body {
            case .empty: bytes = 0
            case .bytes(let body): bytes = request.method == .head ? 0 : body.count
            case .stream: bytes = nil
            }
            accessLog.write(method: request.method, path: request.path, status: response.status.code,
                            bodyBytes: bytes, micros: Self.monotonicMicroseconds() - started,
                            remote: request.remoteAddress, requestID: id, tls: request.isSecure)
        }
        return response
    }

    static func monotonicMicroseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1_000_000 + now.tv_nsec / 1000
    }
}

/// The engine's replay path sends prepared bytes plus what this wrapper owes for them: the
/// engine writes a generated `X-Request-Id` (where `respond(to:)` puts it) and hands the
/// access-log record to `observation`. Only a caller's own `X-Request-Id` (to be echoed) makes
/// a request take `respond(to:)`.
extension ObservedHandler: CachedResponder {
    func cachedResponse(to head: RequestHeadView) -> PreparedResponse? {
        guard let fast, !head.has(.xRequestID) else { return nil }
        return fast.cachedResponse(to: head)
    }

    /// A request that repeats a replayed one byte for byte carries no `X-Request-Id` either
    /// (that was checked); the engine still writes an id and hands over a log record.
    var replayEpoch: ReplayEpoch? { fast?.replayEpoch }

    var replayObservation: ReplayObservation? { fast == nil ? nil : observation }
}

/// The access log's lines are written once per loop turn (see `AccessLogWriter`).
extension ObservedHandler: LoopTurnObserver {
    func loopTurnEnded() { turnBuffered?.flushThisThread() }
}
