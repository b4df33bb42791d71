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

        // First pass: which fields are sent, and how many bytes the head needs, so it is
        // written into one allocation of the right size with bulk copies (appending field by
        // field, byte by byte, was most of the cost of an ordinary response).
        var hasDate = false, hasServer = false
        var handlerLength: String?
        var size = 64 + response.status.reason.utf8.count + date.count
        response.headers.withUnsafeFields { fields in
            for i in fields.indices {
                switch Self.role(of: fields[i].name) {
                case .contentLength: handlerLength = fields[i].value; continue
                case .dropped: continue
                case .date: hasDate = true
                case .server: hasServer = true
                case .other: break
                }
                size += fields[i].name.utf8.count + fields[i].value.utf8.count + 4
            }
        }
        size += 64 + (handlerLength?.utf8.count ?? 0)  // Server, Content-Length, Connection

        var body: [UInt8] = []
        var stream: (any BodyStream)?
        var chunked = false
        var length: Int?  // the Content-Length to send
        if !bodyless {
            switch response.body {
            case .empty:
                // HEAD may carry the GET representation's length from the handler.
                length = isHead ? (handlerLength.flatMap { Int($0) } ?? 0) : 0
            case .bytes(let bytes):
                length = bytes.count
                if !isHead { body = bytes }
            case .stream(let s):
                if version == .http11 {
                    chunked = true
                } else {
                    // HTTP/1.0 has no chunked coding: the body is delimited by closing (RFC 9112 §6.3 item 8).
                    keep = false
                }
                if !isHead { stream = s }
            }
        }

        // Written on the stack (the heap beyond a few KiB), then copied into an array in
        // one append: `Array(unsafeUninitializedCapacity:)` allocates through the stdlib's
        // unspecialized path, which looks the storage type's metadata up at run time.
        var head: [UInt8] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { buffer in
            var w = HeadWriter(base: buffer.baseAddress!)
            w.literal("HTTP/1.1 ")
            w.decimal(code)
            w.byte(0x20)
            w.sanitized(response.status.reason)
            w.crlf()
            response.headers.withUnsafeFields { fields in
                for i in fields.indices {
                    switch Self.role(of: fields[i].name) {
                    case .contentLength, .dropped: continue
                    default: break
                    }
                    // Never let a CR or LF from the application split the head (response splitting).
                    w.sanitized(fields[i].name)
                    w.byte(0x3A); w.byte(0x20)
                    w.sanitized(fields[i].value)
                    w.crlf()
                }
            }
            if !hasDate {
                w.literal("Date: ")
                date.withUnsafeBufferPointer { w.bytes($0) }
                w.crlf()
            }
            if !hasServer { w.literal("Server: parley\r\n") }
            if let length {
                w.literal("Content-Length: ")
                w.decimal(length)
                w.crlf()
            } else if chunked {
                w.literal("Transfer-Encoding: chunked\r\n")
            } else if code == 304, let n = handlerLength {
                // RFC 9110 §8.6: a 304 may carry the length the 200 would have had.
                w.literal("Content-Length: ")
                w.sanitized(n)
                w.crlf()
            }
            if !keep {
                w.literal("Connection: close\r\n")
            } else if version == .http10 {
                w.literal("Connection: keep-alive\r\n")
            }
            w.crlf()
            precondition(w.count <= size)
            head.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<w.count]))
        }
        return Encoded(head: head, body: body, stream: stream, chunked: chunked, keepAlive: keep)
    }

    /// What the encoder does with a handler's field.
    private enum Role { case contentLength, dropped, date, server, other }

    /// By length first: most names match none of these.
    @inline(__always)
    private static func role(of name: String) -> Role {
        // The first letters differ among the five: most names are told apart without a compare.
        guard let first = name.utf8.first else { return .other }
        switch first | 0x20 {
        case UInt8(ascii: "c"), UInt8(ascii: "t"), UInt8(ascii: "d"), UInt8(ascii: "s"): break
        default: return .other
        }
        return switch name.utf8.count {
        case 14 where HTTPHeaders.equalNames(name, "content-length"): .contentLength
        case 17 where HTTPHeaders.equalNames(name, "transfer-encoding"): .dropped
        case 10 where HTTPHeaders.equalNames(name, "connection"): .dropped
        case 4 where HTTPHeaders.equalNames(name, "date"): .date
        case 6 where HTTPHeaders.equalNames(name, "server"): .server
        default: .other
        }
    }

    /// Writes a head into memory sized beforehand (see `encode`).
    private struct HeadWriter {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        @inline(__always) mutating func byte(_ b: UInt8) { base[count] = b; count += 1 }
        @inline(__always) mutating func crlf() { base[count] = 0x0D; base[count + 1] = 0x0A; count += 2 }

        mutating func bytes(_ p: UnsafeBufferPointer<UInt8>) {
            guard let from = p.baseAddress, p.count > 0 else { return }
            (base + count).update(from: from, count: p.count)
            count += p.count
        }

        mutating func literal(_ s: StaticString) {
            bytes(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        }

        /// `n` (not negative) in decimal.
        mutating func decimal(_ n: Int) {
            var v = UInt(max(n, 0)), digits = 1
            while v >= 10 { v /= 10; digits += 1 }
            v = UInt(max(n, 0))
            var i = count + digits
            repeat {
                i -= 1
                base[i] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
            } while v > 0
            count += digits
        }

        /// The string's bytes, CR, LF and NUL made spaces: one copy, then a check that finds
        /// none (always, for what the API sets) eight bytes at a time.
        mutating func sanitized(_ s: String) {
            var s = s  // withUTF8 is mutating (it would make a bridged string native); no copy here
            s.withUTF8 { p in
                let start = count
                bytes(p)
                let written = UnsafeMutableBufferPointer(start: base + start, count: p.count)
                if !ResponseEncoder.isClean(UnsafeBufferPointer(written)) {
                    for i in 0..<written.count where written[i] == 0x0D || written[i] == 0x0A || written[i] == 0 {
                        written[i] = 0x20
                    }
                }
            }
        }
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
}
