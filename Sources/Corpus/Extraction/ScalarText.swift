/// Fast conversions between Swift strings and the scalar arrays the extractor works on.
enum ScalarText {
    /// The Unicode scalars of `text` (decoded from its UTF-8 in one pass).
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { x in
            // a String's UTF-8 is valid: decoded by hand, ASCII a byte at a time (the scalar view
            // cost ~18 instructions a byte)
            [Unicode.Scalar](unsafeUninitializedCapacity: x.count) { buf, count in
                var i = 0, k = 0
                while i < x.count {
                    let (v, len) = decode(x, i)
                    buf[k] = Unicode.Scalar(v)!
                    k += 1
                    i += len
                }
                count = k
            }
        }
    }

    /// The scalar value starting at `x[i]` of valid UTF-8, and its length in bytes.
    @inline(__always) static func decode(_ x: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c = UInt32(x[i])
        if c < 0x80 { return (c, 1) }
        if c < 0xE0 { return ((c & 0x1F) << 6 | UInt32(x[i + 1] & 0x3F), 2) }
        if c < 0xF0 { return ((c & 0x0F) << 12 | UInt32(x[i + 1] & 0x3F) << 6 | UInt32(x[i + 2] & 0x3F), 3) }
        return ((c & 0x07) << 18 | UInt32(x[i + 1] & 0x3F) << 12 | UInt32(x[i + 2] & 0x3F) << 6 | UInt32(x[i + 3] & 0x3F), 4)
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

    /// `s.lowercased()`, by bytes when `s` is ASCII (then lowercasing maps A-Z only).
    static func lowercased(_ s: String) -> String {
        var s = s
        return s.withUTF8 { x -> String in
            var ascii = true
            for c in x where c >= 128 { ascii = false; break }
            if ascii {
                return String(unsafeUninitializedCapacity: x.count) { buf in
                    for i in 0..<x.count { let c = x[i]; buf[i] = c >= 65 && c <= 90 ? c + 32 : c }
                    return x.count
                }
            }
            // `String.lowercased()` appends each scalar's `lowercaseMapping` (no context rules, see
            // ScalarTextTests): the same here, with ASCII folded in place (the stdlib's loop built a
            // String per scalar, ~80,000 instructions for a claim with one curly quote)
            var out: [UInt8] = []
            out.reserveCapacity(x.count + 8)
            var i = 0
            while i < x.count {
                let c = x[i]
                if c < 128 { out.append(c >= 65 && c <= 90 ? c + 32 : c); i += 1; continue }
                let (v, len) = decode(x, i)
                out.append(contentsOf: Unicode.Scalar(v)!.properties.lowercaseMapping.utf8)
                i += len
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `s.split(separator: " ").last` without splitting the whole string: the last run of characters
    /// other than " ".
    static func lastWord(_ s: String) -> Substring? {
        var end = s.endIndex
        while end > s.startIndex {
            let b = s.index(before: end)
            if s[b] != " " { break }
            end = b
        }
        guard end > s.startIndex else { return nil }
        var start = end
        while start > s.startIndex {
            let b = s.index(before: start)
            if s[b] == " " { break }
            start = b
        }
        return s[start..<end]
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
