import Synchronization

/// Request ids: an incoming `X-Request-Id` is honoured when it is a sane token (so a caller's
/// id follows the request through our logs); otherwise one is made from a per-process random
/// prefix and a counter — unique, cheap (no syscall per request) and sortable within a process.
final class RequestIDs: Sendable {
    /// The 8 hex digits of the per-process prefix, as the bytes of one little-endian word.
    private let prefix: UInt64
    private let counter = Atomic<UInt64>(0)

    init() {
        var word: UInt64 = 0
        for (i, b) in Self.hex(UInt64(UInt32.random(in: .min ... .max)), width: 8).utf8.enumerated() {
            word |= UInt64(b) << (8 * UInt64(i))
        }
        prefix = word
    }

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
