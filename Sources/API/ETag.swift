/// Strong entity tags (RFC 9110 §8.8.3): a 64-bit FNV-1a hash of the exact bytes sent, so
/// the gzip and identity representations get different tags.
enum ETag {
    static func of(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    /// If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` is ignored; `*` matches.
    static func matches(_ ifNoneMatch: String?, _ etag: String) -> Bool {
        guard let ifNoneMatch else { return false }
        for item in ifNoneMatch.split(separator: ",") {
            var t = item.trimmingASCIISpaces()
            if t == "*" { return true }
            if t.hasPrefix("W/") { t = t.dropFirst(2) }
            if t == etag[...] { return true }
        }
        return false
    }
}
