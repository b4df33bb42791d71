import Foundation
@testable import Corpus

/// One extractor for all tests (the built-in lexicon).
let sharedExtractor: Extractor = try! Extractor()

func extract(_ text: String, file: String = "t.txt") -> Extraction {
    sharedExtractor.extract(texts: [(file, text)])
}

func scalarsSlice(_ text: String, _ a: Int, _ b: Int) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[a..<b]))
}

func tempDir() -> String {
    let d = NSTemporaryDirectory() + "parley-corpus-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
}

extension Extraction {
    func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }
    func claims(by id: String) -> [Claim] { claims.filter { $0.speakerID == id } }
}
