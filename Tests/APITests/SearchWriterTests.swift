import Testing
@testable import API

/// The search page writes scores, snippets and URLs without Foundation-style formatting; each
/// shortcut must produce the bytes the general routine produced.
@Suite struct SearchWriterTests {
    @Test func fixed4IsTheRoundedDoubleAsJSONWriterFormatsIt() {
        var values: [Double] = [0, -0.0, 1, 3, 0.5, -0.5, 4.7794, 3.05, 0.0001, 0.00004, 0.00005, 1e-9, 12.3456789,
                                99999.99995, 123456.0001, 8.5e8, 9.99e12, 2e13, 1e300, -7.25, .infinity, -.infinity, .nan]
        var state: UInt64 = 11
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let scale = [1.0, 10, 1000, 1e6][Int(state >> 62)]
            values.append(Double(state >> 11) / Double(1 << 53) * scale * (state & 1 == 0 ? 1 : -1))
        }
        for v in values {
            var a = JSONWriter(), b = JSONWriter()
            a.fixed4(v)
            b.double((v * 10000).rounded() / 10000)
            #expect(a.bytes == b.bytes, "\(v)")
        }
    }

    /// The per-byte escaper the run-copying one replaced.
    static func referenceQuoted(_ s: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), b]
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0..<0x20: out += Array(#"\u00"#.utf8) + [Array("0123456789abcdef".utf8)[Int(b >> 4)], Array("0123456789abcdef".utf8)[Int(b & 15)]]
            default: out.append(b)
            }
        }
        return out + [UInt8(ascii: "\"")]
    }

    @Test func escapingCopiesRunsButEscapesEveryByteThatNeedsIt() {
        var samples = ["", "plain", "\"", "\\", "a\"b\\c\nd\u{1}é", "\u{0}\u{1F}\u{7F}", "end\"", "\"start", "…<mark>x</mark>…",
                       "tab\there\r\n", String(repeating: "ab\"", count: 100)]
        for b in 0..<128 { samples.append("x" + String(UnicodeScalar(UInt8(b))) + "y") }
        for s in samples {
            var w = JSONWriter()
            w.string(s)
            #expect(w.bytes == Self.referenceQuoted(s), "\(s.debugDescription)")
            var u = JSONWriter()
            u.string(utf8: Array(s.utf8))
            #expect(u.bytes == Self.referenceQuoted(s))
        }
    }

    @Test func percentEncodingKeepsUnreservedOnly() {
        #expect(QueryParameters.encode("004-2efbc909c1ace07d") == "004-2efbc909c1ace07d")
        #expect(QueryParameters.encode("a b/c~d_e.f") == "a%20b%2Fc~d_e.f")
        #expect(QueryParameters.encode("é") == "%C3%A9")
        var w = JSONWriter()
        w.unescapedString { QueryParameters.encode("peace plan", into: &$0) }
        #expect(String(decoding: w.bytes, as: UTF8.self) == #""peace%20plan""#)
    }
}
