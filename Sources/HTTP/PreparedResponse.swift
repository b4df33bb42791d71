/// A response encoded once and replayed many times: the head split around the Date value
/// (the only field that changes between replays), and the body. Replaying one costs a few
/// reference-count operations and no allocation: the engine queues the four arrays as they
/// are (head before Date, the loop's current Date text, head after Date, body) for one writev.
///
/// Only keep-alive HTTP/1.1 answers are prepared: the framing (Content-Length, no Connection
/// field) is fixed at preparation, so the engine replays one only when it would have encoded
/// exactly these bytes itself (see `ConnectionMachine.cachedResponder`).
public final class PreparedResponse: @unchecked Sendable {
    public let headBeforeDate: [UInt8]
    public let headAfterDate: [UInt8]
    public let body: [UInt8]
    /// The handler's own label for this answer (APIHandler: the route, for its metrics when
    /// the engine replays it again without asking, see `ReplayEpoch.repeats`).
    public let tag: Int
    /// The answer's status code (for access logs of replayed requests).
    public let status: Int
    /// The three arrays' storage, taken once: they are never mutated and live as long as
    /// `self`, so a replay fills its writev vector without touching the arrays (no retain,
    /// no uniqueness or bounds check). Nil for an empty array.
    public let headBeforeBase: UnsafeRawPointer?
    public let headAfterBase: UnsafeRawPointer?
    public let bodyBase: UnsafeRawPointer?

    /// Encodes `response` as `ResponseEncoder` would for a keep-alive HTTP/1.1 GET. Nil when
    /// it cannot be replayed byte for byte: a streamed body, or a handler-set Date field.
    public init?(_ response: Response, tag: Int = 0) {
        guard case .bytes = response.body else { return nil }
        // NUL never survives in an encoded head (the encoder sanitises handler fields), so a
        // NUL-filled stand-in for the date marks where the Date value goes unambiguously.
        let marker = [UInt8](repeating: 0, count: 29)
        let encoded = ResponseEncoder.encode(response, isHead: false, version: .http11, keepAlive: true, date: marker)
        guard encoded.keepAlive, encoded.stream == nil,
              let at = Self.find(marker, in: encoded.head) else { return nil }
        // The engine writes "Date: " itself (a handler-set Date is refused above), so the part
        // before the value ends with it; an inserted field goes just before (ReplayObservation).
        guard at >= Self.dateName.count, encoded.head[(at - Self.dateName.count)..<at].elementsEqual(Self.dateName) else { return nil }
        headBeforeDate = Array(encoded.head[..<at])
        headAfterDate = Array(encoded.head[(at + marker.count)...])
        self.body = encoded.body
        self.tag = tag
        status = response.status.code
        headBeforeBase = Self.base(headBeforeDate)
        headAfterBase = Self.base(headAfterDate)
        bodyBase = Self.base(body)
    }

    static let dateName: [UInt8] = Array("Date: ".utf8)

    private static func base(_ a: [UInt8]) -> UnsafeRawPointer? {
        a.isEmpty ? nil : a.withUnsafeBytes { UnsafeRawPointer($0.baseAddress!) }
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
        return nil
    }

    /// The bytes sent for `date` (tests compare them with `ResponseEncoder.encode`).
    public func bytes(date: [UInt8], isHead: Bool) -> [UInt8] {
        headBeforeDate + date + headAfterDate + (isHead ? [] : body)
    }
}

/// A parsed request head before any String is made: the method, the raw target bytes and
/// the field table, valid only during the `CachedResponder` call (they point into the
/// connection's read buffer).
public struct RequestHeadView {
    public let method: HTTPMethod
    /// The request-target exactly as sent; always origin-form ("/path?query") here.
    public let target: UnsafeBufferPointer<UInt8>
    let bytes: UnsafeBufferPointer<UInt8>
    let fields: UnsafeBufferPointer<FieldSpan>
    /// Where the parser found the first field of each known kind.
    let facts: HeadFacts

    /// The value (OWS trimmed) of the first field named `lowercaseName` (ASCII case-insensitive,
    /// RFC 9110 §5.1), or nil. Like `HTTPHeaders[name]`, later fields of the name are ignored.
    public func first(_ lowercaseName: StaticString) -> UnsafeBufferPointer<UInt8>? {
        for f in fields where bytes.equalsLowercase(f.name, lowercaseName) {
            return UnsafeBufferPointer(rebasing: bytes[f.value])
        }
        return nil
    }

    /// True when a field named `lowercaseName` is present.
    public func has(_ lowercaseName: StaticString) -> Bool { first(lowercaseName) != nil }

    /// The value (OWS trimmed) of the first field of a known kind, or nil: the same as
    /// `first` with that name, without searching (the parser noted where it is).
    @inline(__always)
    public func first(_ kind: KnownField) -> UnsafeBufferPointer<UInt8>? {
        guard let i = facts.first(kind) else { return nil }
        let f = fields[i]
        return UnsafeBufferPointer(start: bytes.baseAddress! + Int(f.valueStart), count: Int(f.valueEnd - f.valueStart))
    }

    /// True when a field of that kind is present.
    @inline(__always)
    public func has(_ kind: KnownField) -> Bool { facts.first(kind) != nil }
}

/// An optional refinement of `HTTPHandler`: answers a request from a prepared response before
/// the engine builds a `Request` (Strings for the target and every field). The engine asks it
/// only for a bodiless GET or HEAD with an origin-form target on a connection that stays open
/// (HTTP/1.1, no `Connection: close`, not draining, under the per-connection request limit);
/// nil sends the request down the ordinary `respond(to:)` path. A handler must return only
/// what `respond(to:)` would have answered for the same request, byte for byte, and records
/// its own metrics for the requests it answers here. A class (`AnyObject`): the engine holds
/// it as an existential, which for a class is one reference (a struct's would be copied
/// through its value witnesses on every use).
public protocol CachedResponder: HTTPHandler, AnyObject {
    func cachedResponse(to head: RequestHeadView) -> PreparedResponse?

    /// Lets the engine skip even `cachedResponse(to:)`: while this epoch has not moved, the
    /// answer given for a request stays the answer for a byte-identical request, so a
    /// connection that receives exactly the bytes of its last replayed request again replays
    /// the same answer, counted in the epoch's tally by the answer's tag. Nil (the default):
    /// every eligible request is asked for. Read once per connection; the same object every time.
    var replayEpoch: ReplayEpoch? { get }

    /// What the engine must add to every replayed answer (an id field, an access-log record);
    /// nil (the default): nothing, the prepared bytes are the whole answer. Read once.
    var replayObservation: ReplayObservation? { get }
}

extension CachedResponder {
    public var replayEpoch: ReplayEpoch? { nil }
    public var replayObservation: ReplayObservation? { nil }
}
