/// Sentence boundaries over a paragraph's tokens. A period ends a sentence unless it follows an
/// abbreviation (Mr., Lt. Col., Feb., St.) or an acronym inside a name; a quotation that spans
/// several sentences stays in one sentence with its attribution.
enum Sentences {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "lt", "col", "gen", "sgt", "capt", "maj", "adm", "cmdr", "gov", "sen", "rep",
        "prof", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "approx", "fig", "est", "dept", "univ", "ave", "mt", "ft", "pres",
    ]

    static let abbreviationKeys = WordKey.set(abbreviations)

    /// Token ranges of the sentences of `toks`.
    static func split(_ toks: [Token]) -> [Range<Int>] {
        if let r = split(toks, quoteAware: true) { return r }
        return split(toks, quoteAware: false)!
    }

    private static func split(_ toks: [Token], quoteAware: Bool) -> [Range<Int>]? {
        var out: [Range<Int>] = []
        var start = 0
        var depth = 0
        let n = toks.count
        var i = 0
        while i < n {
            // the two fields read, not the token (copying a token copies its string)
            let ch = toks[i].ch, kind = toks[i].kind
            let double = Token.isDoubleMark(ch)
            if double && kind == .quoteOpen { depth += 1 }
            else if double && kind == .quoteClose && depth > 0 { depth -= 1 }
            if kind == .punct && (ch == "." || ch == "?" || ch == "!") {
                var end = i + 1
                // closing quotes right after the period belong to this sentence
                while end < n && toks[end].kind == .quoteClose { end += 1 }
                var boundary = end >= n || nextStarts(toks[end])
                if ch == ".", i > 0, toks[i - 1].isWord, abbreviationKeys.contains(toks[i - 1].key) {
                    // "Feb. 26", "Mr. Macron", "Lt. Col." -- an abbreviation, unless a new sentence clearly starts
                    if end < n && (toks[end].kind == .number || toks[end].cap) { boundary = false }
                }
                if quoteAware && depth > 0 {
                    // inside a quotation: the close quote decides
                    var d = depth
                    for k in i + 1..<end where toks[k].kind == .quoteClose { d -= 1 }
                    if d > 0 { boundary = false } else { depth = d }
                }
                if boundary {
                    out.append(start..<end)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if quoteAware && depth > 0 { return nil }
        if start < n { out.append(start..<n) }
        return out
    }

    @inline(__always) static func nextStarts(_ t: Token) -> Bool {
        t.cap || t.kind == .quoteOpen || t.kind == .number || t.ch == "(" || t.ch == "-" || t.ch == "—"
    }
}
