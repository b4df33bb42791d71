import Testing
@testable import Corpus

/// The extractor's fast paths against the plain versions they replace: same answers.
@Suite struct ExtractionFastPathTests {
    /// The plain substring search the byte searches replace.
    static func naiveContains(_ h: [UInt8], _ n: [UInt8]) -> Bool {
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return true }
        return false
    }

    static func norm(_ s: String) -> [UInt8] {
        var out: [UInt8] = [32]
        for b in s.utf8 {
            let w = (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 39 || b >= 128
            if w { out.append(b) } else if out.last != 32 { out.append(32) }
        }
        if out.last != 32 { out.append(32) }
        return out
    }

    static let texts = ["", "a", "we will not accept it", "it depends on the talks", "not", " no place for them ",
                        "troops could be sent", "unless", "ready ready", "they won't send troops", "à propos über alles",
                        "the conditions are clear", "this is a threat to peace", "x"]

    @Test func byteSearchMatchesNaiveSearch() {
        let needles = ["", " ", "a", "not", " not accept ", "ready", "über", "ts", "x", "will not accept it and more"]
        for t in Self.texts {
            let h = Array(t.utf8)
            for n in needles {
                #expect(Cleaner.contains(h, Array(n.utf8)) == Self.naiveContains(h, Array(n.utf8)), "\(t) / \(n)")
            }
        }
    }

    @Test func stanceMarkerSearchMatchesNaiveSearch() {
        let lists = [DocumentProcessor.opposeMarkerBytes, DocumentProcessor.conditionalMarkerBytes, DocumentProcessor.supportMarkerBytes,
                     [Array("pt".utf8), Array("e".utf8), Array(" re".utf8)]]
        var hits = 0
        for t in Self.texts {
            let n = Self.norm(t)
            let words = Cleaner.MarkerText(n)
            for l in lists {
                let expected = l.contains { Self.naiveContains(n, $0) }
                if expected { hits += 1 }
                #expect(words.containsAny(l) == expected, "\(t)")
                #expect(words.containsAny(Cleaner.MarkerSet(l)) == expected, "\(t)")
                #expect(Cleaner.containsAnyPhrase(n, l) == expected, "\(t)")
            }
        }
        #expect(hits >= 8)   // the texts do contain markers
    }

    @Test func captionsOnBytesAsBefore() {
        let c = Cleaner(lex: sharedExtractor.lex)
        #expect(c.isCaption("leaders meet in rome. photograph: jane doe/agency"))
        #expect(c.isCaption("troops at the border (getty images)"))
        #expect(c.isCaption("the summit (reuters)"))
        #expect(!c.isCaption("the summit (in rome)"))
        #expect(!c.isCaption("photograph of the summit"))
        #expect(!c.isCaption("(afp) the summit"))
    }

    @Test func lowercasedAgreesWithFoundation() {
        let words = ["", "Macron", "macron", "MACRON", "Macro", "@[`{", "Élysée", "ÉLYSÉE", "İstanbul", "A B-C_D", "“Not With Soldiers”"]
        for w in words { #expect(ScalarText.lowercased(w) == w.lowercased(), "\(w)") }
        // byte for byte, with scalars whose lowercasing is special (final sigma, dotted I, ligatures, titlecase, Kelvin sign)
        let hard = words + ["ΟΔΟΣ ΑΣ.", "“Quoted” — Straße ǅ ΣΑ", "Kelvin \u{212A} ﬁ ǈ Ω", "e\u{301} Ä 😀 x"]
        for w in hard { #expect(Array(ScalarText.lowercased(w).utf8) == Array(w.lowercased().utf8), "\(w)") }
    }

    @Test func scalarsAgreeWithTheScalarView() {
        for w in ["", "a", "Élysée “x” — 😀 \u{212A}", "e\u{301}\r\n\t"] { #expect(ScalarText.scalars(w) == Array(w.unicodeScalars), "\(w)") }
    }

    /// The split-based test `Cleaner.isTagList` keeps for text that is not ASCII.
    static func plainTagList(_ text: String) -> Bool {
        let items = text.split(separator: ",")
        guard items.count >= 3, !text.hasSuffix(".") else { return false }
        return items.allSatisfy { item in
            let w = item.split(separator: " ")
            guard !w.isEmpty, w.count <= 4, let f = w[0].unicodeScalars.first else { return false }
            return Tokenizer.isUpper(f)
        }
    }

    @Test func tagListByteScanAsBefore() {
        let c = Cleaner(lex: sharedExtractor.lex)
        let lines = ["News Feed, Ukraine, Russia, War, Security guarantees", "News, Ukraine, Russia.", "a, B, C", "A, B, C",
                     "A, , B, C", ",A,,B,C,", "A B C D, E, F", "A B C D E, F, G", "A,B", "Ukraine, Russia, war", " A,  B ,C  ",
                     "A, B, C, d", "Élysée, Paris, France", "A, B, C\r\n", "Kyiv, Moscow, Washington, Brussels, London"]
        for l in lines { #expect(c.isTagList(l) == Self.plainTagList(l), "\(l)") }
    }

    /// Tokens the document processor has not flagged (`TokenFlag.unknown`) are looked up in full:
    /// the finders give the same mentions, proposals and cues either way.
    @Test func unflaggedTokensFindTheSame() {
        let lex = sharedExtractor.lex
        let text = "French President Emmanuel Macron told Le Monde that Britain and France would lead a reassurance force, while Russian officials said a ceasefire was far off."
        let s = ScalarText.scalars(text)
        let raw = Tokenizer.tokenize(s, 0, s.count)
        var flagged = raw
        for k in flagged.indices { flagged[k].flags = lex.flags[flagged[k].key] ?? 0 }
        #expect(raw.allSatisfy { $0.flags == TokenFlag.unknown })
        let mf = MentionFinder(lex: lex, s: s)
        let a = mf.find(raw).map { "\($0.t0)-\($0.t1)-\($0.ref.id)" }, b = mf.find(flagged).map { "\($0.t0)-\($0.t1)-\($0.ref.id)" }
        #expect(a == b)
        #expect(a.count >= 4)
        let pf = ProposalFinder(lex: lex, s: s)
        let pa = pf.find(raw, last: nil).map { "\($0.t0)-\($0.proposal)" }, pb = pf.find(flagged, last: nil).map { "\($0.t0)-\($0.proposal)" }
        #expect(pa == pb)
        #expect(!pa.isEmpty)
        let cf = ClaimFinder(lex: lex, s: s)
        let noQuote = [Bool](repeating: false, count: raw.count)
        #expect(cf.cues(raw, inQuote: noQuote).map { $0.t0 } == cf.cues(flagged, inQuote: noQuote).map { $0.t0 })
        #expect(!cf.cues(raw, inQuote: noQuote).isEmpty)
    }
}
