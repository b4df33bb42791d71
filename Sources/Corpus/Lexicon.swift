import Foundation

/// General knowledge the extractor ships with: countries, organizations, outlets, verbs of saying,
/// titles, group nouns and the proposals' surface forms. Loaded from TSV files (see Lexicon/README.md).
/// A reference type: built once, then only read (shared by every finder without copying its tables).
final class Lexicon: @unchecked Sendable {
    enum EntryKind: Sendable { case country, organization, group, outlet }

    /// One surface form that names a known actor.
    struct Surface: Sendable {
        var words: [String]        // lowercased tokens
        var keys: [WordKey]        // the same as keys (compared by hash first)
        var caps: [Bool]           // whether the token must be capitalised in the text
        var actor: Int             // index into `actors`
        var metonym: Bool          // a capital / seat of government: a place unless it acts
        var demonym: Bool
    }

    struct KnownActor: Sendable {
        var id: String
        var name: String
        var kind: EntryKind
        var countryID: String?
        /// A country's first demonym ("Ukrainian"): names its institutions ("Ukrainian Foreign Ministry").
        var demonym: String? = nil
    }

    struct Cue: Sendable {
        var words: [String]
        var colour: Stance
        var participle: Bool
        var takesObject: Bool
        var adverbial: Bool
        /// Not a claim of its own inside another speaker's reported clause ("had expressed interest").
        var notNested: Bool
        /// Reporting rather than taking a side: the claim's stance stays neutral unless its words say otherwise.
        var weak: Bool
    }

    struct ProposalEntry: Sendable {
        var id: String
        var name: String
        var generic: Bool
    }

    struct ProposalSurface: Sendable {
        var words: [String]
        var proposal: Int
    }

    var actors: [KnownActor] = []
    var actorIndexByID: [String: Int] = [:]
    /// first lowercased token -> surfaces starting with it, longest first
    var surfaces: [WordKey: [Surface]] = [:]
    var demonymCountry: [WordKey: Int] = [:]      // "french" -> actor index of France
    var cues: [WordKey: [Cue]] = [:]
    var proposals: [ProposalEntry] = []
    var proposalSurfaces: [WordKey: [ProposalSurface]] = [:]
    /// Every word of each proposal's surface forms ("mission" for a monitoring mission).
    var proposalWords: [Set<String>] = []
    var titleHeads: [WordKey: [[String]]] = [:]    // first word -> multiword head titles
    var titleMods: [WordKey: [[String]]] = [:]
    /// Display form of each head title, parallel to `titleHeads` ("president-elect", "prime minister").
    var titleHeadDisplay: [WordKey: [String]] = [:]
    var groupHeads: [WordKey: Bool] = [:]          // head -> may stand alone
    var anonymousHeads: [WordKey: Bool] = [:]
    /// Outlets' canonical names lowercased, for logotypes a page prints in lowercase ("euronews.").
    var outletByFoldedName: [String: String] = [:]
    var furnitureLines: Set<String> = []
    var furniturePhrases: [String] = []
    var furniturePhraseBytes: [[UInt8]] = []
    /// Lowercase words that can start a mention; any other lowercase word is skipped at once.
    var mentionStarters = WordSet()
    /// One lookup per token tells which finders can start there (see `TokenFlag`).
    var flags = WordFlags()

    static let fileNames = ["countries.tsv", "organizations.tsv", "outlets.tsv", "verbs.tsv", "proposals.tsv",
                            "titles.tsv", "groups.tsv", "anonymous.tsv", "furniture.tsv"]

    static let resourceBundleName = "Parley_Corpus.resources"

    /// Where the module's resource bundle may sit: next to the running executable (found through
    /// /proc/self/exe, so symlinks and the working directory do not matter), then next to Bundle.main.
    static func resourceBundleCandidates() -> [String] {
        var out: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            out.append((exe as NSString).deletingLastPathComponent + "/" + resourceBundleName)
        }
        out.append(Bundle.main.bundleURL.appendingPathComponent(resourceBundleName).path)
        if let exe = Bundle.main.executableURL {
            out.append(exe.deletingLastPathComponent().appendingPathComponent(resourceBundleName).path)
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// The built-in lexicon folder inside the first existing resource bundle of `candidates`.
    /// Never touches `Bundle.module`, which ends the process when its bundle is missing: a missing
    /// bundle is a `CorpusError` naming the places looked at.
    static func builtinDirectory(candidates: [String]) throws(CorpusError) -> String {
        let fm = FileManager.default
        for c in candidates {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: c, isDirectory: &isDir), isDir.boolValue else { continue }
            let lexDir = (Bundle(path: c)?.url(forResource: "Lexicon", withExtension: nil)?.path) ?? c + "/Lexicon"
            if fm.fileExists(atPath: lexDir, isDirectory: &isDir), isDir.boolValue { return lexDir }
        }
        let looked = candidates.isEmpty ? "nowhere" : candidates.joined(separator: ", ")
        throw .badLexicon(path: resourceBundleName, line: 0,
                          reason: "built-in lexicon not found (the resource bundle must sit next to the executable; looked in \(looked)); pass a lexicon directory instead")
    }

    /// Loads the built-in lexicon (the module's resource bundle) or the files of `directory`.
    static func load(directory: String?) throws(CorpusError) -> Lexicon {
        let dir: String
        if let directory {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
                throw .missingFolder(path: directory)
            }
            dir = directory
        } else {
            dir = try builtinDirectory(candidates: resourceBundleCandidates())
        }
        var texts: [String: String] = [:]
        for name in fileNames {
            let path = dir + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .badLexicon(path: path, line: 0, reason: "missing or unreadable")
            }
            guard let s = String(data: data, encoding: .utf8) else {
                throw .badLexicon(path: path, line: 0, reason: "not UTF-8")
            }
            texts[name] = s
        }
        return try parse(files: texts, directory: dir)
    }

    /// Builds a lexicon from file contents keyed by file name (used by `load` and by tests).
    static func parse(files: [String: String], directory: String = "lexicon") throws(CorpusError) -> Lexicon {
        let lex = Lexicon()
        func rows(_ name: String, minColumns: Int) throws(CorpusError) -> [(Int, [String])] {
            var out: [(Int, [String])] = []
            let text = files[name] ?? ""
            var lineNo = 0
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNo += 1
                let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
                if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                if cols.count < minColumns || cols[0].isEmpty {
                    throw .badLexicon(path: directory + "/" + name, line: lineNo,
                                      reason: "expected at least \(minColumns) tab-separated columns")
                }
                out.append((lineNo, cols))
            }
            return out
        }
        func list(_ cols: [String], _ i: Int, sep: Character = ",") -> [String] {
            guard i < cols.count else { return [] }
            return cols[i].split(separator: sep).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func addActor(_ a: KnownActor) -> Int {
            lex.actors.append(a)
            lex.actorIndexByID[a.id] = lex.actors.count - 1
            return lex.actors.count - 1
        }
        func addSurface(_ text: String, actor: Int, metonym: Bool = false, demonym: Bool = false) {
            let toks = Tokenizer.surfaceTokens(text)
            guard let first = toks.first else { return }
            let s = Surface(words: toks.map { $0.lower }, keys: toks.map { $0.key }, caps: toks.map { $0.cap && $0.lower != "the" },
                            actor: actor, metonym: metonym, demonym: demonym)
            lex.surfaces[first.key, default: []].append(s)
        }
        for (_, c) in try rows("countries.tsv", minColumns: 2) {
            let i = addActor(KnownActor(id: c[0], name: c[1], kind: .country, countryID: nil))
            addSurface(c[1], actor: i)
            lex.actors[i].demonym = list(c, 2).first { $0.uppercased() != $0 }
            for d in list(c, 2) {
                if d.uppercased() == d { addSurface(d, actor: i, demonym: true) } // U.S., UK as adjectives
                else { lex.demonymCountry[WordKey(d.lowercased())] = i }
            }
            for a in list(c, 3) { addSurface(a, actor: i) }
            for m in list(c, 4) { addSurface(m, actor: i, metonym: true) }
        }
        for (line, c) in try rows("organizations.tsv", minColumns: 2) {
            let kind: EntryKind
            switch c[1] {
            case "organization": kind = .organization
            case "group": kind = .group
            default: throw .badLexicon(path: directory + "/organizations.tsv", line: line, reason: "unknown type \(c[1])")
            }
            let country = c.count > 3 && !c[3].isEmpty ? c[3] : nil
            let i = addActor(KnownActor(id: Slug.make(c[0]), name: c[0], kind: kind, countryID: country))
            addSurface(c[0], actor: i)
            for a in list(c, 2) { addSurface(a, actor: i) }
        }
        for (_, c) in try rows("outlets.tsv", minColumns: 1) {
            let country = c.count > 1 && !c[1].isEmpty ? c[1] : nil
            let i = addActor(KnownActor(id: Slug.make(c[0]), name: c[0], kind: .outlet, countryID: country))
            lex.outletByFoldedName[Tokenizer.lower(Array(c[0].unicodeScalars)[...])] = c[0]
            addSurface(c[0], actor: i)
            for a in list(c, 2) { addSurface(a, actor: i) }
        }
        for (line, c) in try rows("verbs.tsv", minColumns: 2) {
            guard let colour = Stance(rawValue: c[1]) else {
                throw .badLexicon(path: directory + "/verbs.tsv", line: line, reason: "unknown stance \(c[1])")
            }
            let flags = c.count > 2 ? c[2] : ""
            let words = Tokenizer.surfaceTokens(c[0]).map { $0.lower }
            guard let f = words.first else { continue }
            lex.cues[WordKey(f), default: []].append(Cue(words: words, colour: colour, participle: flags.contains("p"),
                                                takesObject: flags.contains("t"), adverbial: flags.contains("a"), notNested: flags.contains("n"), weak: flags.contains("w")))
        }
        for (_, c) in try rows("proposals.tsv", minColumns: 4) {
            lex.proposals.append(ProposalEntry(id: c[0], name: c[1], generic: c[2].contains("g")))
            let pi = lex.proposals.count - 1
            for form in list(c, 3, sep: "|") {
                let words = Tokenizer.surfaceTokens(form).map { $0.lower }
                guard let f = words.first else { continue }
                lex.proposalSurfaces[WordKey(f), default: []].append(ProposalSurface(words: words, proposal: pi))
            }
        }
        for (_, c) in try rows("titles.tsv", minColumns: 2) {
            let words = Tokenizer.surfaceTokens(c[0]).map { $0.lower }
            guard let f = words.first else { continue }
            if c[1].contains("h") { lex.titleHeads[WordKey(f), default: []].append(words) }
            if c[1].contains("m") { lex.titleMods[WordKey(f), default: []].append(words) }
        }
        for (_, c) in try rows("groups.tsv", minColumns: 1) { lex.groupHeads[WordKey(c[0].lowercased())] = c.count > 1 && c[1].contains("b") }
        for (_, c) in try rows("anonymous.tsv", minColumns: 1) { lex.anonymousHeads[WordKey(c[0].lowercased())] = c.count > 1 && c[1].contains("s") }
        for (_, c) in try rows("furniture.tsv", minColumns: 1) {
            if c[0].hasPrefix("~") { lex.furniturePhrases.append(String(c[0].dropFirst()).lowercased()) }
            else { lex.furnitureLines.insert(c[0].lowercased()) }
        }
        lex.furniturePhraseBytes = lex.furniturePhrases.map { Array(Tokenizer.lower(Array($0.unicodeScalars)[...]).utf8) }
        var st: Set<WordKey> = Set(["he", "she", "they", "his", "her", "the", "a", "an", "this", "that", "allies", "non", "-", "one"].map(WordKey.init))
        for (k, v) in lex.surfaces where v.contains(where: { !$0.caps[0] }) { st.insert(k) }
        st.formUnion(lex.titleHeads.keys); st.formUnion(lex.titleMods.keys); st.formUnion(lex.groupHeads.keys)
        st.formUnion(lex.anonymousHeads.keys); st.formUnion(MentionFinder.quantifiers.map(WordKey.init)); st.formUnion(MentionFinder.groupMods.map(WordKey.init))
        lex.mentionStarters = WordSet(st)
        func flag(_ keys: some Sequence<WordKey>, _ f: UInt16) { for k in keys { lex.flags[k, default: 0] |= f } }
        flag(lex.surfaces.keys, TokenFlag.surface); flag(lex.titleHeads.keys, TokenFlag.titleHead)
        flag(lex.titleMods.keys, TokenFlag.titleMod); flag(lex.demonymCountry.keys, TokenFlag.demonym)
        flag(lex.groupHeads.keys, TokenFlag.groupHead); flag(MentionFinder.quantifiers.map(WordKey.init), TokenFlag.quantifier)
        flag(MentionFinder.groupMods.map(WordKey.init), TokenFlag.groupMod); flag(MentionFinder.properGroupMods.map(WordKey.init), TokenFlag.groupMod)
        flag(MentionFinder.orgHeads.map(WordKey.init), TokenFlag.orgHead)
        flag(lex.cues.keys, TokenFlag.cue); flag(lex.proposalSurfaces.keys, TokenFlag.proposal)
        // longest surfaces first so the first match is the longest
        for k in lex.surfaces.keys { lex.surfaces[k]!.sort { $0.words.count > $1.words.count } }
        for k in lex.cues.keys { lex.cues[k]!.sort { $0.words.count > $1.words.count } }
        for k in lex.proposalSurfaces.keys { lex.proposalSurfaces[k]!.sort { $0.words.count > $1.words.count } }
        lex.proposalWords = Array(repeating: [], count: lex.proposals.count)
        for v in lex.proposalSurfaces.values { for sf in v { lex.proposalWords[sf.proposal].formUnion(sf.words) } }
        for k in lex.titleHeads.keys { lex.titleHeads[k]!.sort { $0.count > $1.count } }
        for k in lex.titleMods.keys { lex.titleMods[k]!.sort { $0.count > $1.count } }
        for (k, v) in lex.titleHeads { lex.titleHeadDisplay[k] = v.map { $0.joined(separator: " ").replacingOccurrences(of: " - ", with: "-") } }
        return lex
    }
}

enum TokenFlag {
    static let surface: UInt16 = 1, titleHead: UInt16 = 2, titleMod: UInt16 = 4, demonym: UInt16 = 8
    static let groupHead: UInt16 = 16, quantifier: UInt16 = 32, groupMod: UInt16 = 64, orgHead: UInt16 = 128
    /// Starts a verb of saying (`Lexicon.cues`), a proposal's surface form (`Lexicon.proposalSurfaces`).
    static let cue: UInt16 = 256, proposal: UInt16 = 512
    /// Flags not looked up: every finder tries its tables.
    static let unknown: UInt16 = 0xFFFF
}

/// Stable slugs for ids: lowercase ASCII letters and digits joined by "-".
enum Slug {
    /// Built in a byte buffer (the slug is ASCII): appending scalars to a `String` one by one cost
    /// more than the rest of the function.
    static func make(_ s: String) -> String {
        let n = s.utf8.count
        if n == 0 { return "x" }
        let out = String(unsafeUninitializedCapacity: 2 * n) { buf in
            var k = 0
            var dash = false
            for u in s.unicodeScalars {
                var v = u.value
                if v >= 128 {
                    // fold the common Latin accents
                    switch u {
                    case "à", "á", "â", "ä", "ã", "å", "À", "Á", "Â", "Ä", "Ã", "Å": v = 97
                    case "é", "è", "ê", "ë", "É", "È", "Ê", "Ë": v = 101
                    case "í", "ì", "î", "ï", "Í", "Ì", "Î", "Ï": v = 105
                    case "ó", "ò", "ô", "ö", "õ", "Ö", "Ó", "Ò", "Ô", "Õ", "ø", "Ø", "ő", "Ő": v = 111
                    case "ú", "ù", "û", "ü", "Ü", "Ú", "Ù", "Û", "ű", "Ű", "ů", "Ů": v = 117
                    case "ç", "ć", "č", "Ç", "Č", "Ć": v = 99
                    case "ñ", "ń", "ň", "Ñ": v = 110
                    case "ł", "Ł": v = 108
                    case "ś", "š", "ş", "Ş", "Š", "Ś", "ș", "Ș": v = 115
                    case "ż", "ź", "ž", "Ž", "Ż", "Ź": v = 122
                    case "ğ": v = 103
                    case "ı", "İ": v = 105
                    case "ř", "Ř": v = 114
                    case "ă", "ą", "Ą": v = 97
                    case "ę", "ě", "Ę": v = 101
                    case "đ", "Đ", "ď", "Ď": v = 100
                    case "ť", "ț", "Ť", "Ț": v = 116
                    case "ý", "Ý", "ÿ": v = 121
                    // letters that spell two Latin letters ("Ærø", "Weiß"): two bytes in, two out
                    case "æ", "Æ", "ß":
                        if dash && k > 0 { buf[k] = 45; k += 1 }
                        dash = false
                        let pair: (UInt8, UInt8) = u == "ß" ? (115, 115) : (97, 101)
                        buf[k] = pair.0; buf[k + 1] = pair.1; k += 2
                        continue
                    case "’": continue
                    default: break
                    }
                }
                if (v >= 48 && v <= 57) || (v >= 97 && v <= 122) || (v >= 65 && v <= 90) {
                    if dash && k > 0 { buf[k] = 45; k += 1 }
                    dash = false
                    buf[k] = UInt8(v >= 65 && v <= 90 ? v + 32 : v); k += 1
                } else if v == 39 || v == 46 {
                    continue
                } else {
                    dash = true
                }
            }
            return k
        }
        return out.isEmpty ? "x" : out
    }
}
