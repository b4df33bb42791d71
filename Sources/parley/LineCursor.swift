/// Appends a log line's pieces to memory the caller has already sized (see
/// `AccessLogWriter.capacity`), with no bounds checks and no allocation: the access log's
/// fast path formats each line on the stack with it.
struct LineCursor {
    let base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0

    init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }

    // Offsets stay within the capacity the caller sized (far below Int.max), so the
    // arithmetic is wrapping (&+): an overflow check is a compare and a branch per byte.
    @inline(__always) mutating func append(_ byte: UInt8) {
        base[count] = byte
        count &+= 1
    }

    @inline(__always) mutating func append(_ literal: StaticString) {
        (base + count).update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
        count &+= literal.utf8CodeUnitCount
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, bytes.count > 0 else { return }
        (base + count).update(from: from, count: bytes.count)
        count &+= bytes.count
    }

    /// `value` in decimal, as `Int.description` writes it (so also a leading "-").
    mutating func appendDecimal(_ value: Int) {
        var magnitude = value.magnitude
        if value < 0 { append(UInt8(ascii: "-")) }
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 { digits &+= 1; rest /= 10 }
        count &+= digits
        var at = count
        repeat {
            at &-= 1
            base[at] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
            magnitude /= 10
        } while magnitude > 0
    }

    /// Two decimal digits of `value` (0...99).
    @inline(__always) mutating func appendTwoDigits(_ value: Int) {
        base[count] = UInt8(truncatingIfNeeded: value / 10) &+ 0x30
        base[count &+ 1] = UInt8(truncatingIfNeeded: value % 10) &+ 0x30
        count &+= 2
    }

    /// `bytes` as a JSON string literal, escaped exactly as `JSONText.quoted` escapes it:
    /// quote, backslash and control bytes; every other byte copied (UTF-8 stays as is).
    /// Eight bytes at a time: a word with nothing to escape (the usual case) is one test and
    /// one store, instead of a test and a store per byte; the last partial word is the
    /// string's last 8 bytes, overlapping the word before (so only strings under 8 bytes go
    /// byte by byte). From the first word that needs escaping on, byte by byte.
    mutating func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(UInt8(ascii: "\""))
        let n = bytes.count
        guard let from = bytes.baseAddress, n > 0 else {
            append(UInt8(ascii: "\""))
            return
        }
        let raw = UnsafeRawPointer(from)
        var i = 0
        if n >= 8 {
            while i &+ 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if Self.wordNeedsEscape(word) { break }
                UnsafeMutableRawPointer(base + count).storeBytes(of: word, as: UInt64.self)
                count &+= 8
                i &+= 8
            }
            if i < n && i &+ 8 > n {
                // The last bytes, as the string's last word (its first bytes already copied).
                let word = raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
                if !Self.wordNeedsEscape(word) {
                    let overlap = i &+ 8 &- n
                    UnsafeMutableRawPointer(base + (count &- overlap)).storeBytes(of: word, as: UInt64.self)
                    count &+= 8 &- overlap
                    i = n
                }
            }
        }
        while i < n {
            appendEscaped(from[i])
            i &+= 1
        }
        append(UInt8(ascii: "\""))
    }

    @inline(__always) private mutating func appendEscaped(_ b: UInt8) {
        guard Self.needsEscape(b) else {
            append(b)
            return
        }
        append(UInt8(ascii: "\\"))
        switch b {
        case 0x22: append(UInt8(ascii: "\""))
        case 0x5C: append(UInt8(ascii: "\\"))
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            append("u00")
            append(hex.utf8Start[Int(b >> 4)])
            append(hex.utf8Start[Int(b & 0xF)])
        }
    }

    /// What `appendQuoted(bytes)` adds, at most: 2 quotes and 6 bytes per escaped byte.
    static func quotedCapacity(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var escapes = 0
        for b in bytes where needsEscape(b) { escapes += 1 }
        return bytes.count + 2 + escapes * 5
    }

    @inline(__always) static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the 8 bytes needs escaping (the bit tricks of "Bit Twiddling Hacks":
    /// a byte below 0x20, or one equal to '"' or '\\'). Exact as to "any"; which one is then
    /// found byte by byte.
    @inline(__always) static func wordNeedsEscape(_ w: UInt64) -> Bool {
        let control = (w &- 0x20 &* ones) & ~w & highs
        let q = w ^ (0x22 &* ones)
        let quote = (q &- ones) & ~q & highs
        let s = w ^ (0x5C &* ones)
        let backslash = (s &- ones) & ~s & highs
        return control | quote | backslash != 0
    }

    /// Whether all bytes are ASCII, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let from = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(from)
        var seen: UInt64 = 0
        var i = 0
        while i + 8 <= bytes.count {
            seen |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            seen |= UInt64(from[i])
            i += 1
        }
        return seen & highs == 0
    }
}
