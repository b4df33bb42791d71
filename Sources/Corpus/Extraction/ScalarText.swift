/// Fast conversions between Swift strings and the scalar arrays the extractor works on.
enum ScalarText {
    /// The Unicode scalars of `text` (decoded from its UTF-8 in one pass).
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars { out.append(u) }
        return out
    }

    /// `String` of `s[a..<b]`, encoded through a UTF-8 buffer (much faster than appending scalars to a String).
    static func string(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        return s.withUnsafeBufferPointer { p in
            var ascii = true
            for i in a..<b where p[i].value >= 128 { ascii = false; break }
            if ascii {
                return String(unsafeUninitializedCapacity: b - a) { buf in
                    for i in a..<b { buf[i - a] = UInt8(truncatingIfNeeded: p[i].value) }
                    return b - a
                }
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity((b - a) * 2)
            for i in a..<b { append(p[i], to: &bytes) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `a.lowercased() == b.lowercased()`, without building either string when both are ASCII
    /// (then lowercasing maps A-Z only and keeps the length).
    static func sameLowercased(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        let fast: Bool? = a.withUTF8 { x in
            b.withUTF8 { y -> Bool? in
                for c in x where c >= 128 { return nil }
                for c in y where c >= 128 { return nil }
                guard x.count == y.count else { return false }
                for i in 0..<x.count {
                    let p = x[i], q = y[i]
                    if p != q && (p | 32) != (q | 32) { return false }
                    if p != q && !((p | 32) >= 97 && (p | 32) <= 122) { return false }
                }
                return true
            }
        }
        return fast ?? (a.lowercased() == b.lowercased())
    }

    @inline(__always) static func append(_ u: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = u.value
        if v < 0x80 { bytes.append(UInt8(v)) }
        else if v < 0x800 { bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F))) }
        else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
