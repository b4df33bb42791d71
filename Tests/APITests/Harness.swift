import TestFixtures
import Corpus
import Foundation
import HTTP
import Index
@testable import API

/// Calls the handler directly with constructed requests, against the fixture snapshot.
final class Harness: Sendable {
    let lifecycle = Lifecycle()
    let stats = ServerStats()
    let handler: APIHandler
    static let yaml = Array("openapi: 3.1.0\n".utf8)

    init(generation: UInt64 = 1, ready: Bool = true, gzipThreshold: Int = 1024) {
        if ready { lifecycle.markReady() }
        handler = APIHandler(snapshot: Snapshot(extraction: Fixture.extraction(), generation: generation),
                             lifecycle: lifecycle, stats: stats, openAPIYAML: Self.yaml,
                             buildInfo: BuildInfo(version: "1.2.3", commit: "abc123"), gzipThreshold: gzipThreshold)
    }

    func request(_ method: HTTPMethod = .get, _ target: String, _ headers: [(String, String)] = []) -> Response {
        handler.respond(to: Request(method: method, target: target, headers: HTTPHeaders(headers.map { (name: $0.0, value: $0.1) })))
    }

    func get(_ target: String, _ headers: [(String, String)] = []) -> Response { request(.get, target, headers) }
}

/// The body's bytes; a stream is drained chunk by chunk (the count of chunks is returned too).
func bodyBytes(_ r: Response) -> [UInt8] { drain(r).bytes }

func drain(_ r: Response) -> (bytes: [UInt8], chunks: Int) {
    switch r.body {
    case .empty: return ([], 0)
    case .bytes(let b): return (b, 1)
    case .stream(let s):
        var out: [UInt8] = [], n = 0
        while let chunk = s.next() { out += chunk; n += 1 }
        return (out, n)
    }
}

func text(_ r: Response) -> String { String(decoding: bodyBytes(r), as: UTF8.self) }

func json(_ r: Response) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(bodyBytes(r)))) as? [String: Any] ?? [:]
}

func dataIDs(_ r: Response, key: String = "id") -> [String] {
    (json(r)["data"] as? [[String: Any]] ?? []).compactMap { $0[key] as? String }
}

func isStream(_ r: Response) -> Bool { if case .stream = r.body { true } else { false } }
