/// Strong entity tags (RFC 9110 §8.8.3): a 64-bit hash of the exact bytes sent, so the gzip
/// and identity representations get different tags.
enum ETag {
    /// Eight bytes per step (multiply, then fold the high half down so every input bit reaches
    /// every output bit), the length, and a final avalanche (SplitMix64's): a per-byte
    /// FNV-1a chain cost a multiply's latency per byte, about a microsecond per 3 KB body.
    static func of(_ bytes: [UInt8]) -> String {
        let h = hash(bytes)
        // Straight into the string's storage: no intermediate array.
        return String(unsafeUninitializedCapacity: 18) { out in
            let hex: StaticString = "0123456789abcdef"
            out[0] = UInt8(ascii: "\"")
            for i in 0..<16 { out[1 + i] = hex.utf8Start[Int(h >> UInt64(60 - 4 * i) & 15)] }
            out[17] = UInt8(ascii: "\"")
            return 18
        }
    }

    /// The 64-bit hash of the tag (the response cache keys by it too).
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 32
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < raw.count { tail |= UInt64(raw[i]) << shift; shift += 8; i += 1 }
            h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
        }
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        return h
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
