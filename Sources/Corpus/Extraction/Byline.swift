/// A byline line read into its authors' names, by the shapes news pages use:
/// "By A", "By A and B", "By A, B and C, CNN" (a trailing outlet), "BY A AND B",
/// "A in London and B in Paris" (each name with its city), "A | 14.04.2026 - Update …",
/// "A Diplomatic editor" (one name and its role).
/// Anything else is not a byline: a part that is not a name makes the whole line fail.
struct Byline: Equatable, Sendable {
    /// Each author as written, without "By", cities or the outlet.
    var names: [String]
    /// The line's own text for the outlet at its end ("CNN"), if any.
    var trailingOutlet: String?
    /// A role printed after a single name ("Ruth Ashby Diplomatic editor").
    var role: String?

    /// Last words of a role printed after a name on the byline line.
    static let roleHeads: Set<Substring> = ["editor", "correspondent", "reporter", "writer", "journalist", "columnist",
                                            "contributor", "analyst", "producer"]

    /// The author field: the names joined as a byline joins them ("A, B and C").
    var joined: String {
        names.count <= 1 ? (names.first ?? "") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// `isOutlet` tells whether a part names a news outlet (the lexicon knows). `afterHeadline`:
    /// the line sits in a page header below its headline, where a line of two or more names
    /// and nothing else ("Ewa Kowalczyk and Thomas Greer") is the byline without its "By".
    static func parse(_ line: String, afterHeadline: Bool = false, isOutlet: (String) -> Bool) -> Byline? {
        var text = Substring(line.trimmingSpaces)
        // `firstRange(of:)` costs ~50,000 instructions a line: searched only when the line has a middle
        // dot (or the Greek ano teleia, canonically the same character) or a dash
        let mayHoldSeparator = line.utf8.contains(0xB7) || line.utf8.contains(0x87) || line.utf8.contains(0x93) || line.utf8.contains(0x94)
        var prefixed = false
        for p in ["By ", "by ", "BY "] where text.hasPrefix(p) {
            text = text.dropFirst(p.count); prefixed = true; break
        }
        // "Name · CBC News", "Name — Tuesday, 14 April 2026, 18:42": the name before a dot or dash
        // followed by its outlet or a date
        var barred = false
        var outletAfterDot: String? = nil
        // (after "By" too: "by Olena Hrytsenko | January 20, 2026, 5:14 pm")
        for sep in [" · ", " — ", " – "] where mayHoldSeparator {
            guard let r = text.firstRange(of: sep) else { continue }
            let after = String(text[r.upperBound...]).trimmingSpaces
            if after.contains(where: { $0.isNumber }) { text = text[..<r.lowerBound]; barred = true; break }
            if !prefixed && sep == " · " && isOutlet(after) { outletAfterDot = after; text = text[..<r.lowerBound]; barred = true; break }
        }
        // "Name   |14.04.2026 - Update : 14.04.2026": the name before a bar
        if !barred, let bar = text.firstIndex(of: "|") {
            let after = text[text.index(after: bar)...]
            guard after.contains(where: { $0.isNumber }) else { return nil }
            text = text[..<bar]; barred = true
        }
        // "Ruth Ashby Diplomatic editor": one name, then its role
        let all = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if !prefixed, let last = all.last, roleHeads.contains(Substring(last.lowercased())), !text.contains(",") {
            for j in 2...3 where j < all.count && all.count - j <= 3 {
                let role = all[j...]
                // the role's first word may be capitalised, the others are not
                guard role.dropFirst().allSatisfy({ $0.first.map { !$0.isUppercase } ?? false }) else { continue }
                if isName(all[..<j], minWords: 2) {
                    return Byline(names: [all[..<j].joined(separator: " ")], trailingOutlet: nil, role: role.joined(separator: " "))
                }
            }
            return nil
        }
        // parts: split at commas and at "and" / "AND" / "&"
        var parts: [[Substring]] = [[]]
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if word == "and" || word == "AND" || word == "&" { parts.append([]); continue }
            if word.hasSuffix(",") {
                parts[parts.count - 1].append(word.dropLast()); parts.append([]); continue
            }
            parts[parts.count - 1].append(word)
        }
        var names: [String] = []
        var outlet: String? = outletAfterDot
        var withCity = 0
        // "Danielle Roe, Defence Editor": one name, a comma, then its role
        if !prefixed, parts.count == 2, let last = parts[1].last, roleHeads.contains(Substring(last.lowercased())),
           parts[1].count <= 3, isName(parts[0][...], minWords: 2) {
            return Byline(names: [parts[0].joined(separator: " ")], trailingOutlet: nil, role: parts[1].joined(separator: " "))
        }
        for (i, raw) in parts.enumerated() {
            var words = raw
            if words.isEmpty { return nil }
            // "Henry Aldous in London": the city goes
            if let k = words.firstIndex(of: "in"), k >= 2, k + 1 < words.count, isName(words[(k + 1)...], minWords: 1) {
                words = Array(words[..<k]); withCity += 1
            }
            let part = words.joined(separator: " ")
            if isName(words[...], minWords: 2) {
                names.append(part)
            } else if i == parts.count - 1, i > 0, isOutlet(part) {
                outlet = part
            } else {
                return nil
            }
        }
        guard !names.isEmpty, names.count <= 6 else { return nil }
        // Without "By", only shapes no sentence has: every name with its city, or a bar.
        let namesOnly = afterHeadline && names.count >= 2 && outlet == nil
        if !prefixed && !barred && withCity < names.count && !namesOnly { return nil }
        return Byline(names: names, trailingOutlet: outlet, role: nil)
    }

    /// `minWords` to four capitalised words (or all capitals) of letters, apostrophes, hyphens, dots.
    static func isName(_ words: ArraySlice<Substring>, minWords: Int) -> Bool {
        guard words.count >= minWords && words.count <= 4, let first = words.first else { return false }
        let particles: Set<Substring> = ["van", "von", "de", "der", "da", "di", "du", "la", "le", "bin", "al"]
        return words.allSatisfy { w in
            if particles.contains(w) { return true }
            guard let f = w.unicodeScalars.first, Tokenizer.isUpper(f) else { return false }
            return w.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) || Tokenizer.isApostrophe($0) || $0 == "-" || $0 == "." }
        } && !particles.contains(first)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (no Foundation).
    var trimmingSpaces: String {
        // nothing to trim (most lines): the same scalars without copying them one by one
        if let f = unicodeScalars.first, let l = unicodeScalars.last, !Tokenizer.isSpace(f), !Tokenizer.isSpace(l) { return String(self) }
        let scalars = Array(unicodeScalars)
        var a = 0, b = scalars.count
        while a < b && Tokenizer.isSpace(scalars[a]) { a += 1 }
        while b > a && Tokenizer.isSpace(scalars[b - 1]) { b -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[a..<b])
        return String(out)
    }
}
