/// Opaque pagination cursors: base64url (no padding) of "p1.<generation>.<offset>". A cursor
/// is only valid for the snapshot generation that issued it; after a reload the client starts
/// again (400), rather than silently skipping or repeating rows.
enum Cursor {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(offset: Int, generation: UInt64) -> String {
        // "p1.<generation>.<offset>" written as digits into a stack buffer, then base64url'd
        // straight into the String's storage (string interpolation and two arrays cost
        // ~1,500 instructions on every page that has a next one)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { text in
            var n = 0
            func put(_ b: UInt8) { text[n] = b; n += 1 }
            func decimal(_ v: UInt64) {
                var scale: UInt64 = 1
                while scale <= v / 10 { scale *= 10 }
                while scale > 0 { put(UInt8(truncatingIfNeeded: 48 + v / scale % 10)); scale /= 10 }
            }
            put(UInt8(ascii: "p")); put(UInt8(ascii: "1")); put(UInt8(ascii: "."))
            decimal(generation)
            put(UInt8(ascii: "."))
            if offset < 0 { put(UInt8(ascii: "-")) }
            decimal(UInt64(offset.magnitude))
            let length = n
            return String(unsafeUninitializedCapacity: (length + 2) / 3 * 4) { out in
                alphabet.withUnsafeBufferPointer { alphabet in
                    var i = 0, o = 0
                    while i < length {
                        let k = min(3, length - i)
                        var v = UInt32(text[i]) << 16
                        if k > 1 { v |= UInt32(text[i + 1]) << 8 }
                        if k > 2 { v |= UInt32(text[i + 2]) }
                        out[o] = alphabet[Int(v >> 18 & 63)]; o += 1
                        out[o] = alphabet[Int(v >> 12 & 63)]; o += 1
                        if k > 1 { out[o] = alphabet[Int(v >> 6 & 63)]; o += 1 }
                        if k > 2 { out[o] = alphabet[Int(v & 63)]; o += 1 }
                        i += 3
                    }
                    return o
                }
            }
        }
    }

    /// Byte → 6-bit value, 255 for bytes outside the alphabet.
    static let values: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        return table
    }()

    static func decodeBase64URL(_ s: String) -> [UInt8]? {
        let chars = Array(s.utf8)
        guard chars.count % 4 != 1, chars.count <= 64 else { return nil }
        var out: [UInt8] = []
        var i = 0
        while i < chars.count {
            let n = min(4, chars.count - i)
            var v: UInt32 = 0
            for j in 0..<4 {
                v <<= 6
                if j < n {
                    let d = values[Int(chars[i + j])]
                    guard d != 255 else { return nil }
                    v |= UInt32(d)
                }
            }
            out.append(UInt8(v >> 16 & 255))
            if n > 2 { out.append(UInt8(v >> 8 & 255)) }
            if n > 3 { out.append(UInt8(v & 255)) }
            i += 4
        }
        return out
    }

    /// The offset, or an error naming `cursor`.
    static func decode(_ s: String, generation: UInt64) throws(APIError) -> Int {
        guard let bytes = decodeBase64URL(s), let text = String(validating: bytes, as: UTF8.self) else {
            throw APIError.badParameter("cursor", "is malformed; use the next_cursor of a previous page")
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "p1", let gen = UInt64(parts[1]), let offset = Int(parts[2]), offset >= 0 else {
            throw APIError.badParameter("cursor", "is malformed; use the next_cursor of a previous page")
        }
        guard gen == generation else {
            throw APIError.badParameter("cursor", "belongs to an older version of the index (generation \(gen), now \(generation)); start again without a cursor")
        }
        return offset
    }
}
