import Synchronization

/// Request ids: an incoming `X-Request-Id` is honoured when it is a sane token (so a caller's
/// id follows the request through our logs); otherwise one is made from a per-process random
/// prefix and a counter — unique, cheap (no syscall per request) and sortable within a process.
final class RequestIDs: @unchecked Sendable {  // hexPairs: written in init only
    /// The 8 hex digits of the per-process prefix, as the bytes of one little-endian word.
    private let prefix: UInt64
    private let counter = Atomic<UInt64>(0)
    /// Byte → its two lower-case hex digits as they are stored (first digit in the low byte),
    /// so the usual 12-digit counter is six 2-byte stores. Made once per instance (a few per
    /// process) and kept for its life; an instance property, so no lazy-global check per use.
    private let hexPairs: UnsafeMutablePointer<UInt16>

    init() {
        hexPairs = .allocate(capacity: 256)
        let digits = Array("0123456789abcdef".utf8)
        for b in 0..<256 { hexPairs[b] = UInt16(digits[b >> 4]) | UInt16(digits[b & 0xF]) << 8 }
        var word: UInt64 = 0
        for (i, b) in Self.hex(UInt64(UInt32.random(in: .min ... .max)), width: 8).utf8.enumerated() {
            word |= UInt64(b) << (8 * UInt64(i))
        }
        prefix = word
    }

    deinit { hexPairs.deallocate() }

    func next() -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maxLength) { buffer in
            let n = write(into: buffer.baseAddress!)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
        }
    }

    /// prefix "-" counter: 8 + 1 + 12 (or more, up to 16) hex digits.
    static let maxLength = 8 + 1 + 16

    /// Writes the next id (`maxLength` bytes at most) without allocating: the engine's
    /// replay path puts it straight into the answer's head. Returns its length.
    func write(into out: UnsafeMutablePointer<UInt8>) -> Int {
        let n = counter.add(1, ordering: .relaxed).newValue
        UnsafeMutableRawPointer(out).storeBytes(of: prefix, as: UInt64.self)
        out[8] = UInt8(ascii: "-")
        let raw = UnsafeMutableRawPointer(out)
        if n >> 48 == 0 {  // the usual case: exactly 12 digits, two per store
            var v = n
            for k in 0..<6 {
                raw.storeBytes(of: hexPairs[Int(v & 0xFF)], toByteOffset: 19 - 2 * k, as: UInt16.self)
                v >>= 8
            }
            return 21
        }
        var digits = 12
        while digits < 16 && n >> (4 * UInt64(digits)) != 0 { digits += 1 }
        var v = n
        var i = 8 + digits
        while i > 8 {
            let d = UInt8(truncatingIfNeeded: v & 0xF)
            out[i] = d < 10 ? d &+ 0x30 : d &+ 0x57  // 0-9, a-f
            v >>= 4
            i -= 1
        }
        return 9 + digits
    }

    /// The caller's id if it is 1...128 visible ASCII characters (no spaces, quotes or
    /// controls that could forge log fields or headers); nil otherwise.
    static func accepted(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value.utf8.count <= 128 else { return nil }
        for byte in value.utf8 where byte <= 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            return nil
        }
        return value
    }

    static func hex(_ value: UInt64, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
