/// HTTP protocol version of a request; only 1.0 and 1.1 are served (2+ is answered 505).
public enum HTTPVersion: Equatable, Sendable {
    case http10, http11

    public var text: String { self == .http10 ? "HTTP/1.0" : "HTTP/1.1" }
}

/// A complete request as handed to a handler: head parsed and body read (de-chunked) in full.
public struct Request: Sendable {
    public var method: HTTPMethod
    /// The request-target as sent (origin-form: "/path?query").
    public var target: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// "ip:port" of the peer, when known.
    public var remoteAddress: String?
    /// True when the request arrived over TLS.
    public var isSecure: Bool

    public init(method: HTTPMethod, target: String, version: HTTPVersion = .http11,
                headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [],
                remoteAddress: String? = nil, isSecure: Bool = false) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
        self.isSecure = isSecure
    }

    /// The path part of the target (before "?"), still percent-encoded.
    public var path: Substring {
        if let q = target.firstIndex(of: "?") { return target[..<q] }
        return target[...]
    }

    /// The query part of the target (after "?"), without the "?"; empty when absent.
    public var query: Substring {
        if let q = target.firstIndex(of: "?") { return target[target.index(after: q)...] }
        return target[target.endIndex...]
    }
}
