#if canImport(Glibc)
import Glibc
#endif

/// The life of one HTTP/1.1 connection as a state machine with no sockets: bytes go into
/// `buffer`, `next()` says what to do. The event loop (or a test) repeats `next()` until
/// `.needMore`, sending what it is told in order, which gives in-order pipelining for free:
/// the next request is not even parsed until the previous one was dispatched.
///
/// A request's body is read (or its framing found broken) in full before it is dispatched,
/// so a well-formed request to an unknown path gets its 404 only after its body, and every
/// framing error becomes a rejection. Every rejection ends the connection (RFC 9112 §9.6
/// recommends closing after errors that leave framing in doubt; we always do).
public final class ConnectionMachine {
    public enum Action {
        /// Nothing to do until more bytes arrive.
        case needMore
        /// Send "HTTP/1.1 100 Continue" now (RFC 9110 §10.1.1), then call `next()` again.
        case sendContinue
        /// Answer this request; `keepAlive` false means close after the response.
        case dispatch(Request, keepAlive: Bool)
        /// Send this prepared response (the connection stays open; `isHead`: no body bytes).
        /// Only with a `cachedResponder`, which answered before any `Request` was built.
        case replay(PreparedResponse, isHead: Bool)
        /// Answer with this error status and `Connection: close`, then close.
        case reject(HTTPStatus)
        /// Close without answering (the peer ended between requests).
        case close
    }

    public enum Phase: Equatable, Sendable {
        /// Between requests (keep-alive idle): the idle timer applies.
        case idle
        /// Inside a request head: the head deadline applies.
        case head
        /// Reading a body.
        case body
        /// No more requests on this connection.
        case closed
    }

    public let limits: HTTPLimits
    public let buffer: InputBuffer
    public var remoteAddress: String?
    public var isSecure = false
    public private(set) var requestCount = 0
    /// Asked first for eligible requests (see `CachedResponder`); nil: every request is
    /// dispatched as a `Request`.
    public var cachedResponder: (any CachedResponder)? {
        didSet {
            replayEpochOwner = cachedResponder?.replayEpoch
            replayEpoch = replayEpochOwner
            replayObservation = cachedResponder?.replayObservation
            responderRef = cachedResponder
            epochTags = replayEpochOwner?.tags ?? 0
            observed = replayObservation != nil
            logsReplays = replayObservation?.log != nil
            memoLength = 0
            memoPrepared = nil
        }
    }
    /// Alias of `cachedResponder`, and what its observation asks for, read per lookup without
    /// the retain and release (and the optional unwrapping) a strong read costs.
    private unowned(unsafe) var responderRef: (any CachedResponder)?
    private var observed = false
    /// `replayEpoch.tags`, constant for the epoch's life.
    private var epochTags = 0
    private var logsReplays = false

    /// The last request answered by replay, byte for byte (`memoLength` 0: none), its answer
    /// and the responder's epoch when it answered. While the epoch holds, the same bytes get
    /// the same answer (see `CachedResponder.replayEpoch`), so a repeat is recognised with one
    /// memcmp instead of parsing the head and looking the answer up again.
    ///
    /// The memo starts at 256 bytes (wrk's and curl's heads fit) and grows, once per
    /// connection, for a longer replayed head up to `maxMemoCapacity`: a browser's head is
    /// 400-700 bytes without cookies. Longer heads are still replayed, just not repeated
    /// unasked, nor replayed at all while logging (the log's target is read from the memo).
    static let maxMemoCapacity = 1024
    private var memoCapacity = 256
    private var memo = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    private var memoLength = 0
    private var memoPrepared: PreparedResponse? {
        didSet { memoPreparedRef = memoPrepared }
    }
    private var memoIsHead = false
    private var memoTag = 0
    private var memoEpoch: UInt64 = 0
    private var replayEpochOwner: ReplayEpoch?
    /// The responder's `replayObservation`: when set the engine adds an id, and when it logs,
    /// a replayed request's head must fit the memo (the log's target is read from there).
    public private(set) var replayObservation: ReplayObservation?
    private var memoTargetStart = 0, memoTargetEnd = 0
    /// Aliases of `memoPrepared` and `replayEpochOwner`, which keep the objects alive: read
    /// per repeat without the retain and release a strong optional read costs.
    private unowned(unsafe) var memoPreparedRef: PreparedResponse?
    private unowned(unsafe) var replayEpoch: ReplayEpoch?

    var parser: RequestHeadParser
    var chunked: ChunkedDecoder
    var inBody = false
    var closed = false
    var draining = false
    var pending = Request(method: .get, target: "")
    var keepAlive = true
    var framing = BodyFraming.none
    var remaining = 0
    var continuePending = false

    /// - Parameter bufferCapacity: the read buffer's initial size; it grows up to a whole head
    ///   at the limit plus one read's worth (bodies are moved out of the buffer as they arrive,
    ///   so they never need more).
    public init(limits: HTTPLimits, bufferCapacity: Int = 4096) {
        self.limits = limits
        buffer = InputBuffer(capacity: bufferCapacity, maxCapacity: limits.maxHeadSize + 16 * 1024)
        parser = RequestHeadParser(limits: limits)
        chunked = ChunkedDecoder(limits: limits)
    }

    deinit { memo.deallocate() }

    public var phase: Phase {
        if closed { return .closed }
        if inBody { return .body }
        // `parser.state` rather than `parser.hasRequestBytes`: the computed property made the
        // compiler copy the whole parser (fields table included) on every call.
        return parser.state != .start && parser.state != .startLF ? .head : .idle
    }

    /// Graceful shutdown: the request in progress (if any) is answered with
    /// `Connection: close`, and no other request is read.
    public func stopAfterCurrentRequest() { draining = true }

    /// Stops parsing for good (timeouts, shutdown): later input is ignored.
    public func abandon() {
        closed = true
        inBody = false
        buffer.clear()
    }

    /// Copies bytes in (tests, TLS); returns how many fitted. Sockets read into
    /// `buffer.writableTail` directly.
    @discardableResult
    public func feed(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if closed { return bytes.count }  // after the last request, input is ignored
        return buffer.append(bytes)
    }

    /// Makes room before a read: compacts when the free tail is small; grows when full, or
    /// when the last read filled all the room it was given (the peer has more queued:
    /// pipelined requests), doubling up to `readAheadCapacity`. A connection grows a few times
    /// in its life at most, never per request, and an idle one keeps its small start.
    public func prepareForRead() {
        if lastReadFilledRoom && buffer.capacity < Self.readAheadCapacity { growAfterFilledRead(); return }
        buffer.compact(ifFreeBelow: min(2048, buffer.capacity / 4))
        if buffer.writableCount == 0 { buffer.reserveFree(buffer.capacity) }
    }

    /// Out of line: the per-read path above stays small enough to inline what it calls.
    @inline(never)
    private func growAfterFilledRead() {
        lastReadFilledRoom = false
        buffer.grow()
    }

    /// Commits `count` bytes read into `buffer.writableTail` (`offered`: the tail's size), and
    /// notes whether the read filled it. One call per read; inlinable into the loop's module.
    @inlinable
    public func commitRead(_ count: Int, offered: Int) {
        buffer.commit(count)
        lastReadFilledRoom = count == offered
    }

    @usableFromInline var lastReadFilledRoom = false
    /// How far a full read grows the buffer without a head needing it: 16 KiB holds a
    /// pipelined burst of browser-sized heads.
    static let readAheadCapacity = 16 * 1024

    /// - Parameter repeatChecked: the caller has just called `takeRepeat()`, which said no;
    ///   nothing changed since, so it is not asked again (a second memcmp per request).
    public func next(repeatChecked: Bool = false) -> Action {
        if closed { buffer.clear(); return .needMore }
        if !inBody {
            if buffer.readableCount == 0 { return .needMore }
            if !repeatChecked, memoLength > 0, takeRepeat() { return .replay(memoPrepared!, isHead: memoIsHead) }
            switch parser.parse(buffer.readable) {
            case .incomplete:
                return .needMore
            case .invalid(let status):
                return reject(status)
            case .complete(let head):
                if let prepared = replay(head) { return prepared }
                if let status = startBody(head) { return reject(status) }
            }
            // RFC 9110 §10.1.1: a server that receives 100-continue in an HTTP/1.1 request
            // sends 100 before reading the body, unless the body is already arriving.
            if continuePending {
                continuePending = false
                if buffer.readableCount == 0 { return .sendContinue }
            }
        }
        return readBody()
    }

    /// The peer finished sending (EOF / half-close).
    public func endOfInput() -> Action {
        if closed { return .close }
        // A request cut short by EOF is incomplete: a rejection, not a guess (RFC 9112 §8).
        if inBody || parser.hasRequestBytes { return reject(.badRequest) }
        closed = true
        buffer.clear()
        return .close
    }

    private func reject(_ status: HTTPStatus) -> Action {
        closed = true
        inBody = false
        buffer.clear()
        return .reject(status)
    }

    /// The fast path: a bodiless GET/HEAD on a connection that stays open, answered by the
    /// cached responder from the raw head, with no String made. Mirrors `startBody` and
    /// `readBody` for that case (request count, keep-alive), so the two paths agree.
    private func replay(_ head: RequestHead) -> Action? {
        guard let responder = responderRef, head.framing == .none, head.version == .http11,
              head.keepAlive, !head.expectContinue, !draining,
              requestCount + 1 < limits.maxRequestsPerConnection else { return nil }
        let bytes = buffer.readable
        // GET or HEAD (case-sensitive, RFC 9110 §9.1), told from the bytes: comparing
        // HTTPMethod values (an enum with a String case) costs outlined copies.
        let name = UnsafeBufferPointer(rebasing: bytes[head.method])
        let isHead: Bool
        if name.count == 3 && KnownMethods.same(name, "GET") { isHead = false }
        else if name.count == 4 && KnownMethods.same(name, "HEAD") { isHead = true }
        else { return nil }
        let method: HTTPMethod = isHead ? .head : .get
        // Origin-form only: absolute-form changes the Host the handler sees (RFC 9112 §3.2.2).
        guard bytes[head.target.lowerBound] == UInt8(ascii: "/") else { return nil }
        // A logged replay is logged with its target, kept in the memo: it must fit there.
        if head.length > Self.maxMemoCapacity && logsReplays { return nil }
        let view = RequestHeadView(method: method, target: UnsafeBufferPointer(rebasing: bytes[head.target]),
                                   bytes: bytes, fields: parser.fields, facts: parser.facts)
        // Read before asking: an answer given across an epoch change is remembered as stale.
        let epoch = replayEpoch.map { e in Unmanaged.passUnretained(e)._withUnsafeGuaranteedRef { $0.current } }
        guard let prepared = responder.cachedResponse(to: view) else { return nil }
        if head.length <= Self.maxMemoCapacity && (epoch != nil || observed) {
            if head.length > memoCapacity { growMemo(to: head.length) }
            memo.update(from: bytes.baseAddress!, count: head.length)
            memoTargetStart = head.target.lowerBound
            memoTargetEnd = head.target.upperBound
            // Repeats only with an epoch, and for tags it tallies.
            let repeatable = epoch != nil && prepared.tag >= 0 && prepared.tag < epochTags
            memoLength = repeatable ? head.length : 0
            memoPrepared = prepared
            memoTag = prepared.tag
            memoIsHead = isHead
            memoEpoch = epoch ?? 0
        }
        buffer.consume(head.length)
        parser.reset()
        requestCount += 1
        return .replay(prepared, isHead: isHead)
    }

    /// Room for a head of `length` bytes (at most `maxMemoCapacity`); the old contents are
    /// about to be replaced.
    private func growMemo(to length: Int) {
        var capacity = memoCapacity
        while capacity < length { capacity *= 2 }
        memo.deallocate()
        memo = .allocate(capacity: min(capacity, Self.maxMemoCapacity))
        memoCapacity = min(capacity, Self.maxMemoCapacity)
        memoLength = 0
    }

    /// The engine's shortcut before `next()`: true when the unread input starts with exactly
    /// the bytes of the last replayed request and nothing that decided that replay has
    /// changed; the request is then consumed, and `repeatedResponse` / `repeatedIsHead` say
    /// what to send (valid until the next call of `next()`). Otherwise nothing happens.
    ///
    /// Why it is the same answer: the head is the same bytes, so it parses the same (it was
    /// valid, bodiless, keep-alive, origin-form); the responder's epoch is the same, so it
    /// answers the same; the per-connection conditions (request limit, draining) are checked
    /// again here. The parser must be at a request's first byte (not inside a head split
    /// across reads, which takes the parsed path).
    @inline(__always)
    public func takeRepeat() -> Bool {
        guard memoLength > 0, !inBody, !closed, parser.pos == 0, parser.state == .start,
              buffer.readableCount >= memoLength,
              memcmp(buffer.base + buffer.readIndex, memo, memoLength) == 0,
              let replayEpoch, replayEpoch.current == memoEpoch, !draining,
              requestCount + 1 < limits.maxRequestsPerConnection else { return false }
        buffer.consume(memoLength)
        requestCount += 1
        replayEpoch.countRepeat(tag: memoTag, isHead: memoIsHead)
        return true
    }

    /// The target of the last replayed request (a repeat's or a looked-up one's), when a
    /// `replayObservation` with a log is set; valid until the next `next()` or `takeRepeat()`.
    public var replayedTarget: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: memo + memoTargetStart, count: memoTargetEnd - memoTargetStart)
    }

    /// The answer to the request `takeRepeat()` just consumed.
    public var repeatedResponse: PreparedResponse { memoPreparedRef! }
    public var repeatedIsHead: Bool { memoIsHead }

    /// Builds the Request's strings from the head ranges (the one place parsing allocates),
    /// consumes the head and sets up body framing. Returns a status to reject with.
    private func startBody(_ head: RequestHead) -> HTTPStatus? {
        let bytes = buffer.readable
        func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
        // Field values may hold obs-text (RFC 9110 §5.5); ISO-8859-1 would be the faithful
        // reading, UTF-8 (with replacement) is what applications expect.
        var headers = HTTPHeaders(capacity: parser.fields.count + 1)  // + 1: a Host from absolute-form
        for f in parser.fields { headers.add(string(f.name), string(f.value)) }
        var target = string(head.target)
        if let (authority, originForm) = Self.splitAbsoluteForm(target) {
            // RFC 9112 §3.2.2: for an absolute-form target the origin server uses the target's
            // authority instead of Host. Handlers always see origin-form.
            target = originForm
            headers.set("Host", authority)
        }
        pending = Request(method: KnownMethods.method(bytes, head.method), target: target,
                          version: head.version, headers: headers, body: [],
                          remoteAddress: remoteAddress, isSecure: isSecure)
        buffer.consume(head.length)
        parser.reset()

        framing = head.framing
        switch framing {
        case .none: remaining = 0
        case .length(let n):
            // RFC 9110 §15.5.14: 413 for a body larger than we accept, decided from the
            // declared length before reading it.
            if n > limits.maxBodySize { return .contentTooLarge }
            remaining = n
            pending.body.reserveCapacity(n)
        case .chunked:
            chunked.reset()
        }
        requestCount += 1
        keepAlive = head.keepAlive && !head.isConnect && !draining
            && requestCount < limits.maxRequestsPerConnection
        continuePending = head.expectContinue && head.version == .http11 && framing != .none
        inBody = true
        return nil
    }

    /// "http://a.org:80/p?q" → ("a.org:80", "/p?q"); "http://a.org?q" → ("a.org", "/?q").
    /// Nil for anything that is not an http(s) absolute-form.
    static func splitAbsoluteForm(_ target: String) -> (String, String)? {
        guard let first = target.utf8.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "*") else { return nil }
        let lower = target.prefix(8).lowercased()
        let schemeLength: Int
        if lower.hasPrefix("http://") { schemeLength = 7 }
        else if lower.hasPrefix("https://") { schemeLength = 8 }
        else { return nil }
        let rest = target.dropFirst(schemeLength)
        let end = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = String(rest[..<end])
        var path = String(rest[end...])
        if !path.hasPrefix("/") { path = "/" + path }
        return (authority, path)
    }

    private func readBody() -> Action {
        switch framing {
        case .none:
            break
        case .length:
            let n = min(remaining, buffer.readableCount)
            if n > 0 {
                pending.body.append(contentsOf: UnsafeBufferPointer(rebasing: buffer.readable[0..<n]))
                buffer.consume(n)
                remaining -= n
            }
            if remaining > 0 { return .needMore }
        case .chunked:
            var consumed = 0
            let result = chunked.decode(buffer.readable, into: &pending.body, consumed: &consumed)
            buffer.consume(consumed)
            switch result {
            case .needMore: return .needMore
            case .invalid(let status): return reject(status)
            case .done: break
            }
        }
        inBody = false
        let request = pending
        pending = Request(method: .get, target: "")
        let keep = keepAlive && !draining
        if !keep {
            // Bytes after a request that ends the connection are not processed (§9.6).
            closed = true
            buffer.clear()
        }
        return .dispatch(request, keepAlive: keep)
    }
}
