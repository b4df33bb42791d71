extension RequestHeadParser {
    /// The usual case in one straight pass: a whole, well-formed head at the start of
    /// `bytes`. The request-target and field values are checked 8 bytes at a time, field
    /// names through the token table, and each field's meaning is taken in as its line ends
    /// (`HeadFacts.note`), so nothing is looked at twice.
    ///
    /// Nil when this pass does not decide: the head is incomplete, or something is not the
    /// plain form (empty lines before the request line, a version other than "HTTP/1.x", a
    /// byte outside its class, a limit reached, a Content-Length to reject). The field table
    /// and facts are then cleared and the byte-by-byte state machine parses from the first
    /// byte, so every rejection (and its status) comes from there. Whatever this pass accepts
    /// the state machine accepts too, with the same ranges and facts: it checks the same
    /// grammar (RFC 9112 §2.2-§5) with the same classes (`ByteClass`), within the same limits.
    mutating func scanWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> Result? {
        // Only bytes within the head limit: a head that does not end inside them is the
        // state machine's (incomplete, or 431/414).
        let end = min(bytes.count, limits.maxHeadSize)
        guard let p = bytes.baseAddress, end >= 18 else { return nil }
        if let head = scanFields(bytes, p, end) { return head }
        table.removeAll()
        facts = HeadFacts()
        methodStart = 0
        return nil
    }

    private mutating func scanFields(_ bytes: UnsafeBufferPointer<UInt8>, _ p: UnsafePointer<UInt8>, _ end: Int) -> Result? {
        // Indices stay within 0...end (a buffer's count), so the arithmetic below is wrapping
        // (&+, &-): overflow checks cost a compare and a branch each.
        let token = ByteClass.tokenBits
        let raw = UnsafeRawPointer(p)
        // request-line = method SP request-target SP HTTP-version CRLF (§3); method = token.
        var i = ByteClass.skipToken(p, 0, end, token)
        guard i > 0, i < end, p[i] == 0x20 else { return nil }
        methodStart = 0
        methodEnd = i
        i = i &+ 1
        let targetFrom = i
        // §3.2: visible ASCII (see ByteClass.target), at most maxTargetLength bytes.
        i = ByteClass.skipTarget(p, i, end)
        guard i > targetFrom, i &- targetFrom <= limits.maxTargetLength, end &- i >= 11, p[i] == 0x20 else { return nil }
        targetStart = targetFrom
        targetEnd = i
        i = i &+ 1
        versionStart = i
        // HTTP-version = "HTTP/1." DIGIT (§2.3), then CRLF: two word compares and a range check.
        guard raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF == 0x002E_312F_5054_5448,
              p[i &+ 7] &- 0x30 < 10,
              raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt16.self) == 0x0A0D else { return nil }
        i = i &+ 10
        let table = self.table
        let maxFields = limits.maxHeaderCount
        // *( field-line CRLF ) CRLF (§2.1); field-line = field-name ":" OWS field-value OWS (§5).
        while true {
            guard end &- i >= 2 else { return nil }
            if p[i] == 0x0D {
                guard p[i &+ 1] == 0x0A else { return nil }
                i = i &+ 2
                break
            }
            let nameStart = i
            i = ByteClass.skipToken(p, i, end, token)
            // §5.1: no whitespace between the name and the colon.
            guard i > nameStart, i < end, p[i] == 0x3A else { return nil }
            let nameEnd = i
            i = i &+ 1
            while i < end && (p[i] == 0x20 || p[i] == 0x09) { i = i &+ 1 }
            let valueStart = i
            // field-vchar / SP / HTAB (RFC 9110 §5.5); the line must end in CRLF (no bare CR/LF).
            i = ByteClass.skipFieldValue(p, i, end)
            guard end &- i >= 2, p[i] == 0x0D, p[i &+ 1] == 0x0A else { return nil }
            var valueEnd = i
            while valueEnd > valueStart && (p[valueEnd &- 1] == 0x20 || p[valueEnd &- 1] == 0x09) { valueEnd = valueEnd &- 1 }
            i = i &+ 2
            guard table.count < maxFields else { return nil }
            table.append(FieldSpan(nameStart: Int32(truncatingIfNeeded: nameStart), nameEnd: Int32(truncatingIfNeeded: nameEnd),
                                   valueStart: Int32(truncatingIfNeeded: valueStart), valueEnd: Int32(truncatingIfNeeded: valueEnd)))
            if let kind = KnownField.classify(p + nameStart, count: nameEnd &- nameStart) {
                if kind == .host && facts.hostCount == 0 {
                    facts.noteFirstHost(index: table.count &- 1)  // every request's one field: inline
                } else {
                    guard facts.note(kind, bytes, value: valueStart..<valueEnd, index: table.count &- 1) else { return nil }
                }
            }
        }
        // Where the state machine would stand after the blank line.
        state = .endLF
        pos = i
        return analyze(bytes, headEnd: i)
    }
}
