/// Turns a handler's `Response` into wire bytes (RFC 9112 §4, §6). The engine owns framing:
/// it writes Content-Length or chunked, Connection, Date and Server, and drops any framing
/// fields a handler set, so a handler can never desynchronise the connection.
public enum ResponseEncoder {
    /// What to send for one response: the head, then either fixed bytes or a stream to pull.
    public struct Encoded {
        public var head: [UInt8]
        public var body: [UInt8]
        /// Pull chunks from this while the output has room; `chunked` says how to frame them.
        public var stream: (any BodyStream)?
        public var chunked: Bool
        /// False when the encoder had to force a close (stream to an HTTP/1.0 client).
        public var keepAlive: Bool
    }

    public static let continueHead: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
    public static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

    /// - Parameters:
    ///   - isHead: the request was HEAD: same head as GET (same Content-Length), no body (RFC 9110 §9.3.2).
    ///   - version: the request's version (a 1.0 client gets `Connection: keep-alive` when kept).
    public static func encode(_ response: Response, isHead: Bool, version: HTTPVersion,
                              keepAlive: Bool, date: [UInt8]) -> Encoded {
        let code = response.status.code
        // RFC 9110 §6.4.1: 1xx, 204 and 304 never have content.
        let bodyless = code < 200 || code == 204 || code == 304
        var keep = keepAlive
        var out: [UInt8] = []
        out.reserveCapacity(256)
        out.append(contentsOf: "HTTP/1.1 ".utf8)
        out.append(contentsOf: String(code).utf8)
        out.append(0x20)
        out.append(contentsOf: response.status.reason.utf8)
        out.append(contentsOf: "\r\n".utf8)

        var hasDate = false, hasServer = false
        var handlerLength: String?
        for (name, value) in response.headers {
            if HTTPHeaders.equalNames(name, "content-length") { handlerLength = value; continue }
            if HTTPHeaders.equalNames(name, "transfer-encoding") || HTTPHeaders.equalNames(name, "connection") {
                continue
            }
            if HTTPHeaders.equalNames(name, "date") { hasDate = true }
            if HTTPHeaders.equalNames(name, "server") { hasServer = true }
            // Never let a CR or LF from the application split the head (response splitting).
            appendSanitized(name, to: &out)
            out.append(contentsOf: ": ".utf8)
            appendSanitized(value, to: &out)
            out.append(contentsOf: "\r\n".utf8)
        }
        if !hasDate {
            out.append(contentsOf: "Date: ".utf8)
            out.append(contentsOf: date)
            out.append(contentsOf: "\r\n".utf8)
        }
        if !hasServer { out.append(contentsOf: "Server: parley\r\n".utf8) }

        var body: [UInt8] = []
        var stream: (any BodyStream)?
        var chunked = false
        if !bodyless {
            switch response.body {
            case .empty:
                // HEAD may carry the GET representation's length from the handler.
                let n = isHead ? (handlerLength.flatMap { Int($0) } ?? 0) : 0
                appendLength(n, to: &out)
            case .bytes(let bytes):
                appendLength(bytes.count, to: &out)
                if !isHead { body = bytes }
            case .stream(let s):
                if version == .http11 {
                    out.append(contentsOf: "Transfer-Encoding: chunked\r\n".utf8)
                    chunked = true
                } else {
                    // HTTP/1.0 has no chunked coding: the body is delimited by closing (RFC 9112 §6.3 item 8).
                    keep = false
                }
                if !isHead { stream = s }
            }
        } else if code == 304, let n = handlerLength {
            // RFC 9110 §8.6: a 304 may carry the length the 200 would have had.
            out.append(contentsOf: "Content-Length: ".utf8)
            appendSanitized(n, to: &out)
            out.append(contentsOf: "\r\n".utf8)
        }
        if !keep {
            out.append(contentsOf: "Connection: close\r\n".utf8)
        } else if version == .http10 {
            out.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        out.append(contentsOf: "\r\n".utf8)
        return Encoded(head: out, body: body, stream: stream, chunked: chunked, keepAlive: keep)
    }

    /// The engine's own error answer: an RFC 9457 problem document, always closing.
    public static func encodeError(_ status: HTTPStatus, detail: String, date: [UInt8]) -> Encoded {
        encode(.problem(status, detail: detail), isHead: false, version: .http11, keepAlive: false, date: date)
    }

    /// One chunk of a chunked body: size in hex, CRLF, data, CRLF (RFC 9112 §7.1).
    public static func chunk(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count + 12)
        out.append(contentsOf: String(data.count, radix: 16).utf8)
        out.append(contentsOf: "\r\n".utf8)
        out.append(contentsOf: data)
        out.append(contentsOf: "\r\n".utf8)
        return out
    }

    private static func appendLength(_ n: Int, to out: inout [UInt8]) {
        out.append(contentsOf: "Content-Length: ".utf8)
        out.append(contentsOf: String(n).utf8)
        out.append(contentsOf: "\r\n".utf8)
    }

    private static func appendSanitized(_ s: String, to out: inout [UInt8]) {
        for b in s.utf8 { out.append(b == 0x0D || b == 0x0A || b == 0 ? 0x20 : b) }
    }
}
