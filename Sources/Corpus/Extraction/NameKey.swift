/// One key for the spellings of a name that transliteration varies: "Zelenskyy", "Zelensky"
/// and "Zelenskiy"; "Sergei" and "Sergey"; "Dmitry", "Dmitriy" and "Dmitri"; "Erdoğan" and
/// "Erdogan". People whose full names share a key are one person (the Resolver merges them);
/// the key is only compared, never shown.
enum NameKey {
    /// The key of a whole name: each word's key, joined by spaces.
    static func name(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "-" }).map { word(String($0)) }.joined(separator: " ")
    }

    /// A word folded like a slug (lowercase, common accents off), then its ending normalised:
    /// -yy, -iy, -ij, -ii, -i and -y all become -y; -ei and -ey become -ey.
    static func word(_ w: String) -> String {
        // on the slug's bytes (ASCII): this runs for every one-word name the resolver looks up
        var k = Array(Slug.make(w).utf8)
        k.removeAll { $0 == 45 }
        let n = k.count
        func ends(_ a: UInt8, _ b: UInt8) -> Bool { n > 4 && k[n - 2] == a && k[n - 1] == b }
        func ends(_ a: UInt8) -> Bool { n > 3 && k[n - 1] == a }
        let e: UInt8 = 101, i: UInt8 = 105, y: UInt8 = 121, j: UInt8 = 106
        if ends(e, i) || ends(e, y) {
            k[n - 2] = e; k[n - 1] = y
        } else if ends(y, y) || ends(i, y) || ends(i, j) || ends(i, i) {
            k.removeLast(); k[n - 2] = y
        } else if ends(i) || ends(y) {
            k[n - 1] = y
        }
        return String(decoding: k, as: UTF8.self)
    }
}
