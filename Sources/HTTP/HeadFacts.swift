/// What the field lines of one request head say about framing and persistence (RFC 9112
/// §6, §9.3), gathered as each line ends (`note`), so the head is read once: the checks at
/// the blank line (`RequestHeadParser.analyze`) only look at these counts and flags. Also
/// where the first field of each `KnownField` kind is, for `RequestHeadView.first(_:)`.
struct HeadFacts {
    var hostCount = 0
    var lengthCount = 0
    var contentLength = 0
    var teSeen = false
    var teCodings = 0
    var chunkedCount = 0
    var lastIsChunked = false
    var teUnknown = false
    var teOther = false
    var close = false
    var keepAlive = false
    var expectContinue = false
    /// Index + 1 in the field table of the first field of each kind (0: none), by raw value.
    private var firstPlusOne: (Int16, Int16, Int16, Int16, Int16, Int16, Int16, Int16, Int16) = (0, 0, 0, 0, 0, 0, 0, 0, 0)

    /// The table index of the first field of that kind, or nil.
    @inline(__always)
    func first(_ kind: KnownField) -> Int? {
        let n: Int16
        switch kind {
        case .host: n = firstPlusOne.0
        case .contentLength: n = firstPlusOne.1
        case .transferEncoding: n = firstPlusOne.2
        case .connection: n = firstPlusOne.3
        case .expect: n = firstPlusOne.4
        case .accept: n = firstPlusOne.5
        case .acceptEncoding: n = firstPlusOne.6
        case .ifNoneMatch: n = firstPlusOne.7
        case .xRequestID: n = firstPlusOne.8
        }
        return n == 0 ? nil : Int(n) - 1
    }

    @inline(__always)
    private mutating func remember(_ kind: KnownField, _ index: Int) {
        let n = Int16(truncatingIfNeeded: index + 1)
        switch kind {
        case .host: if firstPlusOne.0 == 0 { firstPlusOne.0 = n }
        case .contentLength: if firstPlusOne.1 == 0 { firstPlusOne.1 = n }
        case .transferEncoding: if firstPlusOne.2 == 0 { firstPlusOne.2 = n }
        case .connection: if firstPlusOne.3 == 0 { firstPlusOne.3 = n }
        case .expect: if firstPlusOne.4 == 0 { firstPlusOne.4 = n }
        case .accept: if firstPlusOne.5 == 0 { firstPlusOne.5 = n }
        case .acceptEncoding: if firstPlusOne.6 == 0 { firstPlusOne.6 = n }
        case .ifNoneMatch: if firstPlusOne.7 == 0 { firstPlusOne.7 = n }
        case .xRequestID: if firstPlusOne.8 == 0 { firstPlusOne.8 = n }
        }
    }

    /// Takes in field `index` (its name, value OWS-trimmed, relative to `bytes`). False: the
    /// request is answered 400 now (a malformed or repeated Content-Length, see below).
    /// The field table never exceeds `HTTPLimits.maxHeaderCount`, far below Int16's range;
    /// a larger configured limit only makes `first` miss, never point at another field.
    @inline(__always)
    mutating func note(_ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>, value: Range<Int>, index: Int) -> Bool {
        guard let kind = KnownField.classify(bytes.baseAddress! + name.lowerBound, count: name.count) else { return true }
        return note(kind, bytes, value: value, index: index)
    }

    /// `note` for the first Host field: what `note(.host, ...)` does then.
    @inline(__always)
    mutating func noteFirstHost(index: Int) {
        hostCount = 1
        if index < Int(Int16.max) { firstPlusOne.0 = Int16(truncatingIfNeeded: index + 1) }
    }

    /// `note` for a field already recognised as `kind` (most fields are none: the scan
    /// classifies inline and calls this only for the few).
    mutating func note(_ kind: KnownField, _ bytes: UnsafeBufferPointer<UInt8>, value: Range<Int>, index: Int) -> Bool {
        if index < Int(Int16.max) { remember(kind, index) }
        switch kind {
        case .host:
            hostCount += 1
        case .contentLength:
            // RFC 9112 §6.3 item 5 and RFC 9110 §8.6: Content-Length = 1*DIGIT. Lists, signs,
            // inner spaces, empty values and repeated fields (even equal ones) are 400,
            // answered as soon as the line ends, not at the blank line, so a client that stops
            // sending there (or cannot half-close, as over TLS) still gets its 400 at once.
            guard lengthCount == 0, let n = Self.contentLength(bytes, value) else { return false }
            lengthCount += 1
            contentLength = n
        case .transferEncoding:
            teSeen = true
            Self.forEachListElement(bytes, value) { r in
                teCodings += 1
                if bytes.equalsLowercase(r, "chunked") {
                    chunkedCount += 1
                    lastIsChunked = true
                } else {
                    lastIsChunked = false
                    if bytes.equalsLowercase(r, "gzip") || bytes.equalsLowercase(r, "x-gzip")
                        || bytes.equalsLowercase(r, "deflate") || bytes.equalsLowercase(r, "compress")
                        || bytes.equalsLowercase(r, "x-compress") {
                        teOther = true
                    } else {
                        teUnknown = true
                    }
                }
            }
        case .connection:
            Self.forEachListElement(bytes, value) { r in
                if bytes.equalsLowercase(r, "close") { close = true }
                else if bytes.equalsLowercase(r, "keep-alive") { keepAlive = true }
            }
        case .expect:
            if bytes.equalsLowercase(value, "100-continue") { expectContinue = true }
        case .accept, .acceptEncoding, .ifNoneMatch, .xRequestID:
            break
        }
        return true
    }

    /// Content-Length = 1*DIGIT (RFC 9110 §8.6): no lists, signs, inner spaces or empty
    /// values; 16+ digits are overflow-prone and far beyond any body limit, so malformed too.
    static func contentLength(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> Int? {
        guard !value.isEmpty, value.count <= 15 else { return nil }
        var n = 0
        var j = value.lowerBound
        while j < value.upperBound {
            let d = bytes[j]
            guard d >= 0x30 && d <= 0x39 else { return nil }
            n = n * 10 + Int(d - 0x30)
            j += 1
        }
        return n
    }

    /// Calls `body` with each non-empty element of a comma-separated list (RFC 9110 §5.6.1),
    /// OWS trimmed.
    @inline(__always)
    static func forEachListElement(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                   _ body: (Range<Int>) -> Void) {
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x2C { i += 1 }
            let start = i
            while i < range.upperBound, bytes[i] != 0x2C { i += 1 }
            var end = i
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            if end > start { body(start..<end) }
        }
    }
}
