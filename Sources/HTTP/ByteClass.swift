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
