/// Incremental, resumable parser for a request head (RFC 9112 §2-§5). It is fed the bytes of
/// the request so far (always starting at the request's first byte) and resumes where it
/// stopped, so each byte is examined once however the input is split. It records ranges only:
/// no allocation per request (the field table is reserved at `init`, grows only for a head
/// with more fields than ever before on the connection, and is reused).
public struct RequestHeadParser {
    public enum Result: Equatable, Sendable {
        case complete(RequestHead)
        case incomplete
        case invalid(HTTPStatus)
    }

    enum State: UInt8 {
        case start, startLF, method, target, version, requestLineLF
        case lineStart, name, valueOWS, value, valueLF, endLF
    }

    public let limits: HTTPLimits
    var state = State.start
    var pos = 0
    var methodStart = 0, methodEnd = 0, targetStart = 0, targetEnd = 0, versionStart = 0
    var nameStart = 0, nameEnd = 0, valueStart = 0, valueEnd = 0
    var versionIsHTTP = true
    /// What the field lines said so far (framing, persistence, where the known fields are).
    var facts = HeadFacts()
    let table: FieldTable

    /// The fields of the head parsed so far, valid until the next `parse` or `reset`.
    public var fields: UnsafeBufferPointer<FieldSpan> { table.spans }

    public init(limits: HTTPLimits) {
        self.limits = limits
        // Room for a typical head; a bigger one grows the table, which is then kept for the
        // connection's later requests (the whole limit would cost 1.6 KiB per idle connection).
        table = FieldTable(capacity: min(limits.maxHeaderCount, 16))
    }

    /// Ready for the next request; keeps the field table's storage.
    public mutating func reset() {
        state = .start
        pos = 0
        methodStart = 0
        facts = HeadFacts()
        table.removeAll()
    }

    /// True once a byte of a request line (not just leading empty lines) has been seen.
    public var hasRequestBytes: Bool { state != .start && state != .startLF }

    /// `bytes` starts at the request's first byte and grows between calls.
    public mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        // The usual case, a whole head in the first read: one straight scan (see `scanWhole`).
        if pos == 0 && state == .start, let result = scanWhole(bytes) { return result }
        let end = bytes.count
        let token = ByteClass.token, targetOK = ByteClass.target, fieldOK = ByteClass.fieldValue
        var i = pos
        defer { pos = i }
        while i < end {
            let b = bytes[i]
            if i - methodStart >= limits.maxHeadSize {
                // RFC 9112 §3: a too-long request-target gets 414; any other oversized head 431
                // (RFC 6585 §5).
                return .invalid(state == .target ? .uriTooLong : .headerFieldsTooLarge)
            }
            switch state {
            case .start:
                // RFC 9112 §2.2: ignore empty lines (CRLF) received before the request-line.
                if b == 0x0D { state = .startLF }
                else if token[Int(b)] { methodStart = i; state = .method }
                else { return .invalid(.badRequest) }
            case .startLF:
                guard b == 0x0A else { return .invalid(.badRequest) }  // bare CR (§2.2)
                state = .start
            case .method:
                // request-line = method SP request-target SP HTTP-version (§3); method = token.
                if token[Int(b)] { break }
                guard b == 0x20 else { return .invalid(.badRequest) }
                methodEnd = i
                targetStart = i + 1
                state = .target
            case .target:
                if targetOK[Int(b)] {
                    // Run through the rest of the target here rather than byte by byte
                    // through the switch: same checks, same verdicts (both limits give 414).
                    var j = i
                    while j < end && targetOK[Int(bytes[j])] {
                        if j - targetStart >= limits.maxTargetLength || j - methodStart >= limits.maxHeadSize {
                            return .invalid(.uriTooLong)
                        }
                        j += 1
                    }
                    i = j
                    continue
                }
                if b == 0x20 {
                    guard i > targetStart else { return .invalid(.badRequest) }
                    targetEnd = i
                    versionStart = i + 1
                    state = .version
                } else if b == 0x0D, i > targetStart {
                    // "GET /" CRLF: an HTTP/0.9 simple-request. We do not implement 0.9.
                    return .invalid(.notImplemented)
                } else {
                    // SP inside the target, raw UTF-8, controls (§3.2: no whitespace in a target).
                    return .invalid(.badRequest)
                }
            case .version:
                // The common case at once: "HTTP/1.x" CR, all within the head limit.
                if i == versionStart && end - i >= 9 && i + 9 - methodStart <= limits.maxHeadSize
                    && Self.isHTTP1x(bytes, i) {
                    state = .requestLineLF
                    i += 9
                    continue
                }
                if let verdict = versionStep(bytes, i, b) { return verdict }
            case .requestLineLF:
                guard b == 0x0A else { return .invalid(.badRequest) }
                state = .lineStart
            case .lineStart:
                if b == 0x0D { state = .endLF }
                else if token[Int(b)] { nameStart = i; state = .name }
                else {
                    // SP/HTAB here is obs-fold or whitespace after the start line: rejected
                    // (§5.2, §2.2). Bare LF, controls and separators are not a field-name.
                    return .invalid(.badRequest)
                }
            case .name:
                if token[Int(b)] {
                    var j = i + 1  // the rest of the name in one loop (431 past the head limit)
                    while j < end && token[Int(bytes[j])] {
                        if j - methodStart >= limits.maxHeadSize { return .invalid(.headerFieldsTooLarge) }
                        j += 1
                    }
                    i = j
                    continue
                }
                // §5.1: "No whitespace is allowed between the field name and colon"; a server
                // MUST reject such a request with 400.
                guard b == 0x3A else { return .invalid(.badRequest) }
                nameEnd = i
                state = .valueOWS
            case .valueOWS:
                // field-line = field-name ":" OWS field-value OWS (§5)
                if b == 0x20 || b == 0x09 { break }
                if b == 0x0D { valueStart = i; valueEnd = i; state = .valueLF; break }
                guard fieldOK[Int(b)] else { return .invalid(.badRequest) }
                valueStart = i
                valueEnd = i + 1
                state = .value
            case .value:
                if fieldOK[Int(b)] {
                    var j = i  // the rest of the value in one loop (431 past the head limit)
                    while j < end {
                        let c = bytes[j]
                        guard fieldOK[Int(c)] else { break }
                        if j - methodStart >= limits.maxHeadSize { return .invalid(.headerFieldsTooLarge) }
                        if c != 0x20 && c != 0x09 { valueEnd = j + 1 }  // trailing OWS is not value
                        j += 1
                    }
                    i = j
                    continue
                }
                // CR ends the line; LF alone, NUL, DEL and other controls are invalid (RFC 9110 §5.5).
                guard b == 0x0D else { return .invalid(.badRequest) }
                state = .valueLF
            case .valueLF:
                guard b == 0x0A else { return .invalid(.badRequest) }  // bare CR (§2.2)
                if table.count >= limits.maxHeaderCount { return .invalid(.headerFieldsTooLarge) }
                table.append(FieldSpan(nameStart: Int32(nameStart), nameEnd: Int32(nameEnd),
                                        valueStart: Int32(valueStart), valueEnd: Int32(valueEnd)))
                // §6.3 items 4-5: a malformed or repeated Content-Length is answered as soon as
                // its line ends (HeadFacts.note).
                guard facts.note(bytes, name: nameStart..<nameEnd, value: valueStart..<valueEnd,
                                 index: table.count - 1) else { return .invalid(.badRequest) }
                state = .lineStart
            case .endLF:
                guard b == 0x0A else { return .invalid(.badRequest) }
                i += 1
                return analyze(bytes, headEnd: i)
            }
            i += 1
        }
        return .incomplete
    }

    /// HTTP-version = "HTTP/" DIGIT "." DIGIT (§2.3), decided as early as possible.
    /// `versionIsHTTP` remembers whether the bytes so far spell a prefix of "HTTP/", so each
    /// byte is looked at once.
    private mutating func versionStep(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: UInt8) -> Result? {
        let k = i - versionStart
        if k == 0 { versionIsHTTP = true }
        // HTTP-name is case-sensitive "HTTP" (§2.3).
        let isHTTP = versionIsHTTP
        if b == 0x0D {
            guard k > 0 else { return .invalid(.badRequest) }
            guard isHTTP else {
                // Another protocol's request line (RTSP/1.0, ICE/1.0): not something we implement.
                return .invalid(.notImplemented)
            }
            guard k == 8 else { return .invalid(.badRequest) }
            state = .requestLineLF
            return nil
        }
        if k < 5 && isHTTP && b != Self.httpSlash(k) { versionIsHTTP = false }
        if !isHTTP || k < 5 {
            // Still possibly "HTTP/", or another protocol name: visible ASCII only, bounded.
            guard ByteClass.target[Int(b)], k < 16 else { return .invalid(.badRequest) }
            return nil
        }
        switch k {
        case 5:
            guard b >= 0x30 && b <= 0x39 else { return .invalid(.badRequest) }
            // RFC 9110 §6.2 / §15.6.6: a major version we do not speak gets 505 (HTTP/2+, 0.x).
            if b != 0x31 { return .invalid(.versionNotSupported) }
        case 6:
            guard b == 0x2E else { return .invalid(.badRequest) }
        case 7:
            guard b >= 0x30 && b <= 0x39 else { return .invalid(.badRequest) }
        default:
            return .invalid(.badRequest)
        }
        return nil
    }

    /// "HTTP/1." DIGIT CR at `i` (the caller checked that 9 bytes are there).
    @inline(__always) static func isHTTP1x(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i] == 0x48 && b[i + 1] == 0x54 && b[i + 2] == 0x54 && b[i + 3] == 0x50 && b[i + 4] == 0x2F
            && b[i + 5] == 0x31 && b[i + 6] == 0x2E && b[i + 7] >= 0x30 && b[i + 7] <= 0x39 && b[i + 8] == 0x0D
    }

    /// The k-th byte of "HTTP/".
    @inline(__always) static func httpSlash(_ k: Int) -> UInt8 {
        switch k {
        case 0: 0x48
        case 1, 2: 0x54
        case 3: 0x50
        default: 0x2F
        }
    }

    /// The semantic checks of a complete head (§3.2, §6, §9.3), over what the field lines
    /// said (`facts`, gathered as each line ended).
    func analyze(_ bytes: UnsafeBufferPointer<UInt8>, headEnd: Int) -> Result {
        var head = RequestHead()
        head.method = methodStart..<methodEnd
        head.target = targetStart..<targetEnd
        head.length = headEnd
        // HTTP/1.x with x > 1 is served as 1.1 (RFC 9110 §6.2: same major version).
        head.version = bytes[versionStart + 7] == 0x30 ? .http10 : .http11
        head.expectContinue = facts.expectContinue

        // §3.2: "A server MUST respond with a 400 to any HTTP/1.1 request message that lacks a
        // Host header field and to any request message that contains more than one Host."
        if facts.hostCount > 1 || (facts.hostCount == 0 && head.version == .http11) { return .invalid(.badRequest) }
        if facts.teSeen {
            // §6.1: CL + TE together is a smuggling vector; we reject rather than guess.
            // Transfer-Encoding in HTTP/1.0 is faulty framing (§6.1): 400 and close.
            if facts.lengthCount > 0 || head.version == .http10 { return .invalid(.badRequest) }
            // §6.1: a coding we do not understand → 501.
            if facts.teUnknown { return .invalid(.notImplemented) }
            // §6.3 item 4: chunked must be present, once, and final; otherwise 400.
            if facts.teCodings == 0 || facts.chunkedCount != 1 || !facts.lastIsChunked { return .invalid(.badRequest) }
            // Known codings under chunked (gzip, ...) are not decoded by us.
            if facts.teOther { return .invalid(.notImplemented) }
            head.framing = .chunked
        } else if facts.lengthCount > 0 {
            // §6.3 item 5: one valid Content-Length (a second or malformed one was a 400
            // when its line ended).
            head.framing = facts.contentLength > 0 ? .length(facts.contentLength) : .none
        }

        if !KnownMethods.isKnown(bytes, head.method) { return .invalid(.notImplemented) }
        head.isConnect = head.method.count == 7 && KnownMethods.same(UnsafeBufferPointer(rebasing: bytes[head.method]), "CONNECT")

        // §9.3: 1.1 persists unless "close"; 1.0 only with "keep-alive".
        head.keepAlive = facts.close ? false : (head.version == .http11 ? true : facts.keepAlive)
        return .complete(head)
    }
}
