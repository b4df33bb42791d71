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
        var k = Array(Slug.make(w).unicodeScalars.filter { $0 != "-" })
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.unicodeScalars)
            return k.count > s.count + 2 && Array(k.suffix(s.count)) == s
        }
        if ends("ei") || ends("ey") {
            k.removeLast(2); k += ["e", "y"]
        } else if ends("yy") || ends("iy") || ends("ij") || ends("ii") {
            k.removeLast(2); k.append("y")
        } else if ends("i") || ends("y") {
            k.removeLast(); k.append("y")
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: k)
        return String(out)
    }
}
