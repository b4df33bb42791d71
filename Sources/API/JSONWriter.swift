/// A small, allocation-light JSON writer (RFC 8259) that appends UTF-8 straight into a byte
/// array. Commas are placed by looking at the last byte written: a value or key that follows
/// anything but `{`, `[` or `:` gets one, so callers only say what they write.
public struct JSONWriter {
    public private(set) var bytes: [UInt8]

    public init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) mutating func separator() {
        guard let last = bytes.last else { return }
        if last != UInt8(ascii: "{") && last != UInt8(ascii: "[") && last != UInt8(ascii: ":") {
            bytes.append(UInt8(ascii: ","))
        }
    }

    public mutating func beginObject() { separator(); bytes.append(UInt8(ascii: "{")) }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")) }
    /// Removes the closing brace of the object just ended, to add fields to it (detail views
    /// extend list views this way).
    public mutating func reopenObject() {
        precondition(bytes.last == UInt8(ascii: "}"))
        bytes.removeLast()
    }
    public mutating func beginArray() { separator(); bytes.append(UInt8(ascii: "[")) }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")) }

    public mutating func key(_ k: String) {
        separator()
        appendQuoted(k)
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func string(_ s: String) { separator(); appendQuoted(s) }
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    public mutating func int(_ v: Int) {
        separator()
        guard v != Int.min else { bytes.append(contentsOf: String(v).utf8); return }
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(abs(v))
    }
    public mutating func bool(_ v: Bool) { separator(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    public mutating func null() { separator(); bytes.append(contentsOf: "null".utf8) }

    public mutating func double(_ v: Double?) {
        guard let v, v.isFinite else { null(); return }
        separator()
        if v == v.rounded(), abs(v) < 1e15 {
            bytes.append(contentsOf: String(Int(v)).utf8)
        } else {
            bytes.append(contentsOf: String(v).utf8)
        }
    }

    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    /// Bytes that are already JSON (a cached fragment).
    public mutating func raw(_ json: [UInt8]) { separator(); bytes.append(contentsOf: json) }

    /// Bytes appended as they are, no separator: a fragment that carries its own commas.
    public mutating func rawBytes(_ p: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: p) }

    /// JSON text spelled in the source, appended as it is (no separator): fixed parts of a
    /// page such as `,"total":`.
    public mutating func raw(literal s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// A key spelled in the source that needs no escaping (letters, digits, `_`), copied
    /// without looking at its bytes.
    public mutating func key(literal k: StaticString) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    // Field shorthands: key and value in one call.
    public mutating func field(_ k: String, _ v: String) { key(k); string(v) }
    public mutating func field(_ k: String, _ v: String?) { key(k); string(v) }
    public mutating func field(_ k: String, _ v: Int) { key(k); int(v) }
    public mutating func field(_ k: String, _ v: Bool) { key(k); bool(v) }
    public mutating func field(_ k: String, _ v: [String]) { key(k); strings(v) }
    public mutating func field(_ k: String, double v: Double?) { key(k); double(v) }

    /// A string given as UTF-8 bytes (valid UTF-8, as a String's are).
    public mutating func string(utf8: [UInt8]) {
        separator()
        utf8.withUnsafeBufferPointer { appendQuoted($0) }
    }

    /// A string given as UTF-8 bytes (valid UTF-8).
    public mutating func string(utf8 p: UnsafeBufferPointer<UInt8>) {
        separator()
        appendQuoted(p)
    }

    /// Bytes that `write` appends as they are (no separator, no quotes): JSON text made
    /// elsewhere, such as an already escaped snippet.
    public mutating func appendRaw(_ write: (inout [UInt8]) -> Void) { write(&bytes) }

    /// A string whose bytes `write` appends and that needs no escaping (a URL built from
    /// unreserved characters and percent escapes, say).
    public mutating func unescapedString(_ write: (inout [UInt8]) -> Void) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        write(&bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `double((v * 10000).rounded() / 10000)`, the same text, without formatting a Double:
    /// below 1e9 the shortest text that reads back as that double is the decimal k/10000
    /// itself (doubles there are much closer together than 0.0001, so no other decimal with
    /// at most four places reads back as it), with trailing zeros dropped.
    public mutating func fixed4(_ v: Double) {
        let k = (v * 10000).rounded()
        guard k.isFinite, abs(k) < 1e13 else { double(k / 10000); return }
        separator()
        appendFixed4(k, after: "")
    }

    /// `raw(literal: prefix)` then `fixed4(v)`, in one append (the search page's score).
    public mutating func fixed4(_ v: Double, after prefix: StaticString) {
        let k = (v * 10000).rounded()
        guard k.isFinite, abs(k) < 1e13 else { raw(literal: prefix); double(k / 10000); return }
        appendFixed4(k, after: prefix)
    }

    /// `prefix` and the decimal k/10000 (|k| < 1e13, integral), written backwards into a stack
    /// buffer and appended once (at most 9 + 1 + 4 + 1 bytes of number).
    private mutating func appendFixed4(_ k: Double, after prefix: StaticString) {
        var m = Int(k)
        let negative = m < 0
        if negative { m = -m }
        let size = 24 + prefix.utf8CodeUnitCount
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { buffer in
            var i = size
            var frac = m % 10000
            var digits = 4
            if frac == 0 { digits = 0 } else { while frac % 10 == 0 { frac /= 10; digits -= 1 } }
            if digits > 0 {
                for _ in 0..<digits { i -= 1; buffer[i] = UInt8(48 + frac % 10); frac /= 10 }
                i -= 1; buffer[i] = UInt8(ascii: ".")
            }
            var whole = m / 10000
            repeat { i -= 1; buffer[i] = UInt8(48 + whole % 10); whole /= 10 } while whole > 0
            if negative { i -= 1; buffer[i] = UInt8(ascii: "-") }
            i -= prefix.utf8CodeUnitCount
            buffer.baseAddress!.advanced(by: i).initialize(from: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<size]))
        }
    }

    /// The decimal digits of `v` ≥ 0.
    private mutating func appendDigits(_ v: Int) {
        var scale = 1
        while scale <= v / 10 { scale *= 10 }
        while scale > 0 { bytes.append(UInt8(48 + v / scale % 10)); scale /= 10 }
    }

    mutating func appendQuoted(_ s: String) {
        var s = s
        s.withUTF8 { appendQuoted($0) }
    }

    /// Quotes and escapes: runs of bytes that need no escape are copied whole, and found
    /// eight bytes at a time.
    mutating func appendQuoted(_ p: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var run = 0
        var i = 0
        let raw = UnsafeRawBufferPointer(p)
        while i < p.count {
            if i + 8 <= p.count && !Self.needsEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let b = p[i]
            i += 1
            if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") { continue }
            if run < i - 1 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<(i - 1)])) }
            run = i
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48])
                bytes.append(hex.utf8Start[Int(b >> 4)]); bytes.append(hex.utf8Start[Int(b & 15)])
            }
        }
        if run < p.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count])) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// True when one of the eight bytes is a control character, `"` or `\` (bytes ≥ 0x80,
    /// UTF-8 sequences, never match): the classic "has a zero byte" test on w ^ pattern, and
    /// "has a byte below 0x20" on w.
    @inline(__always) static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below20 = (w &- ones &* 0x20) & ~w & highs != 0
        return below20 || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C))
    }
}
