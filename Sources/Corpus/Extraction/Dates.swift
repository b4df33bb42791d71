import Foundation
/// Date expressions in a sentence ("March 15", "on 12 December", "Feb. 26, 2024", "November 2024",
/// "on Saturday", "last week", "earlier this year") and their resolution against a reference date.
struct DateExpr: Sendable {
    enum Relative: Sendable { case lastWeek, thisWeek, thisYear, lastMonth, thisMonth, yesterday, today, nextWeek }
    var t0: Int
    var t1: Int
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?       // 0 = Sunday
    var relative: Relative?
    var future: Bool
    var published: Bool     // "published on ..."
}

struct SimpleDate: Comparable, Sendable {
    var year: Int
    var month: Int
    var day: Int
    static func < (a: SimpleDate, b: SimpleDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's days_from_civil.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
    init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
    /// 0 = Sunday.
    var weekday: Int { ((dayNumber % 7) + 11) % 7 }
    var iso: String { String(format4(year)) + "-" + two(month) + "-" + two(day) }
}

@inline(__always) func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
@inline(__always) func format4(_ v: Int) -> String { v < 1000 ? String(repeating: "0", count: 4 - String(v).count) + "\(v)" : "\(v)" }

enum Dates {
    static let monthIndex: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdayIndex: [String: Int] = ["sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
                                               "friday": 5, "saturday": 6]
    /// The same tables keyed by token key: a token's hash is already computed, a String key rehashes.
    static let monthByKey: [WordKey: Int] = Dictionary(uniqueKeysWithValues: monthIndex.map { (WordKey($0.key), $0.value) })
    static let weekdayByKey: [WordKey: Int] = Dictionary(uniqueKeysWithValues: weekdayIndex.map { (WordKey($0.key), $0.value) })
    /// Words that can start a relative expression ("last week", "earlier this year") or be one ("yesterday").
    static let relativeStarts: Set<WordKey> = Set(["last", "next", "this", "earlier", "yesterday"].map(WordKey.init))
    static let futureWords: Set<String> = ["will", "set", "scheduled", "next", "upcoming", "coming", "plans", "expected", "due"]

    static func number(_ t: Token) -> Int? { t.kind == .number ? Int(t.lower) : nil }
    static func year(_ t: Token) -> Int? {
        guard let v = number(t), t.lower.count == 4, v >= 1900, v <= 2100 else { return nil }
        return v
    }

    static func find(_ toks: [Token]) -> [DateExpr] {
        var out: [DateExpr] = []
        let n = toks.count
        var i = 0
        func future(_ at: Int) -> Bool {
            let lo = max(0, at - 8)
            return toks[lo..<at].contains { futureWords.contains($0.lower) }
        }
        func published(_ at: Int) -> Bool {
            var j = at - 1
            if j >= 0 && toks[j].lower == "on" { j -= 1 }
            return j >= 0 && toks[j].lower == "published"
        }
        while i < n {
            // only a capitalised word, a number or a relative word can start a date
            if !toks[i].cap && toks[i].kind != .number && !relativeStarts.contains(toks[i].key) { i += 1; continue }
            let t = toks[i]
            let lw = t.lower
            // Month [.] [day] [, year] | Month year
            if t.cap, let m = monthByKey[t.key], !(lw == "may" && !(i + 1 < n && toks[i + 1].kind == .number)) {
                var j = i + 1
                if j < n && toks[j].lower == "." { j += 1 }
                var e = DateExpr(t0: i, t1: j, year: nil, month: m, day: nil, weekday: nil, relative: nil, future: future(i), published: published(i))
                if j < n, let d = number(toks[j]), d >= 1, d <= 31, toks[j].lower.count <= 2 {
                    e.day = d; j += 1; e.t1 = j
                    if j + 1 < n && toks[j].lower == ",", let y = year(toks[j + 1]) { e.year = y; j += 2; e.t1 = j }
                } else if j < n, let y = year(toks[j]) { e.year = y; j += 1; e.t1 = j }
                else if !(i > 0 && ["in", "since", "until", "early", "late", "mid", "by", "from", "of", "last", "this", "-"].contains(toks[i - 1].lower)) {
                    i += 1; continue
                }
                out.append(e); i = j; continue
            }
            // day Month [year]
            if let d = number(t), d >= 1, d <= 31, lw.count <= 2, i + 1 < n, toks[i + 1].cap, let m = monthByKey[toks[i + 1].key] {
                var j = i + 2
                var e = DateExpr(t0: i, t1: j, year: nil, month: m, day: d, weekday: nil, relative: nil, future: future(i), published: published(i))
                if j < n, let y = year(toks[j]) { e.year = y; j += 1; e.t1 = j }
                out.append(e); i = j; continue
            }
            // a year after a preposition
            if let y = year(t), i > 0, ["in", "since", "of", "by", "until", "from", "early", "late", "throughout"].contains(toks[i - 1].lower) {
                out.append(DateExpr(t0: i, t1: i + 1, year: y, month: nil, day: nil, weekday: nil, relative: nil, future: future(i), published: false))
                i += 1; continue
            }
            // weekdays
            if t.cap, let w = weekdayByKey[t.key] {
                out.append(DateExpr(t0: i, t1: i + 1, year: nil, month: nil, day: nil, weekday: w, relative: nil,
                                    future: future(i) || (i > 0 && toks[i - 1].lower == "next"), published: false))
                i += 1; continue
            }
            // relative expressions
            guard relativeStarts.contains(t.key) else { i += 1; continue }
            if i + 1 < n {
                let nx = toks[i + 1].lower
                var rel: DateExpr.Relative? = nil
                var len = 2
                if lw == "last" && nx == "week" { rel = .lastWeek }
                else if lw == "next" && nx == "week" { rel = .nextWeek }
                else if lw == "last" && nx == "month" { rel = .lastMonth }
                else if lw == "this" && nx == "week" { rel = .thisWeek }
                else if lw == "this" && nx == "month" { rel = .thisMonth }
                else if lw == "earlier" && i + 3 < n && nx == "in" && toks[i + 2].lower == "the" && toks[i + 3].lower == "week" { rel = .thisWeek; len = 4 }
                else if lw == "earlier" && nx == "this" && i + 2 < n && toks[i + 2].lower == "year" { rel = .thisYear; len = 3 }
                else if lw == "earlier" && nx == "this" && i + 2 < n && toks[i + 2].lower == "week" { rel = .thisWeek; len = 3 }
                if let r = rel {
                    out.append(DateExpr(t0: i, t1: i + len, year: nil, month: nil, day: nil, weekday: nil, relative: r, future: r == .nextWeek, published: false))
                    i += len; continue
                }
            }
            if lw == "yesterday" {
                out.append(DateExpr(t0: i, t1: i + 1, year: nil, month: nil, day: nil, weekday: nil, relative: .yesterday, future: false, published: false))
            }
            i += 1
        }
        return out
    }

    /// Latest plausible year written anywhere in the text (1990-2039), for dates written without one.
    static func contextYear(_ s: [Unicode.Scalar]) -> Int? {
        contextYear(s, lines: [0..<s.count])
    }

    /// `contextYear` of these lines of `s` joined with line breaks, without copying them out.
    static func contextYear(_ s: [Unicode.Scalar], lines: [Range<Int>]) -> Int? {
        var best: Int? = nil
        for r in lines {
            var i = r.lowerBound
            let n = r.upperBound
            while i < n {
                if Tokenizer.isDigit(s[i]) {
                    var j = i
                    while j < n && Tokenizer.isDigit(s[j]) { j += 1 }
                    let before = i > r.lowerBound ? s[i - 1] : "\n"
                    let after = j < n ? s[j] : "\n"
                    if j - i == 4 && !(before == "," || before == ".") && !((after == "," || after == ".") && j + 1 < n && Tokenizer.isDigit(s[j + 1])) {
                        var v = 0
                        for k in i..<j { v = v * 10 + Int(s[k].value - 48) }
                        if v >= 1990 && v <= 2039 && !isHistoricalAnchor(s, before: i, lineStart: r.lowerBound) {
                            best = max(best ?? 0, v)
                        }
                    }
                    i = j
                } else { i += 1 }
            }
        }
        return best
    }

    /// Verbs and nouns of an onset ("the full-scale invasion in 2022", "annexed Crimea in 2014",
    /// "the war that began in 2022"): a year they date is history the article recalls, not its own time.
    static let onsetWords: Set<String> = [
        "invasion", "invaded", "annexed", "annexation", "began", "begun", "started", "launched",
        "outbreak", "seized", "occupied", "occupation", "signed", "founded", "established",
    ]

    /// A year that anchors the past rather than dating the article: "since 2022" (a lower bound),
    /// or "in 2022" with an onset word among the four words before it. The year of such a phrase is
    /// no evidence for a date written without one ("on March 15"): a wrong year is worse than none.
    static func isHistoricalAnchor(_ s: [Unicode.Scalar], before i: Int, lineStart: Int) -> Bool {
        var words: [String] = []
        var j = i
        while words.count < 6 {  // "in", a month maybe, four more
            while j > lineStart && !Tokenizer.isLetter(s[j - 1]) {
                // a sentence or clause boundary ends the phrase
                if s[j - 1] == "." || s[j - 1] == ";" || s[j - 1] == ":" || s[j - 1] == "\n" { return Self.anchors(words) }
                j -= 1
            }
            guard j > lineStart else { break }
            var k = j
            while k > lineStart && (Tokenizer.isLetter(s[k - 1]) || s[k - 1] == "-") { k -= 1 }
            words.append(Tokenizer.lower(s[k..<j]))
            j = k
        }
        return Self.anchors(words)
    }

    /// `words`: the words before the year, nearest first.
    private static func anchors(_ words: [String]) -> Bool {
        // "since February 2022", "the invasion in February 2022": the month belongs to the year
        let words = words.first.map { monthIndex[$0] != nil } == true ? Array(words.dropFirst()) : words
        guard let first = words.first else { return false }
        if first == "since" { return true }
        guard first == "in" else { return false }
        return words.dropFirst().prefix(4).contains { w in onsetWords.contains(w) || w.split(separator: "-").contains { onsetWords.contains(String($0)) } }
    }

    /// No year anywhere: a weekday written next to a month and day ("Tuesday, March 3") fixes the year,
    /// the latest one (up to `latest`) on which that day falls on that weekday.
    static func yearFromWeekday(_ exprs: [(DateExpr, Int)], latest: Int = Int(Date().timeIntervalSince1970 / 31_556_952) + 1971) -> Int? {
        for (e, sent) in exprs where e.year == nil && e.month != nil && e.day != nil {
            guard let w = exprs.first(where: { $0.1 == sent && $0.0.weekday != nil && ($0.0.t1 == e.t0 || $0.0.t1 + 1 == e.t0) })?.0.weekday
            else { continue }
            for y in stride(from: latest, through: 2000, by: -1) where SimpleDate(year: y, month: e.month!, day: e.day!).weekday == w {
                return y
            }
        }
        return nil
    }

    /// The article's publication date from its own dates.
    static func published(_ exprs: [DateExpr], contextYear: Int?) -> (String, DatePrecision)? {
        if let p = exprs.first(where: { $0.published && $0.month != nil && $0.day != nil }), let y = p.year ?? contextYear {
            return (SimpleDate(year: y, month: p.month!, day: p.day!).iso, .day)
        }
        var past: [SimpleDate] = []
        var fut: [SimpleDate] = []
        for e in exprs {
            guard let m = e.month, let d = e.day, let y = e.year ?? contextYear else { continue }
            let sd = SimpleDate(year: y, month: m, day: d)
            if e.future { fut.append(sd) } else { past.append(sd) }
        }
        if let latest = past.max() {
            if let f = fut.filter({ $0 > latest }).min(), f.year == latest.year, f.month == latest.month {
                return (format4(latest.year) + "-" + two(latest.month), .month)
            }
            return (latest.iso, .day)
        }
        let monthYears = exprs.compactMap { e -> (Int, Int)? in
            guard let m = e.month, let y = e.year, !e.future else { return nil }
            return (y, m)
        }
        if let (y, m) = monthYears.max(by: { $0 < $1 }) { return (format4(y) + "-" + two(m), .month) }
        if let y = contextYear { return (format4(y), .year) }
        return nil
    }

    /// An expression's date against the publication date.
    static func resolve(_ e: DateExpr, published: SimpleDate?, precision: DatePrecision?, contextYear: Int?) -> (String, DatePrecision)? {
        let refYear = published?.year ?? contextYear
        if let m = e.month {
            var y = e.year ?? refYear
            if e.year == nil, let p = published, !e.future, m > p.month, y == p.year { y = p.year - 1 }
            guard let yy = y else { return nil }
            if let d = e.day { return (SimpleDate(year: yy, month: m, day: d).iso, .day) }
            return (format4(yy) + "-" + two(m), .month)
        }
        if let y = e.year { return (format4(y), .year) }
        if let w = e.weekday {
            guard let p = published, precision == .day else { return nil }
            let pw = p.weekday
            let delta = e.future ? ((w - pw + 7) % 7 == 0 ? 7 : (w - pw + 7) % 7) : -((pw - w + 7) % 7)
            return (SimpleDate(dayNumber: p.dayNumber + delta).iso, .day)
        }
        if let r = e.relative {
            guard let p = published else { return nil }
            switch r {
            case .thisYear: return (format4(p.year), .year)
            case .yesterday where precision == .day: return (SimpleDate(dayNumber: p.dayNumber - 1).iso, .day)
            case .lastMonth:
                let d = SimpleDate(dayNumber: p.dayNumber - 28)
                return (format4(d.year) + "-" + two(d.month), .month)
            default:
                let d = SimpleDate(dayNumber: p.dayNumber + (r == .lastWeek ? -7 : r == .nextWeek ? 7 : 0))
                return (format4(d.year) + "-" + two(d.month), .month)
            }
        }
        return nil
    }
}
