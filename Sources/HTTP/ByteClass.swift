/// Character classes of RFC 9110 §5.6.2 and RFC 9112, as 256-entry lookup tables so the
/// parser's inner loop is one load per byte. The tables are raw pointers made once for the
/// life of the process: an Array would cost a retain, a release and a bounds check per use.
enum ByteClass {
    private static func table(_ make: () -> [Bool]) -> UnsafePointer<Bool> {
        let t = make()
        let p = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
        p.initialize(from: t, count: 256)
        return UnsafePointer(p)
    }

    /// tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
    nonisolated(unsafe) static let token = table {
        var t = [Bool](repeating: false, count: 256)
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(c)] = true }
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(c)] = true }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(c)] = true }
        for c in "!#$%&'*+-.^_`|~".utf8 { t[Int(c)] = true }
        return t
    }

    /// `token` as 0/1 bytes, so four lookups combine with AND into one branch (`skipToken`).
    nonisolated(unsafe) static let tokenBits: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for c in 0..<256 { p[c] = token[c] ? 1 : 0 }
        return UnsafePointer(p)
    }()

    /// The index of the first byte at or after `i` (before `end`) that is not a tchar, or `end`.
    @inline(__always)
    static func skipToken(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, _ t: UnsafePointer<UInt8>) -> Int {
        var i = i
        while i &+ 4 <= end && t[Int(p[i])] & t[Int(p[i &+ 1])] & t[Int(p[i &+ 2])] & t[Int(p[i &+ 3])] != 0 { i = i &+ 4 }
        while i < end && t[Int(p[i])] != 0 { i = i &+ 1 }
        return i
    }

    /// Bytes allowed in a request-target: visible ASCII (RFC 9112 §3.2 builds every form of
    /// it from VCHARs; we accept any VCHAR and leave finer URI checks to the router).
    /// Non-ASCII (raw UTF-8) and controls are rejected.
    nonisolated(unsafe) static let target = table {
        var t = [Bool](repeating: false, count: 256)
        for c in 0x21...0x7E { t[c] = true }
        return t
    }

    /// field-vchar / SP / HTAB (RFC 9110 §5.5): VCHAR, obs-text (0x80-0xFF), SP, HTAB.
    /// Every other control (CR, LF, NUL, DEL, FF, ...) in a value is rejected.
    nonisolated(unsafe) static let fieldValue = table {
        var t = [Bool](repeating: false, count: 256)
        for c in 0x20...0x7E { t[c] = true }
        for c in 0x80...0xFF { t[c] = true }
        t[0x09] = true
        return t
    }

    // Word-at-a-time scans (8 bytes per step) for the long runs of a head: the target and
    // the field values. Each finds the first byte outside its class; the classic bit tricks
    // below may also flag a byte after a true hit (a borrow or carry runs upward, towards
    // later bytes on little-endian), never one before it, so the lowest flag is exact.

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `w` that is below `n` (n ≤ 0x80; bytes ≥ 0x80 are not flagged).
    @inline(__always) static func below(_ w: UInt64, _ n: UInt64) -> UInt64 {
        (w &- ones &* n) & ~w & highs
    }

    /// The high bit of each byte of `w` that is 0x7F (DEL) or ≥ 0x80.
    @inline(__always) static func delOrHigh(_ w: UInt64) -> UInt64 {
        ((w &+ ones) | w) & highs
    }

    /// The high bit of each byte of `w` that is 0x7F (DEL).
    @inline(__always) static func del(_ w: UInt64) -> UInt64 {
        let x = w ^ 0x7F7F_7F7F_7F7F_7F7F
        return (x &- ones) & ~x & highs
    }

    /// The index of the first byte at or after `i` (before `end`) that is not in `target`
    /// (0x21-0x7E), or `end`.
    @inline(__always)
    static func skipTarget(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        let raw = UnsafeRawPointer(p)
        // Two words per step while there are 16 bytes: one branch for both.
        while i &+ 16 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let v = raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)
            let badW = below(w, 0x21) | delOrHigh(w), badV = below(v, 0x21) | delOrHigh(v)
            if badW | badV != 0 {
                return badW != 0 ? i &+ badW.trailingZeroBitCount &>> 3 : i &+ 8 &+ badV.trailingZeroBitCount &>> 3
            }
            i = i &+ 16
        }
        while i &+ 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let bad = below(w, 0x21) | delOrHigh(w)
            if bad != 0 { return i &+ bad.trailingZeroBitCount &>> 3 }
            i = i &+ 8
        }
        while i < end && target[Int(p[i])] { i = i &+ 1 }
        return i
    }

    /// The index of the first byte at or after `i` (before `end`) that is not in `fieldValue`
    /// (a control other than HTAB, or DEL), or `end`.
    @inline(__always)
    static func skipFieldValue(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        let raw = UnsafeRawPointer(p)
        while i &+ 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let stop = below(w, 0x20) | del(w)
            if stop == 0 { i = i &+ 8; continue }
            i = i &+ stop.trailingZeroBitCount &>> 3
            guard p[i] == 0x09 else { return i }  // HTAB is field content: go on after it
            i = i &+ 1
        }
        while i < end && fieldValue[Int(p[i])] { i = i &+ 1 }
        return i
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 {
        (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
    }

    static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: Int(b - 0x30)
        case 0x41...0x46: Int(b - 0x41 + 10)
        case 0x61...0x66: Int(b - 0x61 + 10)
        default: nil
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// ASCII case-insensitive comparison of `self[range]` with a lower-case literal.
    @inline(__always)
    func equalsLowercase(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let lit = literal.utf8Start
        var i = 0
        for j in range {
            if ByteClass.lower(self[j]) != lit[i] { return false }
            i += 1
        }
        return true
    }
}
