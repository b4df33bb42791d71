import Foundation

/// Reads a folder of plain-text articles and extracts documents, actors, claims, proposals and events.
///
/// The served `Document.text` is the file's text, unchanged but for hard-wrapped paragraphs,
/// whose wrapping line breaks become spaces (`HardWrap`: same length, so offsets into it are
/// offsets into the file): claim and event `start`/`end` are Unicode-scalar offsets into it
/// (`Array(doc.text.unicodeScalars)[start..<end]` is the claim text).
/// Page furniture (navigation, bylines, captions, appeals...) is excluded from extraction, not cut out.
public struct Extractor: Sendable {
    let lex: Lexicon

    /// `lexiconDirectory`: nil for the built-in lexicon (a resource of this module); a folder with
    /// the same file names overrides it.
    public init(lexiconDirectory: String? = nil) throws(CorpusError) {
        lex = try Lexicon.load(directory: lexiconDirectory)
    }

    init(lexicon: Lexicon) { lex = lexicon }

    /// Every `.txt` file of the folder, sorted by name.
    public func extract(directory: String) throws(CorpusError) -> Extraction {
        try extract(files: try Loader.listTextFiles(directory))
    }

    public func extract(files: [String]) throws(CorpusError) -> Extraction {
        var texts: [(file: String, text: String)] = []
        for f in files { texts.append((f, try Loader.read(f))) }
        return extract(texts: texts)
    }

    /// Extraction from texts already in memory (tests, benchmarks). `file` is the name reported.
    public func extract(texts: [(file: String, text: String)]) -> Extraction {
        let proc = DocumentProcessor(lex: lex)
        // Hard-wrapped articles re-flowed (same length: offsets still point into the file).
        let texts = texts.map { (file: $0.file, text: HardWrap.reflowed($0.text)) }
        let docs = texts.map { proc.process(file: $0.file, text: $0.text) }
        var resolver = Resolver(lex: lex, docs: docs)
        return resolver.build(texts: texts.map { $0.text })
    }
}

/// File loading with errors that name the file.
enum Loader {
    static func listTextFiles(_ directory: String) throws(CorpusError) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw .missingFolder(path: directory)
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) }
        catch { throw .unreadableFile(path: directory, reason: "cannot list folder") }
        let txt = names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
        guard !txt.isEmpty else { throw .emptyFolder(path: directory) }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return txt.map { base + $0 }
    }

    static func read(_ path: String) throws(CorpusError) -> String {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw .unreadableFile(path: path, reason: "no such file")
        }
        guard !isDir.boolValue else { throw .unreadableFile(path: path, reason: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied or I/O error")
        }
        let bytes = [UInt8](data)
        if let bad = firstInvalidUTF8(bytes) {
            var line = 1
            for b in bytes[0..<bad] where b == 10 { line += 1 }
            throw .invalidUTF8(path: path, offset: bad, line: line)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            if i + need >= n { return i }
            if b[i + 1] < lo || b[i + 1] > hi { return i }
            var k = 2
            while k <= need { if b[i + k] & 0xC0 != 0x80 { return i }; k += 1 }
            i += need + 1
        }
        return nil
    }
}

/// Encodes an extraction as the API's JSON: {"documents":[...],"actors":[...],"claims":[...],"proposals":[...],"events":[...]}.
public enum ExtractionJSON {
    public static func encode(_ e: Extraction, pretty: Bool) -> [UInt8] {
        let enc = JSONEncoder()
        enc.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        func part<T: Encodable>(_ v: T) -> [UInt8] { (try? enc.encode(v)).map { [UInt8]($0) } ?? Array("[]".utf8) }
        var out: [UInt8] = Array("{".utf8)
        let nl: [UInt8] = pretty ? Array("\n  ".utf8) : []
        out += nl + Array("\"documents\":".utf8) + part(e.documents) + Array(",".utf8)
        out += nl + Array("\"actors\":".utf8) + part(e.actors) + Array(",".utf8)
        out += nl + Array("\"claims\":".utf8) + part(e.claims) + Array(",".utf8)
        out += nl + Array("\"proposals\":".utf8) + part(e.proposals) + Array(",".utf8)
        out += nl + Array("\"events\":".utf8) + part(e.events)
        out += (pretty ? Array("\n}\n".utf8) : Array("}".utf8))
        return out
    }
}
