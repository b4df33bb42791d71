import HTTP
import Logging

/// Where access lines go. JSON (the default format) has its own writer, off swift-log, since
/// it runs once per request; `--log-format text` keeps going through swift-log (its
/// `StreamLogHandler` format), which is slower but not the default.
enum AccessLog: Sendable {
    case json(AccessLogWriter)
    case swiftLog(Logger)

    /// The access log for these settings; nil when off or when the level hides info lines
    /// (swift-log would drop every one of them).
    static func make(enabled: Bool, format: LogFormat, level: Logger.Level) -> AccessLog? {
        guard enabled, level <= .info else { return nil }
        switch format {
        case .json: return .json(AccessLogWriter(label: "access"))
        case .text: return .swiftLog(Logger(label: "access"))
        }
    }

    /// One line for an answered request. `bodyBytes` nil is a streamed body.
    func write(method: HTTPMethod, path: Substring, status: Int, bodyBytes: Int?, micros: Int,
               remote: String?, requestID: String, tls: Bool) {
        switch self {
        case .json(let writer):
            writer.write(method: method, path: path, status: status, bodyBytes: bodyBytes, micros: micros,
                         remote: remote, requestID: requestID, tls: tls)
        case .swiftLog(let logger):
            Self.log(logger, method: method, path: String(path), status: status, bodyBytes: bodyBytes,
                     micros: micros, remote: remote, requestID: requestID, tls: tls)
        }
    }

    /// One line for a request the engine replayed.
    func write(_ record: ReplayRecord) {
        switch self {
        case .json(let writer):
            writer.write(record)
        case .swiftLog(let logger):
            Self.log(logger, method: record.method, path: record.path, status: record.status,
                     bodyBytes: record.bodyBytes, micros: record.durationMicros, remote: record.remoteAddress,
                     requestID: String(decoding: record.requestID, as: UTF8.self), tls: record.isSecure)
        }
    }

    /// The line through swift-log: the metadata `AccessLogWriter` reproduces for JSON.
    static func log(_ logger: Logger, method: HTTPMethod, path: String, status: Int, bodyBytes: Int?,
                    micros: Int, remote: String?, requestID: String, tls: Bool) {
        logger.info("request", metadata: [
            "method": .string(method.name),
            "path": .string(path),
            "status": .stringConvertible(status),
            "bytes": bodyBytes.map { .stringConvertible($0) } ?? .string("streamed"),
            "duration_us": .stringConvertible(micros),
            "remote": .string(remote ?? "-"),
            "request_id": .string(requestID),
            "tls": .stringConvertible(tls),
        ])
    }
}
