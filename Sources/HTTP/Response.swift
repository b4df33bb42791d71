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

/// Minimal JSON string escaping for engine-made bodies (RFC 8259 §7).
public enum JSONText {
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
