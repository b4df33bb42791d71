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
        out.reserveCapacity(320)
        out.append(contentsOf: "HTTP/1.1 ".utf8)
        appendDecimal(code, to: &out)
        out.append(0x20)
        appendBytes(response.status.reason, to: &out)
        appendCRLF(to: &out)

        var hasDate = false, hasServer = false
        var handlerLength: String?
        for (name, value) in response.headers {
            // The framing fields and Date/Server by length first: most names match none.
            switch name.utf8.count {
            case 14 where HTTPHeaders.equalNames(name, "content-length"): handlerLength = value; continue
            case 17 where HTTPHeaders.equalNames(name, "transfer-encoding"): continue
            case 10 where HTTPHeaders.equalNames(name, "connection"): continue
            case 4 where HTTPHeaders.equalNames(name, "date"): hasDate = true
            case 6 where HTTPHeaders.equalNames(name, "server"): hasServer = true
            default: break
            }
            // Never let a CR or LF from the application split the head (response splitting).
            appendSanitized(name, to: &out)
            out.append(0x3A); out.append(0x20)
            appendSanitized(value, to: &out)
            appendCRLF(to: &out)
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
        appendDecimal(n, to: &out)
        appendCRLF(to: &out)
    }

    @inline(__always)
    private static func appendCRLF(to out: inout [UInt8]) {
        out.append(0x0D); out.append(0x0A)
    }

    /// `n` (not negative) in decimal, without making a String.
    static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any Int
        var v = UInt(max(n, 0))
        withUnsafeMutableBytes(of: &digits) { d in
            var i = d.count
            repeat {
                i -= 1
                d[i] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
            } while v > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[i...]))
        }
    }

    /// The string's bytes in one copy.
    private static func appendBytes(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// True when no byte is CR, LF or NUL: eight bytes per step (the "has a zero byte" test
    /// on the word XORed with each pattern), the rest one by one.
    static func isClean(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let raw = UnsafeRawBufferPointer(p)
        var i = 0
        while i + 8 <= p.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if hasZero(w) || hasZero(w ^ (ones &* 0x0D)) || hasZero(w ^ (ones &* 0x0A)) { return false }
            i += 8
        }
        while i < p.count {
            let b = p[i]
            if b == 0x0D || b == 0x0A || b == 0 { return false }
            i += 1
        }
        return true
    }

    /// The string's bytes with CR, LF and NUL made spaces: one scan, then one bulk copy when
    /// there are none (always, for what the API sets), byte by byte otherwise.
    private static func appendSanitized(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { p in
            if isClean(p) {
                out.append(contentsOf: p)
            } else {
                for b in p { out.append(b == 0x0D || b == 0x0A || b == 0 ? 0x20 : b) }
            }
        }
    }
}
