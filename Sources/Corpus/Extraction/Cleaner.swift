#if canImport(Glibc)
import Glibc
#endif
/// Splits an article into lines and decides, by general rules, which lines are page furniture
/// (navigation, membership appeals, bylines, author bios, photo captions, related links...).
/// The served text stays the original file text; furniture lines are only excluded from extraction.
struct Layout: Sendable {
    struct Line: Sendable {
        var start: Int
        var end: Int        // exclusive, without the line break
        var furniture: Bool
    }
    var lines: [Line] = []
    var title: String?
    /// The title line's extractable range (a " | Section | Site" suffix removed).
    var titleRange: Range<Int>?
    var titleLine: Int?
    /// The byline as the author field shows it ("A, B and C").
    var author: String?
    /// Each author's name.
    var authors: [String] = []
    var authorRole: String?
    /// The page's own date line, when the header has one.
    var published: SimpleDate?
    var outlet: String?
    /// Body paragraphs (scalar ranges), the title first when there is one.
    var paragraphs: [(range: Range<Int>, headline: Bool)] = []
}

struct Cleaner {
    let lex: Lexicon

    /// After the body, these lines start the page's tail: everything after them is furniture.
    static let endMarkers: Set<String> = ["avatar", "related posts", "related", "related topics", "more from", "most read",
                                          "related articles", "show more", "news feed"]
    /// These start a block of links inside the body; the article goes on after the links.
    static let inlineMarkers: Set<String> = ["read more", "read more:", "read also", "read also:", "recommended", "see also",
                                             "see also:", "more on this story", "read next", "watch:",
                                             "related stories", "related stories:", "you may also like", "you may also like:",
                                             "also read", "also read:", "more stories", "related coverage", "related content",
                                             "recommended stories", "further reading", "top stories", "editor's picks",
                                             "editor’s picks", "more on this topic", "read more on this topic"]

    static let roleLines: Set<String> = ["reporter", "news editor", "editor", "correspondent", "senior reporter",
                                         "political correspondent", "political editor", "foreign correspondent",
                                         "diplomatic correspondent", "defence correspondent", "defense correspondent",
                                         "staff writer", "journalist", "contributor", "writer", "deputy editor",
                                         "editor-in-chief", "columnist", "senior editor", "news reporter", "author"]


    func str(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String { ScalarText.string(s, a, b) }

    func trimmed(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> (Int, Int) {
        var a = a, b = b
        while a < b && Tokenizer.isSpace(s[a]) { a += 1 }
        while b > a && Tokenizer.isSpace(s[b - 1]) { b -= 1 }
        return (a, b)
    }

    func wordCount(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int {
        // every scalar of every line passes here: read in place, ASCII tested inline
        s.withUnsafeBufferPointer { p in
            var n = 0, inWord = false
            for i in a..<b {
                let v = p[i].value
                let w = v < 128 ? ((v | 32) >= 97 && (v | 32) <= 122) || (v >= 48 && v <= 57) : Tokenizer.isLetter(p[i])
                if w && !inWord { n += 1 }
                inWord = w
            }
            return n
        }
    }

    func endsSentence(_ s: [Unicode.Scalar], _ b: Int) -> Bool {
        guard b > 0 else { return false }
        return ".!?”\"’:;»“›".unicodeScalars.contains(s[b - 1])
    }

    /// A short line that dates the article: a month (full or abbreviated) and a number, "Sep 29, 2026 - World".
    static func isDateLine(_ low: String) -> Bool {
        let parts = low.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "-" })
        guard parts.count <= 8 else { return false }
        let month = parts.contains { MentionFinder.months.contains(String($0)) || Self.monthAbbreviations.contains(String($0)) }
        return month && parts.contains { $0.allSatisfy(\.isNumber) }
    }
    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// Looks like a person's name alone on a line: 2-3 capitalised words.
    func isNameLine(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count >= 2 && parts.count <= 3 else { return false }
        return parts.allSatisfy { p in
            guard let f = p.unicodeScalars.first, Tokenizer.isUpper(f) else { return false }
            return p.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) || $0 == "-" || $0 == "'" || $0 == "." }
        } && !lex.furnitureLines.contains(text.lowercased())
    }

    /// Byte substring search. Hot: the claim stance markers alone make millions of calls.
    static func contains(_ h: [UInt8], _ n: [UInt8]) -> Bool {
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        return h.withUnsafeBufferPointer { hp in contains(hp, n) }
    }

    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ n: [UInt8]) -> Bool {
        guard !n.isEmpty else { return true }
        guard h.count >= n.count, let hb = h.baseAddress else { return false }
        return n.withUnsafeBufferPointer { np -> Bool in
            let nb = np.baseAddress!, m = np.count
            let last = h.count - m
            if m == 1 { return memchr(hb, Int32(nb[0]), h.count) != nil }
            // anchor on the second byte (markers start with a space, which is everywhere), found by
            // memchr: a byte-at-a-time loop cost ~20 instructions per byte of every line searched
            let n0 = nb[0], n1 = nb[1]
            var i = 0
            while i <= last {
                // a start at i..<=last puts its second byte at i + 1...last + 1
                guard let q = memchr(hb + i + 1, Int32(n1), last - i + 1) else { return false }
                let st = UnsafePointer<UInt8>(q.assumingMemoryBound(to: UInt8.self)) - hb - 1
                if hb[st] == n0 && (m == 2 || memcmp(hb + st + 2, nb + 2, m - 2) == 0) { return true }
                i = st + 1
            }
            return false
        }
    }

    /// Whether `h` contains any of `phrases`: `contains(where: { contains(h, $0) })`, searching only the
    /// phrases whose first two bytes occur next to each other somewhere in `h` (a 1,024-bit table).
    static func containsAnyPhrase(_ h: [UInt8], _ phrases: [[UInt8]]) -> Bool {
        h.withUnsafeBufferPointer { hp -> Bool in
            var table = PairTable()
            if hp.count >= 2 { for i in 0..<(hp.count - 1) { table.insert(hp[i], hp[i + 1]) } }
            for p in phrases {
                if p.count >= 2 && !table.has(p[0], p[1]) { continue }
                if contains(hp, p) { return true }
            }
            return false
        }
    }

    /// A claim's normalised words (" word word ") for many stance-marker searches: the table of
    /// word-initial letter pairs and the word starts are found once. A marker written " word ..."
    /// can only start at a space, so only those positions are tried.
    struct MarkerText {
        let norm: [UInt8]
        var table = PairTable()
        var spaces: [Int32] = []
        /// `MarkerSet.hash` of the word after each space (up to the next space or the end).
        var wordHashes: [UInt32] = []
        init(_ norm: [UInt8]) {
            self.norm = norm
            let n = norm.count
            spaces.reserveCapacity(n / 4)
            wordHashes.reserveCapacity(n / 4)
            var h = MarkerSet.hashStart
            for i in 0..<n {
                guard norm[i] == 32 else { h = MarkerSet.step(h, norm[i]); continue }
                if !spaces.isEmpty { wordHashes.append(h) }
                h = MarkerSet.hashStart
                spaces.append(Int32(i))
                if i + 2 < n { table.insert(norm[i + 1], norm[i + 2]) }
            }
            if !spaces.isEmpty { wordHashes.append(h) }
        }
        /// Same as `markers.contains { Cleaner.contains(norm, $0) }` for the markers `set` was made of.
        func containsAny(_ set: MarkerSet) -> Bool {
            let found = norm.withUnsafeBufferPointer { hp -> Bool in
                guard let base = hp.baseAddress else { return false }
                for k in 0..<spaces.count where set.matches(wordHashes[k], at: Int(spaces[k]), in: base, hp.count) { return true }
                return false
            }
            return found || (!set.others.isEmpty && containsAny(set.others))
        }
        /// Same as `markers.contains { Cleaner.contains(norm, $0) }`.
        func containsAny(_ markers: [[UInt8]]) -> Bool {
            norm.withUnsafeBufferPointer { hp -> Bool in
                let n = hp.count
                for m in markers {
                    if m.count >= 3 && m[0] == 32 {
                        let m1 = m[1], m2 = m[2], len = m.count
                        if !table.has(m1, m2) { continue }
                        let found = m.withUnsafeBufferPointer { mp -> Bool in
                            for sp in spaces {
                                let p = Int(sp)
                                if p + len > n { break }
                                if hp[p + 1] == m1 && hp[p + 2] == m2 && (len == 3 || memcmp(hp.baseAddress! + p + 3, mp.baseAddress! + 3, len - 3) == 0) { return true }
                            }
                            return false
                        }
                        if found { return true }
                        continue
                    }
                    if Cleaner.contains(hp, m) { return true }
                }
                return false
            }
        }
    }

    /// 1,024 bits indexed by a hash of a byte pair; no false negatives.
    struct PairTable {
        var w: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        @inline(__always) static func slot(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 31 &+ Int(b)) & 1023 }
        @inline(__always) mutating func insert(_ a: UInt8, _ b: UInt8) {
            let k = Self.slot(a, b)
            withUnsafeMutableBytes(of: &w) { $0.bindMemory(to: UInt64.self)[k >> 6] |= 1 << UInt64(k & 63) }
        }
        @inline(__always) func has(_ a: UInt8, _ b: UInt8) -> Bool {
            let k = Self.slot(a, b)
            return withUnsafeBytes(of: w) { $0.load(fromByteOffset: (k >> 6) * 8, as: UInt64.self) } & (1 << UInt64(k & 63)) != 0
        }
    }

    static let captionMarkers: [[UInt8]] = ["photograph: ", "photo: ", "image: ", "picture: ", "photo credit: ", "credit...", "credit…"].map { Array($0.utf8) }
    static let captionMarkersHaveColon = captionMarkers.allSatisfy { $0.contains(UInt8(ascii: ":")) }
    static let creditHints: [[UInt8]] = ["/", "via ", "photo", "getty", "afp", "reuters", "ap ", "credit"].map { Array($0.utf8) }

    func isCaption(_ lower: String) -> Bool {
        var lower = lower
        return lower.withUTF8 { Self.isCaption(bytes: $0) }
    }

    /// `isCaption` on the lowercased line's UTF-8 bytes (no Foundation string search).
    static func isCaption(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        // "Leaders meet in Rome. Photograph: Name/Agency"
        // a line without a colon has none of the markers (they all end in ": ")
        if !captionMarkersHaveColon || (b.baseAddress.map { memchr($0, Int32(UInt8(ascii: ":")), b.count) != nil } ?? false),
           captionMarkers.contains(where: { contains(b, $0) }) { return true }
        guard let last = b.last, last == UInt8(ascii: ")") else { return false }
        var open = b.count - 1
        while open >= 0 && b[open] != UInt8(ascii: "(") { open -= 1 }
        guard open >= 0 else { return false }
        let inner = UnsafeBufferPointer(rebasing: b[open...])
        return creditHints.contains(where: { contains(inner, $0) })
    }

    func isCounterOrLabel(_ lower: String) -> Bool {
        // "2 min read", "0 out of 25,000", "(Updated: )"
        let parts = lower.split(separator: " ")
        if parts.count == 3, parts[1] == "min", parts[2] == "read", Int(parts[0]) != nil { return true }
        if parts.count == 4, parts[1] == "out", parts[2] == "of", parts[0].allSatisfy({ $0.isNumber || $0 == "," }) { return true }
        if lower.hasPrefix("(updated") || lower.hasPrefix("updated:") || lower.hasPrefix("published:") { return true }
        return false
    }

    /// "News Feed, Ukraine, Russia, War, Security guarantees": three or more short capitalised
    /// items between commas, a page's tags or section path, never a sentence.
    func isTagList(_ text: String) -> Bool {
        // three items need two commas: most short lines have fewer, so count bytes before splitting
        var commas = 0
        for b in text.utf8 where b == UInt8(ascii: ",") { commas += 1; if commas == 2 { break } }
        guard commas == 2 else { return false }
        if let ascii = Self.isASCIITagList(text) { return ascii }
        let items = text.split(separator: ",")
        guard items.count >= 3, !text.hasSuffix(".") else { return false }
        return items.allSatisfy { item in
            let w = item.split(separator: " ")
            guard !w.isEmpty, w.count <= 4, let f = w[0].unicodeScalars.first else { return false }
            return Tokenizer.isUpper(f)
        }
    }

    /// `isTagList` for an ASCII line, in one pass over its bytes that stops at the first item that
    /// fails (splitting the line and each item cost ~30,000 instructions a line); nil for other
    /// text, where a `Character` may join a comma or space to a combining mark and the splits decide.
    private static func isASCIITagList(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { b -> Bool? in
            for c in b where c >= 128 { return nil }
            let n = b.count
            if n > 0 && b[n - 1] == UInt8(ascii: ".") { return false }
            // items are the non-empty runs between commas; words the non-empty runs between spaces
            var items = 0
            var i = 0
            while i < n {
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                var words = 0
                var firstUpper = false
                while i < n && b[i] != UInt8(ascii: ",") {
                    if b[i] == UInt8(ascii: " ") { i += 1; continue }
                    if words == 0 { firstUpper = b[i] >= 65 && b[i] <= 90 }
                    words += 1
                    while i < n && b[i] != UInt8(ascii: ",") && b[i] != UInt8(ascii: " ") { i += 1 }
                }
                guard words > 0, words <= 4, firstUpper else { return false }
                items += 1
            }
            return items >= 3
        }
    }

    /// "Europe Promised Ukraine a Force. It Is Still Looking for the Soldiers.": a headline in
    /// title case may end with a period; a sentence does not capitalise most of its words.
    func isTitleCase(_ text: String) -> Bool {
        let long = text.split(separator: " ").filter { $0.count >= 4 }
        guard long.count >= 3 else { return false }
        let caps = long.filter { $0.first.map { $0.isUppercase } ?? false }.count
        return caps * 10 >= long.count * 8
    }

    /// A paywall offer: a price with a period ("Only €1 for 4 weeks", "Then €75 per month").
    func isPriceLine(_ lower: String) -> Bool {
        // no currency sign, no price: a byte scan spares most lines the scalar array below
        guard Self.hasCurrencySign(lower.utf8) else { return false }
        let scalars = Array(lower.unicodeScalars)
        guard let c = scalars.firstIndex(where: { $0 == "€" || $0 == "$" || $0 == "£" }),
              c + 1 < scalars.count, Tokenizer.isDigit(scalars[c + 1]) else { return false }
        return ["per month", "a month", "/month", "per week", "a week", "per year", " weeks", " trial", "subscri"]
            .contains { lower.hasSuffix($0) || Self.contains(Array(lower.utf8), Array($0.utf8)) }
    }

    /// Whether the UTF-8 holds "$", "€" (E2 82 AC) or "£" (C2 A3); lead bytes never occur mid-character.
    static func hasCurrencySign(_ utf8: String.UTF8View) -> Bool {
        var it = utf8.makeIterator()
        var p1: UInt8 = 0, p2: UInt8 = 0
        while let b = it.next() {
            if b == 0x24 { return true }
            if b == 0xAC && p1 == 0x82 && p2 == 0xE2 { return true }
            if b == 0xA3 && p1 == 0xC2 { return true }
            p2 = p1; p1 = b
        }
        return false
    }

    /// The canonical name of the outlet a whole line names ("CNN", "euronews.", "Kyiv Independent").
    func outletLine(_ s: [Unicode.Scalar], _ line: Layout.Line) -> String? {
        var toks = Tokenizer.tokenize(s, line.start, line.end)
        while let last = toks.last, last.kind == .punct { toks.removeLast() }
        guard !toks.isEmpty else { return nil }
        let finder = MentionFinder(lex: lex, s: s)
        for i in 0..<toks.count {
            guard let (sf, e) = finder.lexiconMatch(toks, i), lex.actors[sf.actor].kind == .outlet else { continue }
            // the logo's link text: "Reuters home", "The Guardian - Back to home", "BBC Homepage"
            if i == 0 && toks[e...].allSatisfy({ Self.logoLinkWords.contains($0.lower) }) { return lex.actors[sf.actor].name }
        }
        // lowercase logotypes ("euronews."): compare folded
        let folded = Tokenizer.lower(s[toks[0].start..<toks[toks.count - 1].end])
        return lex.outletByFoldedName[folded]
    }

    static let logoLinkWords: Set<String> = ["home", "homepage", "back", "to", "go", "logo", "-", "–", "—", "|"]

    /// "News|Russia-Ukraine war", "Home › World › Europe": a path of section labels, not a headline.
    static func isBreadcrumb(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "|" || $0 == "›" || $0 == "»" || $0 == ">" })
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { $0.split(separator: " ").count <= 3 }
    }

    func isOutletName(_ text: String) -> Bool { outletCanonical(text) != nil }

    func outletCanonical(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        return outletLine(scalars, Layout.Line(start: 0, end: scalars.count, furniture: false))
    }

    /// "News Editor", "Political correspondent @TomAshworthSky": a role under a byline name.
    func isRoleLine(_ lower: String) -> Bool {
        if Self.roleLines.contains(lower) { return true }
        let words = lower.split(separator: " ").filter { !$0.hasPrefix("@") }
        guard !words.isEmpty, words.count <= 4 else { return false }
        return Self.roleLines.contains(words.joined(separator: " ")) || Self.roleLines.contains(String(words.last!))
    }

    /// The role without a social handle.
    func roleText(_ text: String) -> String {
        text.split(separator: " ").filter { !$0.hasPrefix("@") }.joined(separator: " ")
    }

    func layout(_ s: [Unicode.Scalar]) -> Layout {
        var L = Layout()
        // lines
        var a = 0
        for i in 0...s.count {
            if i == s.count || s[i] == "\n" {
                var e = i
                if e > a && s[e - 1] == "\r" { e -= 1 }
                L.lines.append(.init(start: a, end: e, furniture: false))
                a = i + 1
            }
        }
        let n = L.lines.count
        var texts: [String] = []
        var lowers: [String] = []
        var empty: [Bool] = []
        var furniture = [Bool](repeating: false, count: n)
        var words = [Int](repeating: 0, count: n)
        var lowBytes: [[UInt8]] = []
        for ln in L.lines {
            let (x, y) = trimmed(s, ln.start, ln.end)
            let wc = x < y ? wordCount(s, x, y) : 0
            words[texts.count] = wc
            // long lines are body text: only their beginning matters to the furniture rules
            let t = str(s, x, wc > 60 ? min(y, x + 120) : y)
            let low = Tokenizer.lower(s[x..<(wc > 60 ? min(y, x + 120) : y)])
            texts.append(t); lowers.append(low); empty.append(x >= y)
            lowBytes.append(Array(low.utf8))
        }
        var mastheadOutlet: String? = nil
        for k in 0..<n where !empty[k] {
            let low = lowers[k]
            if words[k] <= 60 {
                if lex.furnitureLines.contains(low) || (words[k] <= 6 && isCounterOrLabel(low)) || lowBytes[k].withUnsafeBufferPointer({ Self.isCaption(bytes: $0) }) { furniture[k] = true; continue }
                // appeals, credits and share prompts are short lines
                if words[k] <= 30 && Self.containsAnyPhrase(lowBytes[k], lex.furniturePhraseBytes) { furniture[k] = true; continue }
                // a wire story's credit line names many people: "Reporting by A in London and B in Paris; Additional
                // reporting by C; Writing by D; Editing by E" runs longer than other credits
                if (low.hasPrefix("reporting by ") || low.hasPrefix("(reporting by ")) && low.contains("; ") { furniture[k] = true; continue }
                if words[k] <= 30 && (isTagList(texts[k]) || isPriceLine(low)) { furniture[k] = true; continue }
                // the site's name alone on a line: a masthead (the outlet, near the top) or a credit
                if words[k] <= 6, let outlet = outletLine(s, L.lines[k]) {
                    furniture[k] = true
                    if k < 15 && mastheadOutlet == nil { mastheadOutlet = outlet }
                    continue
                }
            }
            if low.hasPrefix("by ") && words[k] <= 4 && isNameLine(String(texts[k].dropFirst(3))) { furniture[k] = true; continue }
        }
        // body paragraphs: long lines that end a sentence
        func isBody(_ k: Int) -> Bool {
            !empty[k] && !furniture[k] && words[k] >= 15 && endsSentence(s, trimmed(s, L.lines[k].start, L.lines[k].end).1)
        }
        // the header: bylines and a date line before the body ("By A and B", "A in London and B in
        // Paris", "Name | 14.04.2026"; "Published January 14 2026")
        var bylineLine: Int? = nil
        var byline: Byline? = nil
        var datelineLine: Int? = nil
        var bodyBefore = 0
        var headlineSeen = false
        for k in 0..<min(n, 60) where !empty[k] {
            if bodyBefore >= 2 { break }
            if isBody(k) && bylineLine == nil && datelineLine == nil { bodyBefore += 1 }
            defer { if !furniture[k] && words[k] >= 4 { headlineSeen = true } }
            if words[k] > 16 { continue }
            // a byline follows a headline; before it, "Democracy Dies in Darkness" is a slogan
            if bylineLine == nil, let b = Byline.parse(texts[k], afterHeadline: headlineSeen, isOutlet: { isOutletName($0) }),
               headlineSeen || texts[k].lowercased().hasPrefix("by ") {
                bylineLine = k; byline = b; furniture[k] = true
                if let d = Dateline.date(s, L.lines[k].start, L.lines[k].end) { datelineLine = datelineLine ?? k; L.published = L.published ?? d }
                continue
            }
            if datelineLine == nil, let d = Dateline.date(s, L.lines[k].start, L.lines[k].end) {
                datelineLine = k; L.published = d; furniture[k] = true
            }
        }
        // without a byline or date line, the first body paragraph ends the header
        let anchor = [bylineLine, datelineLine].compactMap { $0 }.min() ?? (0..<n).first(where: isBody)
        // title: a short line without a final period before the header's byline or date line
        // (or before the body); site slogans and nav labels come before a run of labels, so
        // the first candidate with no run of two labels between it and the anchor
        var titleLine: Int? = nil
        if let anchor {
            func isLabel(_ k: Int) -> Bool { !empty[k] && !furniture[k] && words[k] <= 3 && !endsSentence(s, trimmed(s, L.lines[k].start, L.lines[k].end).1) }
            let candidates = (0..<anchor).filter { k in
                !empty[k] && !furniture[k] && words[k] >= 4 && words[k] <= 30 && !Self.isBreadcrumb(texts[k])
                    && (!(texts[k].hasSuffix(".") || texts[k].hasSuffix("?\"")) || isTitleCase(texts[k]))
            }
            for c in candidates {
                var run = 0, labelRun = false
                for k in (c + 1)..<anchor where !empty[k] {
                    if isLabel(k) { run += 1; if run >= 2 { labelRun = true; break } } else { run = 0 }
                }
                if !labelRun { titleLine = c; break }
            }
        }
        if titleLine == nil {
            // the first line that is not furniture, short and without a final period
            for k in 0..<n where !empty[k] && !furniture[k] {
                if words[k] <= 3 && !endsSentence(s, trimmed(s, L.lines[k].start, L.lines[k].end).1) { continue }
                if words[k] >= 4 && words[k] <= 30 && !(texts[k].hasSuffix(".") || texts[k].hasSuffix("?\"")) { titleLine = k }
                break
            }
        }
        // bylines: a name line next to "Avatar" / "By" or followed by a role line
        var authorLine: Int? = bylineLine
        if let byline {
            L.authors = byline.names
            L.author = byline.joined
            L.authorRole = byline.role
            if mastheadOutlet == nil, let o = byline.trailingOutlet { mastheadOutlet = outletCanonical(o) }
        }
        if authorLine == nil {
            for k in 0..<n where !empty[k] && words[k] <= 3 && isNameLine(texts[k]) {
                let prev = (0..<k).last { !empty[$0] }
                let next = ((k + 1)..<n).first { !empty[$0] }
                let prevAvatar = prev.map { lowers[$0] == "avatar" || lowers[$0] == "by" || lowers[$0] == "author" } ?? false
                let nextRole = next.map { isRoleLine(lowers[$0]) } ?? false
                if prevAvatar || nextRole {
                    authorLine = k
                    L.author = texts[k]
                    if let nx = next, nextRole { L.authorRole = roleText(texts[nx]); furniture[nx] = true }
                    break
                }
                if let p = prev, lowers[p].hasPrefix("by ") { authorLine = k; L.author = texts[k]; break }
                // "Headline / Hannah Voss / Sep 29, 2026 - World": a name between the title and a date line
                if let p = prev, p == titleLine, let nx = next, Self.isDateLine(lowers[nx]) { authorLine = k; L.author = texts[k]; break }
            }
        }
        if authorLine == nil {
            for k in 0..<n where lowers[k].hasPrefix("by ") && isNameLine(String(texts[k].dropFirst(3))) {
                L.author = String(texts[k].dropFirst(3)); authorLine = k; break
            }
        }
        if L.authors.isEmpty, let a = L.author { L.authors = [a] }
        // the tail: after the body, a byline block or an end marker ("Related posts") makes the
        // rest furniture; an inline marker ("Read more:", "Recommended") only the links under it
        var bodyParagraphs = 0
        var tailStart: Int? = nil
        // an author line ends the article only when most of the body is above it: a standfirst
        // before a "Name / Role" header is no article of its own
        let bodyAfterAuthor = authorLine.map { a in ((a + 1)..<n).filter { isBody($0) }.count } ?? 0
        var k = 0
        while k < n {
            defer { k += 1 }
            if empty[k] || k == titleLine { continue }
            if isBody(k) { bodyParagraphs += 1; continue }
            guard bodyParagraphs >= 1 else { continue }
            if Self.endMarkers.contains(lowers[k]) || (k == authorLine && k != bylineLine && bodyAfterAuthor <= bodyParagraphs) { tailStart = k; break }
            if Self.inlineMarkers.contains(lowers[k]) {
                furniture[k] = true
                // the links under it: short lines that do not end a sentence (a question may)
                var j = k + 1
                while j < n {
                    if empty[j] { j += 1; continue }
                    let y = trimmed(s, L.lines[j].start, L.lines[j].end).1
                    let question = y > 0 && s[y - 1] == "?"
                    guard words[j] <= 20 && (!endsSentence(s, y) || question) else { break }
                    furniture[j] = true
                    j += 1
                }
                k = j - 1
            }
        }
        if let t = tailStart {
            for k in t..<n where !empty[k] && k != authorLine { furniture[k] = true }
            // a related-article headline just above the byline block
            if let p = (0..<t).last(where: { !empty[$0] }), p != titleLine, !endsSentence(s, trimmed(s, L.lines[p].start, L.lines[p].end).1),
               words[p] <= 25 {
                furniture[p] = true
            }
        }
        // short labels (section names, image tags) and repeated headlines; author bios
        for k in 0..<n where !empty[k] && !furniture[k] && k != titleLine && k != authorLine {
            let (x, y) = trimmed(s, L.lines[k].start, L.lines[k].end)
            if words[k] <= 3 && !endsSentence(s, y) { furniture[k] = true; continue }
            if let tl = titleLine, texts[k] == texts[tl] { furniture[k] = true; continue }
            if TeaserLine.isTeaser(lowers[k], words: words[k]) { furniture[k] = true; continue }
            // "A is a news editor at …", "A is the Guardian's diplomatic editor"
            if L.authors.contains(where: { au in [" is a", " is an", " is the"].contains { lowers[k].hasPrefix(au.lowercased() + $0 + " ") } }) {
                furniture[k] = true; continue
            }
            _ = x
        }
        if let au = authorLine { furniture[au] = true }
        // outlet: "a reporter for the Kyiv Independent", "The Kyiv Independent's Jared Goyette", "© Outlet"
        L.outlet = findOutlet(s, lows: lowBytes, lines: L.lines, furniture: furniture) ?? mastheadOutlet
        // title text and range
        if let tl = titleLine {
            var (x, y) = trimmed(s, L.lines[tl].start, L.lines[tl].end)
            // " | World | News" section suffix
            var i = x
            while i + 2 < y {
                if s[i] == " " && s[i + 1] == "|" && s[i + 2] == " " { y = i; break }
                i += 1
            }
            L.title = str(s, x, y)
            L.titleRange = x..<y
            L.titleLine = tl
            L.paragraphs.append((x..<y, true))
        }
        for k in 0..<n where !empty[k] && !furniture[k] && k != titleLine {
            let (x, y) = trimmed(s, L.lines[k].start, L.lines[k].end)
            L.paragraphs.append((x..<y, false))
        }
        for k in 0..<n { L.lines[k].furniture = furniture[k] && !empty[k] }
        return L
    }

    static let outletHints: [[UInt8]] = ["reporter", "editor", "correspondent", "journalist", "writer", "©", "copyright", "'s"].map { Array($0.utf8) }

    /// The publisher, when page furniture names it (author bio, credit line, "Outlet's Name" promotion).
    func findOutlet(_ s: [Unicode.Scalar], lows: [[UInt8]], lines: [Layout.Line], furniture: [Bool]) -> String? {
        let finder = MentionFinder(lex: lex, s: s)
        let staff: Set<String> = ["reporter", "editor", "correspondent", "journalist", "writer", "columnist", "contributor"]
        for k in 0..<lines.count where furniture[k] {
            guard Self.outletHints.contains(where: { Self.contains(lows[k], $0) }) else { continue }
            let toks = Tokenizer.tokenize(s, lines[k].start, lines[k].end)
            for i in 0..<toks.count {
                guard let (sf, e) = finder.lexiconMatch(toks, i), finder.lex.actors[sf.actor].kind == .outlet else { continue }
                let name = finder.lex.actors[sf.actor].name
                // "reporter for (the) X"
                var j = i - 1
                if j >= 0 && toks[j].lower == "the" { j -= 1 }
                if j >= 1 && ["for", "at", "with"].contains(toks[j].lower) && staff.contains(toks[j - 1].lower) { return name }
                if i > 0 && (toks[i - 1].lower == "©" || toks[i - 1].lower == "copyright") { return name }
                // "The Kyiv Independent's Jared Goyette" in page furniture
                if furniture[k], e + 1 < toks.count, toks[e].lower == "'s", toks[e + 1].cap, finder.isNameToken(toks[e + 1]) { return name }
                // "Ruth Ashby is the Guardian's diplomatic editor" (an author bio)
                if e < toks.count, toks[e].lower == "'s", toks[(e + 1)..<min(toks.count, e + 4)].contains(where: { staff.contains($0.lower) }) {
                    return name
                }
            }
        }
        // a wire story's dateline "BERLIN, Feb 10 (Reuters) -", or a credit "Source: Al Jazeera and news agencies"
        var bodyLines = 0
        for k in 0..<lines.count where !furniture[k] && lines[k].end - lines[k].start > 40 {
            bodyLines += 1
            if bodyLines > 3 { break }
            let toks = Tokenizer.tokenize(s, lines[k].start, min(lines[k].end, lines[k].start + 200))
            for i in 1..<max(1, toks.count - 2) where toks[i - 1].lower == "(" {
                guard let (sf, e) = finder.lexiconMatch(toks, i), lex.actors[sf.actor].kind == .outlet,
                      e + 1 < toks.count, toks[e].lower == ")", ["-", "–", "—"].contains(toks[e + 1].lower) else { continue }
                return lex.actors[sf.actor].name
            }
        }
        for k in 0..<lines.count where lows[k].starts(with: Array("source: ".utf8)) {
            let toks = Tokenizer.tokenize(s, lines[k].start, lines[k].end)
            if toks.count > 2, let (sf, _) = finder.lexiconMatch(toks, 2), lex.actors[sf.actor].kind == .outlet {
                return lex.actors[sf.actor].name
            }
        }
        return nil
    }
}
