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
        var n = 0, inWord = false
        for i in a..<b {
            let w = Tokenizer.isLetter(s[i]) || Tokenizer.isDigit(s[i])
            if w && !inWord { n += 1 }
            inWord = w
        }
        return n
    }

    func endsSentence(_ s: [Unicode.Scalar], _ b: Int) -> Bool {
        guard b > 0 else { return false }
        return ".!?”\"’:;".unicodeScalars.contains(s[b - 1])
    }

    /// Looks like a person's name alone on a line: 2-3 capitalised words.
    func isNameLine(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count >= 2 && parts.count <= 3 else { return false }
        return parts.allSatisfy { p in
            guard let f = p.unicodeScalars.first, Tokenizer.isUpper(f) else { return false }
            return p.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) || $0 == "-" || $0 == "'" || $0 == "." }
        } && !lex.furnitureLines.contains(text.lowercased())
    }

    /// Byte substring search.
    static func contains(_ h: [UInt8], _ n: [UInt8]) -> Bool {
        guard !n.isEmpty, h.count >= n.count else { return n.isEmpty }
        let first = n[0]
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count && h[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    func isCaption(_ lower: String) -> Bool {
        // "Leaders meet in Rome. Photograph: Name/Agency"
        if ["photograph: ", "photo: ", "image: ", "picture: ", "photo credit: ", "credit...", "credit…"].contains(where: { lower.contains($0) }) { return true }
        guard lower.hasSuffix(")"), let open = lower.lastIndex(of: "(") else { return false }
        let inner = lower[open...]
        return inner.contains("/") || inner.contains("via ") || inner.contains("photo") || inner.contains("getty")
            || inner.contains("afp") || inner.contains("reuters") || inner.contains("ap ") || inner.contains("credit")
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
        let items = text.split(separator: ",")
        guard items.count >= 3, !text.hasSuffix(".") else { return false }
        return items.allSatisfy { item in
            let w = item.split(separator: " ")
            guard !w.isEmpty, w.count <= 4, let f = w[0].unicodeScalars.first else { return false }
            return Tokenizer.isUpper(f)
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
        let scalars = Array(lower.unicodeScalars)
        guard let c = scalars.firstIndex(where: { $0 == "€" || $0 == "$" || $0 == "£" }),
              c + 1 < scalars.count, Tokenizer.isDigit(scalars[c + 1]) else { return false }
        return ["per month", "a month", "/month", "per week", "a week", "per year", " weeks", " trial", "subscri"]
            .contains { lower.hasSuffix($0) || Self.contains(Array(lower.utf8), Array($0.utf8)) }
    }

    /// The canonical name of the outlet a whole line names ("CNN", "euronews.", "Kyiv Independent").
    func outletLine(_ s: [Unicode.Scalar], _ line: Layout.Line) -> String? {
        var toks = Tokenizer.tokenize(s, line.start, line.end)
        while let last = toks.last, last.kind == .punct { toks.removeLast() }
        guard !toks.isEmpty else { return nil }
        let finder = MentionFinder(lex: lex, s: s)
        for i in 0..<toks.count {
            guard let (sf, e) = finder.lexiconMatch(toks, i), lex.actors[sf.actor].kind == .outlet else { continue }
            if i == 0 && e == toks.count { return lex.actors[sf.actor].name }
        }
        // lowercase logotypes ("euronews."): compare folded
        let folded = Tokenizer.lower(s[toks[0].start..<toks[toks.count - 1].end])
        return lex.actors.first { $0.kind == .outlet && Tokenizer.lower(Array($0.name.unicodeScalars)[...]) == folded }?.name
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
                if lex.furnitureLines.contains(low) || (words[k] <= 6 && isCounterOrLabel(low)) || isCaption(low) { furniture[k] = true; continue }
                // appeals, credits and share prompts are short lines
                if words[k] <= 30 && lex.furniturePhraseBytes.contains(where: { Self.contains(lowBytes[k], $0) }) { furniture[k] = true; continue }
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
            if bylineLine == nil, let b = Byline.parse(texts[k], isOutlet: { isOutletName($0) }),
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
                !empty[k] && !furniture[k] && words[k] >= 4 && words[k] <= 30
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
        let endMarkers: Set<String> = ["avatar", "related posts", "related", "related topics", "more from", "most read",
                                       "related articles", "show more", "news feed"]
        let inlineMarkers: Set<String> = ["read more", "read more:", "read also", "read also:", "recommended", "see also",
                                          "see also:", "more on this story", "read next", "watch:"]
        var bodyParagraphs = 0
        var tailStart: Int? = nil
        var k = 0
        while k < n {
            defer { k += 1 }
            if empty[k] || k == titleLine { continue }
            if isBody(k) { bodyParagraphs += 1; continue }
            guard bodyParagraphs >= 1 else { continue }
            if endMarkers.contains(lowers[k]) || (k == authorLine && k != bylineLine) { tailStart = k; break }
            if inlineMarkers.contains(lowers[k]) {
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
