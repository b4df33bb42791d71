import API
import Foundation
import HTTP
import Testing
@testable import parley

/// SIGHUP's index rebuild, without the signal: articles added to the folder appear in a new
/// generation; a folder that no longer loads leaves the served snapshot as it was.
@Suite("Seed reload")
struct SeedReloaderTests {
    /// Two short articles of the genre, written for this test.
    static let first = """
    Finland backs a reassurance force for Ukraine

    HELSINKI, March 3 (Wire) - Finland's President Alexander Stubb said on Monday that Europe \
    should be ready to send a reassurance force to Ukraine once a ceasefire holds.
    "We will do our part," Stubb told reporters.
    """
    static let second = """
    Kremlin rejects any European troops in Ukraine

    MOSCOW, March 4 (Wire) - Kremlin spokesman Dmitry Peskov said on Tuesday that Russia \
    would not accept European troops in Ukraine under any flag.
    """

    func folder(_ files: [String: [UInt8]]) throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-reload-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: URL(fileURLWithPath: dir).appendingPathComponent(name))
        }
        return dir
    }

    func documents(_ api: APIHandler) throws -> [String] {
        let r = api.respond(to: Request(method: .get, target: "/v1/documents?limit=100"))
        #expect(r.status == .ok)
        guard case .bytes(let body) = r.body,
              let json = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
              let data = json["data"] as? [[String: Any]] else { return [] }
        return data.compactMap { $0["id"] as? String }.sorted()
    }

    @Test func addedArticlesAppearInANewGenerationAndBadFoldersKeepTheOldOne() throws {
        let dir = try folder(["a.txt": Array(Self.first.utf8)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let builder = IndexBuilder(seeds: dir, lexicon: nil)
        let api = APIHandler(snapshot: try builder.build(generation: 1).snapshot, lifecycle: Lifecycle(),
                             stats: ServerStats(), openAPIYAML: [])
        let reloader = SeedReloader(builder: builder, api: api)
        #expect(try documents(api).count == 1)

        try Data(Self.second.utf8).write(to: URL(fileURLWithPath: dir).appendingPathComponent("b.txt"))
        let summary = try reloader.reload().get()
        #expect(summary.hasPrefix("2 documents"))
        #expect(summary.contains("(generation 2)"))
        #expect(api.snapshot.generation == 2)
        let two = try documents(api)
        #expect(two.count == 2)

        // Invalid UTF-8: the rebuild fails, naming the file; the snapshot stays generation 2.
        try Data([0x41, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: dir).appendingPathComponent("c.txt"))
        switch reloader.reload() {
        case .success(let s): Issue.record("a folder with invalid UTF-8 reloaded: \(s)")
        case .failure(let error): #expect("\(error)".contains("c.txt"))
        }
        #expect(api.snapshot.generation == 2)
        #expect(try documents(api) == two)

        // Fixed again: the next generation number follows the served one.
        try FileManager.default.removeItem(atPath: dir + "/c.txt")
        try FileManager.default.removeItem(atPath: dir + "/b.txt")
        _ = try reloader.reload().get()
        #expect(api.snapshot.generation == 3)
        #expect(try documents(api).count == 1)
    }
}
