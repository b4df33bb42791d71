/// Opaque pagination cursors: base64url (no padding) of "p1.<generation>.<offset>". A cursor
/// is only valid for the snapshot generation that issued it; after a reload the client starts
/// again (400), rather than silently skipping or repeating rows.
enum Cursor {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(offset: Int, generation: UInt64) -> String {
        // "p1.<generation>.<offset>" written as digits (string interpolation cost ~1,000
        // instructions on every page that has a next one)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48)
        bytes.append(UInt8(ascii: "p")); bytes.append(UInt8(ascii: "1")); bytes.append(UInt8(ascii: "."))
        appendDecimal(generation, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        if offset < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDecimal(offset.magnitude, to: &bytes)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            var v = UInt32(bytes[i]) << 16
            if n > 1 { v |= UInt32(bytes[i + 1]) << 8 }
            if n > 2 { v |= UInt32(bytes[i + 2]) }
            out.append(alphabet[Int(v >> 18 & 63)])
            out.append(alphabet[Int(v >> 12 & 63)])
            if n > 1 { out.append(alphabet[Int(v >> 6 & 63)]) }
            if n > 2 { out.append(alphabet[Int(v & 63)]) }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func appendDecimal<T: BinaryInteger>(_ v: T, to out: inout [UInt8]) {
        var scale: T = 1
        while scale <= v / 10 { scale *= 10 }
        while scale > 0 { out.append(UInt8(truncatingIfNeeded: 48 + v / scale % 10)); scale /= 10 }
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
