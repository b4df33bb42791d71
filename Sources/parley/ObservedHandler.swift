import HTTP
import Logging
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
    let accessLog: Logger?
    /// `inner`'s fast path when it has one and this wrapper may offer it (access log off):
    /// cast once here, not per request (a dynamic cast cost ~1,100 instructions).
    private let fast: (any CachedResponder)?

    init(inner: any HTTPHandler, ids: RequestIDs, accessLog: Logger?) {
        self.inner = inner
        self.ids = ids
        self.accessLog = accessLog
        fast = accessLog == nil ? inner as? any CachedResponder : nil
    }

    func respond(to request: Request) -> Response {
        let started = Self.monotonicMicroseconds()
        let id = RequestIDs.accepted(request.headers["X-Request-Id"]) ?? ids.next()
        var response = inner.respond(to: request)
        response.headers.add("X-Request-Id", id)
        if let accessLog {
            let bytes: Logger.MetadataValue
            switch response.body {
            case .empty: bytes = .stringConvertible(0)
            case .bytes(let body): bytes = .stringConvertible(request.method == .head ? 0 : body.count)
            case .stream: bytes = .string("streamed")
            }
            accessLog.info("request", metadata: [
                "method": .string(request.method.name),
                "path": .string(String(request.path)),
                "status": .stringConvertible(response.status.code),
                "bytes": bytes,
                "duration_us": .stringConvertible(Self.monotonicMicroseconds() - started),
                "remote": .string(request.remoteAddress ?? "-"),
                "request_id": .string(id),
                "tls": .stringConvertible(request.isSecure),
            ])
        }
        return response
    }

    static func monotonicMicroseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1_000_000 + now.tv_nsec / 1000
    }
}

/// The engine's replay path sends prepared bytes as they are, without a request id or a log
/// line, so it is offered only when neither is owed for this request: the access log is off
/// and the caller sent no `X-Request-Id` to be echoed. Everything else takes `respond(to:)`.
extension ObservedHandler: CachedResponder {
    func cachedResponse(to head: RequestHeadView) -> PreparedResponse? {
        guard let fast, !head.has("x-request-id") else { return nil }
        return fast.cachedResponse(to: head)
    }

    /// A request that repeats a replayed one byte for byte carries no `X-Request-Id` either
    /// (that was checked), and the access log stays off: nothing is owed for it.
    var replayEpoch: ReplayEpoch? { fast?.replayEpoch }
}
