/// A page's own date line in the header ("Published January 14 2026", "March 10, 2026 at 6:00
/// a.m. EDT", "Updated 9:42 AM EST, Tue March 3, 2026", "Thursday 15 January 2026 14:32, UK",
/// "Published on 16/04/2026 - 19:05 GMT+2", "|14.04.2026 - Update : 14.04.2026"): the
/// publication date, to the day, when the page prints it.
enum Dateline {
    /// The first full date (day, month and year) in a short line, or nil.
    static func date(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> SimpleDate? {
        let toks = Tokenizer.tokenize(s, a, b)
        let words = toks.filter { $0.isWord }.count
        guard words > 0, words <= 14 else { return nil }
        // Month day[,] year | day Month year (Dates.find reads most; a year without a comma is added here)
        for e in Dates.find(toks) {
            guard let m = e.month, let d = e.day else { continue }
            let y = e.year ?? (e.t1 < toks.count ? Dates.year(toks[e.t1]) : nil)
            if let y { return SimpleDate(year: y, month: m, day: d) }
        }
        // 14.04.2026 (one number token) or 16/04/2026
        for (i, t) in toks.enumerated() where t.kind == .number {
            var parts: [Int] = []
            if t.lower.contains(".") {
                parts = t.lower.split(separator: ".").compactMap { Int($0) }
            } else if i + 4 < toks.count, toks[i + 1].lower == "/", toks[i + 3].lower == "/",
                      toks[i + 2].kind == .number, toks[i + 4].kind == .number {
                parts = [t.lower, toks[i + 2].lower, toks[i + 4].lower].compactMap { Int($0) }
            }
            guard parts.count == 3, parts[2] >= 1990, parts[2] <= 2100 else { continue }
            // Day first unless the first number cannot be a day of a month it leaves.
            let (d, m) = parts[1] > 12 ? (parts[1], parts[0]) : (parts[0], parts[1])
            guard (1...12).contains(m), (1...31).contains(d) else { continue }
            return SimpleDate(year: parts[2], month: m, day: d)
        }
        return nil
    }
}
