import HTTP
import Testing

/// JSONText.quoted escapes by UTF-8 byte; it must equal the per-scalar definition.
@Suite("JSON text")
struct JSONTextTests {
    /// The definition: quote, backslash, \n \r \t by name, other controls as \u00XX.
    static func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test(arguments: ["", "plain /v1/claims", "say \"no\"", "back\\slash", "line\nbreak\r\ttab",
                      "\u{0}\u{1}\u{1f}\u{7f}", "Zelenskyy – «мир» 🇺🇦 ü", "\"\\\n", "é\u{1}é"])
    func equalsTheDefinition(_ s: String) {
        #expect(JSONText.quoted(s) == Self.reference(s))
    }

    @Test func escapesAsJSONWants() {
        #expect(JSONText.quoted("a\"b\\c\nd\u{1f}") == #""a\"b\\c\nd\u001f""#)
        #expect(JSONText.quoted("") == "\"\"")
    }
}
