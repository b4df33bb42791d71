/// What a handler chain owes for every answer beyond the prepared bytes, done by the engine
/// itself on the replay path so replays stay available with it: a generated request id in
/// the head (`X-Request-Id`, placed where the chain's own wrapper puts it: after the handler's
/// fields, before Date) and, when logging, one access-log record per replayed request.
/// Offered by a `CachedResponder` through `replayObservation`.
public final class ReplayObservation: Sendable {
    /// Longest id `writeID` may write.
    public static let maxIDLength = 64
    /// Writes a fresh id (visible ASCII, at most `maxIDLength` bytes) and returns its length.
    public let writeID: @Sendable (UnsafeMutablePointer<UInt8>) -> Int
    /// Called once per replayed request after its answer is queued; nil when not logging.
    public let log: (@Sendable (ReplayRecord) -> Void)?

    public init(writeID: @escaping @Sendable (UnsafeMutablePointer<UInt8>) -> Int,
                log: (@Sendable (ReplayRecord) -> Void)?) {
        self.writeID = writeID
        self.log = log
    }

    /// The id field the engine inserts, for `id`: "X-Request-Id: <id>\r\n".
    public static let fieldName: [UInt8] = Array("X-Request-Id: ".utf8)
}

/// One replayed request and its answer, for an access log. The buffers point into the
/// connection's memory: valid only during the `log` call.
public struct ReplayRecord {
    public let method: HTTPMethod
    /// The request-target as sent (origin-form).
    public let target: UnsafeBufferPointer<UInt8>
    public let status: Int
    /// Body bytes sent (0 for HEAD).
    public let bodyBytes: Int
    public let durationMicros: Int
    public let remoteAddress: String?
    public let isSecure: Bool
    public let requestID: UnsafeBufferPointer<UInt8>

    public init(method: HTTPMethod, target: UnsafeBufferPointer<UInt8>, status: Int, bodyBytes: Int,
                durationMicros: Int, remoteAddress: String?, isSecure: Bool, requestID: UnsafeBufferPointer<UInt8>) {
        self.method = method
        self.target = target
        self.status = status
        self.bodyBytes = bodyBytes
        self.durationMicros = durationMicros
        self.remoteAddress = remoteAddress
        self.isSecure = isSecure
        self.requestID = requestID
    }

    /// The path part of the target (before "?"), as `Request.path` gives it.
    public var path: String {
        let end = target.firstIndex(of: UInt8(ascii: "?")) ?? target.count
        return String(decoding: UnsafeBufferPointer(rebasing: target[..<end]), as: UTF8.self)
    }
}
