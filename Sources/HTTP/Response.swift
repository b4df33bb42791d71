/// A source of body chunks for responses streamed with chunked transfer coding (RFC 9112 §7.1).
/// The engine pulls the next chunk only when the connection's output has room (backpressure);
/// `nil` ends the body.
public protocol BodyStream: AnyObject {
    func next() -> [UInt8]?
}

public enum ResponseBody {
    case empty
    case bytes([UInt8])
    case stream(any BodyStream)
}

/// What a handler returns. The engine adds Date, Server, Content-Length (or
/// Transfer-Encoding: chunked for streams) and Connection; handlers set the rest.
public struct Response {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: ResponseBody

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: ResponseBody = .empty) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An RFC 9457 problem document (`application/problem+json`).
    public static func problem(_ status: HTTPStatus, detail: String, type: String = "about:blank",
                               extra: [(String, String)] = []) -> Response {
        var json = "{\"type\":\(JSONText.quoted(type)),\"title\":\(JSONText.quoted(status.reason)),\"status\":\(status.code),\"detail\":\(JSONText.quoted(detail))"
        for (key, value) in extra { json += ",\(JSONText.quoted(key)):\(value)" }
        json += "}"
        var headers = HTTPHeaders()
        headers.add("Content-Type", "application/problem+json")
        return Response(status: status, headers: headers, body: .bytes(Array(json.utf8)))
    }
}

/// The one thing the engine asks of the application. Called on the connection's event-loop
/// thread after the whole request (head and body) has been read.
public protocol HTTPHandler: Sendable {
    func respond(to request: Request) -> Response
}

/// Minimal JSON string escaping for engine-made bodies and log lines (RFC 8259 §7).
public enum JSONText {
    /// `s` as a JSON string literal: quote, backslash and control characters escaped, all
    /// else as is. Works on the UTF-8 bytes (only ASCII bytes are ever escaped, and every
    /// other byte belongs to a scalar copied unchanged): a string with nothing to escape is
    /// one scan and one copy, instead of a String append per scalar (the access log quotes
    /// a dozen strings per line).
    public static func quoted(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            var escapes = 0
            for b in bytes where b < 0x20 || b == 0x22 || b == 0x5C { escapes += 1 }
            // At most 6 bytes per escaped byte ("\u001f").
            return String(unsafeUninitializedCapacity: bytes.count + 2 + escapes * 5) { out in
                var n = 0
                out[n] = 0x22; n += 1
                if escapes == 0 {
                    if let base = bytes.baseAddress, bytes.count > 0 {
                        UnsafeMutableRawPointer(out.baseAddress! + n).copyMemory(from: base, byteCount: bytes.count)
                    }
                    n += bytes.count
                } else {
                    for b in bytes {
                        switch b {
                        case 0x22: out[n] = 0x5C; out[n + 1] = 0x22; n += 2
                        case 0x5C: out[n] = 0x5C; out[n + 1] = 0x5C; n += 2
                        case 0x0A: out[n] = 0x5C; out[n + 1] = UInt8(ascii: "n"); n += 2
                        case 0x0D: out[n] = 0x5C; out[n + 1] = UInt8(ascii: "r"); n += 2
                        case 0x09: out[n] = 0x5C; out[n + 1] = UInt8(ascii: "t"); n += 2
                        case ..<0x20:
                            let hex: StaticString = "0123456789abcdef"
                            out[n] = 0x5C; out[n + 1] = UInt8(ascii: "u"); out[n + 2] = 0x30; out[n + 3] = 0x30
                            out[n + 4] = hex.utf8Start[Int(b >> 4)]
                            out[n + 5] = hex.utf8Start[Int(b & 0xF)]
                            n += 6
                        default:
                            out[n] = b; n += 1
                        }
                    }
                }
                out[n] = 0x22; n += 1
                return n
            }
        }
    }
}
