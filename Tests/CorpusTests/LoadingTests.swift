import Foundation
import Testing
@testable import Corpus

@Suite struct LoadingTests {
    @Test func invalidUTF8NamesFileLineAndOffset() throws {
        let d = tempDir()
        var bytes = Array("first line\nsecond ".utf8)
        bytes.append(0xC3); bytes.append(0x28)   // a broken two-byte sequence
        bytes += Array(" line\n".utf8)
        FileManager.default.createFile(atPath: d + "/bad.txt", contents: Data(bytes))
        do {
            _ = try sharedExtractor.extract(directory: d)
            Issue.record("expected an error")
        } catch {
            #expect(error == .invalidUTF8(path: d + "/bad.txt", offset: 18, line: 2))
            #expect(error.description.contains("bad.txt:2"))
            #expect(error.description.contains("offset 18"))
        }
    }

    @Test func emptyAndMissingFolders() throws {
        let d = tempDir()
        FileManager.default.createFile(atPath: d + "/notes.md", contents: Data("x".utf8))
        #expect(throws: CorpusError.emptyFolder(path: d)) { try sharedExtractor.extract(directory: d) }
        #expect(throws: CorpusError.missingFolder(path: d + "/nope")) { try sharedExtractor.extract(directory: d + "/nope") }
    }

    @Test func unreadableFileIsNamed() throws {
        let d = tempDir()
        try FileManager.default.createDirectory(atPath: d + "/dir.txt", withIntermediateDirectories: true)
        do {
            _ = try sharedExtractor.extract(directory: d)
            Issue.record("expected an error")
        } catch {
            guard case .unreadableFile(let p, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(p == d + "/dir.txt")
        }
    }

    @Test func filesAreReadSortedByNameAndTextIsServedUnchanged() throws {
        let d = tempDir()
        let b = "Second article here.\n\nThe minister said nothing."
        try "A headline about troops\n\nNATO said the plan was ready.\n".write(toFile: d + "/b.txt", atomically: true, encoding: .utf8)
        try b.write(toFile: d + "/a.txt", atomically: true, encoding: .utf8)
        let e = try sharedExtractor.extract(directory: d)
        #expect(e.documents.map { $0.file.split(separator: "/").last.map(String.init) } == ["a.txt", "b.txt"])
        #expect(e.documents[0].id == "a")
        #expect(e.documents[0].text == b)
    }

    @Test func utf8ValidatorAcceptsValidAndRejectsSurrogates() {
        #expect(Loader.firstInvalidUTF8(Array("Zelenskyy – “quoted” 😀".utf8)) == nil)
        #expect(Loader.firstInvalidUTF8([0x41, 0xED, 0xA0, 0x80]) == 1)   // UTF-16 surrogate
        #expect(Loader.firstInvalidUTF8([0x41, 0xE2, 0x80]) == 1)         // truncated
    }

    @Test func badLexiconNamesFileAndLine() throws {
        let d = tempDir()
        for name in Lexicon.fileNames { try "".write(toFile: d + "/" + name, atomically: true, encoding: .utf8) }
        try "# comment\nsaid\tneutral\nwhispered\tloudly\n".write(toFile: d + "/verbs.tsv", atomically: true, encoding: .utf8)
        #expect(throws: CorpusError.badLexicon(path: d + "/verbs.tsv", line: 3, reason: "unknown stance loudly")) {
            _ = try Extractor(lexiconDirectory: d)
        }
        try FileManager.default.removeItem(atPath: d + "/titles.tsv")
        #expect(throws: CorpusError.badLexicon(path: d + "/titles.tsv", line: 0, reason: "missing or unreadable")) {
            _ = try Extractor(lexiconDirectory: d)
        }
    }

    @Test func lexiconDirectoryOverridesBuiltIn() throws {
        let d = tempDir()
        for name in Lexicon.fileNames { try "".write(toFile: d + "/" + name, atomically: true, encoding: .utf8) }
        try "mused\tneutral\n".write(toFile: d + "/verbs.tsv", atomically: true, encoding: .utf8)
        try "ruritania\tRuritania\tRuritanian\t\tStrelsau\n".write(toFile: d + "/countries.tsv", atomically: true, encoding: .utf8)
        let ex = try Extractor(lexiconDirectory: d)
        let e = ex.extract(texts: [("x.txt", "Ruritania mused that the border would stay closed for winter.")])
        #expect(e.claims.count == 1)
        #expect(e.claims.first?.speakerID == "ruritania")
        #expect(e.claims.first?.cue == "mused")
    }
}
