/// Where one header field lies in the connection buffer, relative to the request's first
/// byte. Name and value are ranges, so parsing makes no String (DESIGN.md §1 rules).
public struct FieldSpan: Equatable, Sendable {
    public var nameStart: Int32
    public var nameEnd: Int32
    public var valueStart: Int32
    public var valueEnd: Int32

    public var name: Range<Int> { Int(nameStart)..<Int(nameEnd) }
    public var value: Range<Int> { Int(valueStart)..<Int(valueEnd) }
}

/// How the body of a request is delimited (RFC 9112 §6.3).
public enum BodyFraming: Equatable, Sendable {
    case none
    case length(Int)
    case chunked
}

/// The meaning of a complete, syntactically valid request head: offsets into the buffer plus
/// the few facts the engine acts on. Made without allocating.
public struct RequestHead: Equatable, Sendable {
    public var method: Range<Int> = 0..<0
    public var target: Range<Int> = 0..<0
    public var version: HTTPVersion = .http11
    public var framing: BodyFraming = .none
    /// What the client asked for (RFC 9112 §9.3): 1.1 unless `close`, 1.0 only with `keep-alive`.
    public var keepAlive = true
    public var expectContinue = false
    public var isConnect = false
    /// Bytes from the request's first byte through the blank line that ends the head.
    public var length = 0

    public init() {}
}
