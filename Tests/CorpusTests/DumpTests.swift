import Foundation
import Testing
@testable import Corpus

/// The seeds folder of the package (Tests/CorpusTests/ -> ../../seeds).
let seedsDirectory: String = {
    let here = URL(fileURLWithPath: #filePath)
    return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path
}()

/// Writes the seeds' extraction as JSON to $PARLEY_DUMP when it is set (for eval/score.py).
@Test func dumpSeedsWhenAsked() throws {
    guard let out = ProcessInfo.processInfo.environment["PARLEY_DUMP"] else { return }
    let dir = ProcessInfo.processInfo.environment["PARLEY_SEEDS"] ?? seedsDirectory
    let e = try Extractor().extract(directory: dir)
    let bytes = ExtractionJSON.encode(e, pretty: true)
    try Data(bytes).write(to: URL(fileURLWithPath: out))
    #expect(!e.claims.isEmpty)
}
