import Synchronization

/// Request ids: an incoming `X-Request-Id` is honoured when it is a sane token (so a caller's
/// id follows the request through our logs); otherwise one is made from a per-process random
/// prefix and a counter — unique, cheap (no syscall per request) and sortable within a process.
final class RequestIDs: Sendable {
    private let prefix: String
    private let counter = Atomic<UInt64>(0)

    init() {
        prefix = Self.hex(UInt64(UInt32.random(in: .min ... .max)), width: 8)
    }

    func next() -> String {
        let n = counter.add(1, ordering: .relaxed).newValue
        return prefix + "-" + Self.hex(n, width: 12)
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
