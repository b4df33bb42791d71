import TestFixtures
import CZlib
import Foundation
import HTTP
import Index
import Testing
@testable import API

@Suite struct ConventionTests {
    let h = Harness()

    /// Follows next_cursor (and checks the Link header) until the last page.
    func collect(_ path: String, limit: Int) -> (ids: [String], pages: Int) {
        var ids: [String] = [], pages = 0
        var target = "\(path)\(path.contains("?") ? "&" : "?")limit=\(limit)"
        while pages < 100 {
            let r = h.get(target)
            #expect(r.status == .ok)
            let body = json(r)
            ids += dataIDs(r)
            pages += 1
            #expect(body["limit"] as? Int == limit)
            guard let next = body["next_cursor"] as? String else {
                #expect(r.headers["Link"] == nil)
                break
            }
            let link = r.headers["Link"] ?? ""
            #expect(link.hasSuffix(#">; rel="next""#) && link.contains("cursor=\(next)"))
            // the Link target is a complete request for the next page
            target = String(link.dropFirst().prefix { $0 != ">" })
        }
        return (ids, pages)
    }

    @Test(arguments: [
        "/v1/claims", "/v1/actors", "/v1/documents", "/v1/proposals", "/v1/timeline",
        "/v1/claims?stance=support,oppose,conditional", "/v1/claims?sort=-published", "/v1/search?q=troops+backstop+macron",
    ])
    func cursorsWalkEveryPageOnce(path: String) {
        let all = dataIDs(h.get(path + (path.contains("?") ? "&" : "?") + "limit=1000"))
        #expect(!all.isEmpty)
        for limit in [1, 2, 3] {
            let (ids, pages) = collect(path, limit: limit)
            #expect(ids == all, "limit \(limit)")
            #expect(pages == max(1, (all.count + limit - 1) / limit))
        }
    }

    @Test func totalAndNextCursorOfAPage() {
        let r = json(h.get("/v1/claims?limit=4"))
        #expect(r["total"] as? Int == 10 && (r["data"] as? [Any])?.count == 4 && r["next_cursor"] is String)
        let last = json(h.get("/v1/claims?limit=10"))
        #expect(last["next_cursor"] is NSNull)
        #expect(json(h.get("/v1/claims"))["limit"] as? Int == 50)
    }

    @Test func cursorsAreBoundToTheGeneration() {
        let cursor = json(h.get("/v1/claims?limit=2"))["next_cursor"] as! String
        #expect(h.get("/v1/claims?limit=2&cursor=\(cursor)").status == .ok)
        h.handler.replace(snapshot: Snapshot(extraction: Fixture.extraction(), generation: 2))
        let r = h.get("/v1/claims?limit=2&cursor=\(cursor)")
        #expect(r.status == .badRequest)
        #expect((json(r)["invalid_params"] as? [[String: String]])?.first?["name"] == "cursor")
        #expect((json(r)["detail"] as? String)?.contains("generation") == true)
        for bad in ["!!!", "abc", "cDEuMS4tNQ", "AAAA"] {  // garbage, short, "p1.1.-5", zero bytes
            #expect(h.get("/v1/claims?cursor=\(bad)").status == .badRequest, "\(bad)")
        }
    }

    @Test func etagAndIfNoneMatch() throws {
        let r = h.get("/v1/claims?speaker=keir-starmer")
        let etag = try #require(r.headers["ETag"])
        #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
        #expect(r.headers["Cache-Control"] == "public, max-age=60")
        let again = h.get("/v1/claims?speaker=keir-starmer")
        #expect(again.headers["ETag"] == etag && bodyBytes(again) == bodyBytes(r))
        let nm = h.get("/v1/claims?speaker=keir-starmer", [("If-None-Match", etag)])
        #expect(nm.status == .notModified && bodyBytes(nm).isEmpty && nm.headers["ETag"] == etag)
        #expect(h.get("/v1/claims?speaker=keir-starmer", [("If-None-Match", "\"x\", W/\(etag)")]).status == .notModified)
        #expect(h.get("/v1/claims?speaker=keir-starmer", [("If-None-Match", "\"other\"")]).status == .ok)
        #expect(h.get("/v1/claims?speaker=emmanuel-macron").headers["ETag"] != etag)
        // parameter order does not matter: same canonical URL, same bytes
        #expect(h.get("/v1/claims?limit=3&kind=direct").headers["ETag"] == h.get("/v1/claims?kind=direct&limit=3").headers["ETag"])
    }

    @Test func corsOnSimpleRequestsAndPreflight() {
        #expect(h.get("/v1/claims").headers["Access-Control-Allow-Origin"] == "*")
        #expect(h.get("/v1/claims/nope").headers["Access-Control-Allow-Origin"] == "*")
        let p = h.request(.options, "/v1/claims", [("Origin", "https://dash.example"), ("Access-Control-Request-Method", "GET"),
                                                   ("Access-Control-Request-Headers", "if-none-match")])
        #expect(p.status == .noContent)
        #expect(p.headers["Access-Control-Allow-Origin"] == "*")
        #expect(p.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS")
        #expect(p.headers["Access-Control-Allow-Headers"] == "if-none-match")
        #expect(p.headers["Access-Control-Max-Age"] == "86400")
        #expect(p.headers["Allow"] == "GET, HEAD, OPTIONS")
        #expect(bodyBytes(p).isEmpty)
        #expect(h.request(.options, "/nowhere").status == .notFound)
    }

    @Test func gzipRoundTripsThroughZlib() throws {
        let plain = h.get("/v1/claims?limit=1000")
        #expect(plain.headers["Content-Encoding"] == nil)
        let plainBytes = bodyBytes(plain)
        #expect(plainBytes.count > 1024)
        let z = h.get("/v1/claims?limit=1000", [("Accept-Encoding", "br;q=1.0, gzip;q=0.8")])
        #expect(z.headers["Content-Encoding"] == "gzip")
        #expect(z.headers["Vary"]?.contains("Accept-Encoding") == true)
        #expect(z.headers["ETag"] != plain.headers["ETag"])
        let packed = bodyBytes(z)
        #expect(packed.count < plainBytes.count && packed.prefix(2) == [0x1f, 0x8b])
        #expect(try #require(inflate(packed)) == plainBytes)
        #expect(Gzip.decompress(packed) == plainBytes)
        // q=0 refuses gzip, "*" allows it, small bodies stay plain
        #expect(h.get("/v1/claims?limit=1000", [("Accept-Encoding", "gzip;q=0, identity")]).headers["Content-Encoding"] == nil)
        #expect(h.get("/v1/claims?limit=1000", [("Accept-Encoding", "*")]).headers["Content-Encoding"] == "gzip")
        #expect(h.get("/v1/claims?limit=1000", [("Accept-Encoding", "gzip;q=0, *")]).headers["Content-Encoding"] == nil)
        #expect(h.get("/healthz", [("Accept-Encoding", "gzip")]).headers["Content-Encoding"] == nil)
        // a 304 works for the gzip representation too
        let etag = try #require(z.headers["ETag"])
        #expect(h.get("/v1/claims?limit=1000", [("Accept-Encoding", "gzip"), ("If-None-Match", etag)]).status == .notModified)
    }

    /// Inflates with zlib directly (independent of the module's own helper).
    func inflate(_ input: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, 31, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: input.count * 50 + 1024)
        let status = input.withUnsafeBufferPointer { i in
            out.withUnsafeMutableBufferPointer { o in
                stream.next_in = UnsafeMutablePointer(mutating: i.baseAddress)
                stream.avail_in = UInt32(i.count)
                stream.next_out = o.baseAddress
                stream.avail_out = UInt32(o.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return Array(out.prefix(Int(stream.total_out)))
    }

    @Test func ndjsonStreamsEveryRow() throws {
        for r in [h.get("/v1/claims?format=ndjson"), h.get("/v1/claims", [("Accept", "application/x-ndjson")])] {
            #expect(isStream(r))
            #expect(r.headers["Content-Type"] == "application/x-ndjson")
            #expect(r.headers["X-Total-Count"] == "10")
            let lines = text(r).split(separator: "\n")
            #expect(lines.count == 10)
            let ids = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }.map { $0["id"] as! String }
            #expect(ids == (1...10).map { "c\($0)" })
        }
        let limited = text(h.get("/v1/claims?format=ndjson&limit=3&stance=oppose")).split(separator: "\n")
        #expect(limited.count == 3)
    }

    @Test func streamsAreGzippedChunkByChunk() throws {
        let plain = bodyBytes(h.get("/v1/claims?format=ndjson"))
        let r = h.get("/v1/claims?format=ndjson", [("Accept-Encoding", "gzip")])
        #expect(r.headers["Content-Encoding"] == "gzip" && isStream(r))
        let (packed, chunks) = drain(r)
        #expect(chunks >= 2)  // rows, then the trailer
        #expect(try #require(inflate(packed)) == plain)
        // a big stream: many sync-flushed chunks, still one valid gzip member
        let big = Snapshot(extraction: .init(claims: (0..<5000).map { i in
            .init(id: "k\(i)", documentID: "d", speakerID: "s", speakerName: "S", kind: .direct,
                  text: "row \(i) " + String(repeating: "word ", count: 12), cue: nil, sentence: "", start: 0, end: 0,
                  published: nil, proposalIDs: [], stance: nil, corroboratedBy: [])
        }), generation: 3)
        h.handler.replace(snapshot: big)
        let bigPlain = bodyBytes(h.get("/v1/claims?format=csv"))
        let (bigPacked, bigChunks) = drain(h.get("/v1/claims?format=csv", [("Accept-Encoding", "gzip")]))
        #expect(bigChunks > 3 && bigPacked.count < bigPlain.count / 3)
        #expect(Gzip.decompress(bigPacked) == bigPlain)
    }

    @Test func csvStreamsInChunks() throws {
        let r = h.get("/v1/actors?format=csv")
        #expect(r.headers["Content-Type"]?.hasPrefix("text/csv") == true)
        let lines = text(r).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "id,name,type,aliases,roles,country_id,mention_count,claim_count,document_ids")
        #expect(lines.count == 9)
        #expect(lines.contains("united-kingdom,United Kingdom,country,UK|Britain,,,2,0,doc-a|doc-c"))
        let claims = text(h.get("/v1/claims", [("Accept", "text/csv")]))
        // a text with a comma is quoted (RFC 4180)
        #expect(claims.contains("\"a force of 30,000 troops would be too small to deter Russia\""))
        // a stream bigger than one chunk arrives in several chunks
        let big = Snapshot(extraction: .init(claims: (0..<3000).map { i in
            .init(id: "k\(i)", documentID: "d", speakerID: "s", speakerName: "S", kind: .direct,
                  text: String(repeating: "word ", count: 10), cue: nil, sentence: "", start: 0, end: 0, published: nil,
                  proposalIDs: [], stance: nil, corroboratedBy: [])
        }), generation: 9)
        h.handler.replace(snapshot: big)
        let (bytes, chunks) = drain(h.get("/v1/claims?format=csv"))
        #expect(chunks > 3)
        #expect(String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3001)
    }

    @Test func headIsAnsweredLikeGet() {
        for path in ["/", "/healthz", "/v1/claims?limit=2", "/v1/actors/russia", "/v1/claims/nope", "/v1/stats?x=1"] {
            let g = h.get(path), hd = h.request(.head, path)
            #expect(g.status == hd.status, "\(path)")
            #expect(g.headers.fields.map(\.name) == hd.headers.fields.map(\.name), "\(path)")
            #expect(g.headers["ETag"] == hd.headers["ETag"] && g.headers["Content-Type"] == hd.headers["Content-Type"])
            // same body, so the same Content-Length; the engine sends none of it for HEAD
            #expect(bodyBytes(g).count == bodyBytes(hd).count, "\(path)")
        }
    }

    @Test func errorsAreProblems() throws {
        func problem(_ target: String, _ method: HTTPMethod = .get, _ headers: [(String, String)] = [],
                     _ status: HTTPStatus) -> [String: Any] {
            let r = h.request(method, target, headers)
            #expect(r.status == status, "\(target)")
            #expect(r.headers["Content-Type"] == "application/problem+json", "\(target)")
            let p = json(r)
            #expect(p["status"] as? Int == status.code && p["title"] as? String == status.reason && p["type"] is String)
            return p
        }
        func param(_ p: [String: Any]) -> String? { (p["invalid_params"] as? [[String: String]])?.first?["name"] }

        #expect(param(problem("/v1/claims?speakr=x", .get, [], .badRequest)) == "speakr")
        #expect((problem("/v1/claims?speakr=x", .get, [], .badRequest)["detail"] as? String)?.contains("speakr") == true)
        #expect(param(problem("/v1/stats?verbose=1", .get, [], .badRequest)) == "verbose")
        // Probes and the API map ignore their query string (cache busters, absolute-form targets).
        for probe in ["/healthz?_=1700000000", "/?hail=all", "/openapi.yaml?v=2", "/metrics?x=1"] {
            #expect(h.get(probe).status == .ok, "\(probe)")
        }
        for bad in ["0", "1001", "abc", "-1", "1.5"] {
            #expect(param(problem("/v1/claims?limit=\(bad)", .get, [], .badRequest)) == "limit")
        }
        #expect(param(problem("/v1/claims?kind=quoted", .get, [], .badRequest)) == "kind")
        #expect(param(problem("/v1/claims?stance=maybe", .get, [], .badRequest)) == "stance")
        #expect(param(problem("/v1/claims?from=yesterday", .get, [], .badRequest)) == "from")
        #expect(param(problem("/v1/claims?from=2025-13", .get, [], .badRequest)) == "from")  // from > to: ContractConformanceTests
        #expect(param(problem("/v1/claims?sort=random", .get, [], .badRequest)) == "sort")
        #expect(param(problem("/v1/claims?format=xml", .get, [], .badRequest)) == "format")
        #expect(param(problem("/v1/claims?speaker=a&speaker=b", .get, [], .badRequest)) == "speaker")
        #expect(param(problem("/v1/actors?type=robot", .get, [], .badRequest)) == "type")
        #expect(param(problem("/v1/search", .get, [], .badRequest)) == "q")
        #expect(param(problem("/v1/search?q=", .get, [], .badRequest)) == "q")  // no searchable words: ContractConformanceTests
        #expect(param(problem("/v1/graph?affiliations=maybe", .get, [], .badRequest)) == "affiliations")
        #expect(param(problem("/v1/stats?format=csv", .get, [], .badRequest)) == "format")
        _ = problem("/v1/claims?q=%zz", .get, [], .badRequest)
        _ = problem("/v1/claims?q=%ff", .get, [], .badRequest)
        _ = problem("/v2/claims", .get, [], .notFound)
        _ = problem("/v1/claims/", .get, [], .notFound)
        _ = problem("/v1/claims", .get, [("Accept", "image/png")], .notAcceptable)
        _ = problem("/metrics", .get, [("Accept", "application/json")], .notAcceptable)
        #expect(h.get("/v1/claims", [("Accept", "application/json;q=0, text/csv")]).headers["Content-Type"]?.hasPrefix("text/csv") == true)
        for m in [HTTPMethod.post, .put, .delete, .patch] {
            let r = h.request(m, "/v1/claims")
            #expect(r.status == .methodNotAllowed)
            #expect(r.headers["Allow"] == "GET, HEAD, OPTIONS")
            #expect(r.headers["Content-Type"] == "application/problem+json")
        }
        #expect(h.request(.post, "/nowhere").status == .notFound)
        #expect(h.get("http://example.test/v1/claims/c1").status == .ok)  // absolute-form target
        _ = h.request(.other("BREW"), "/v1/claims")
        #expect(text(h.get("/metrics")).contains(#"route="/v1/claims",method="OTHER",status="405"} 1"#))
    }

    @Test func cachedBodiesAreReusedAndDroppedOnSwap() {
        let a = h.get("/v1/stats")
        let b = h.get("/v1/stats")
        #expect(bodyBytes(a) == bodyBytes(b))
        #expect(text(h.get("/metrics")).contains("parley_response_cache_hits_total 1\n"))
        h.handler.replace(snapshot: Snapshot(extraction: Fixture.extraction(), generation: 5))
        let c = h.get("/v1/stats")
        #expect(json(c)["generation"] as? Int == 5)
        #expect(c.headers["ETag"] != a.headers["ETag"])
    }

    @Test func cacheStaysWithinItsBudget() {
        let small = APIHandler(snapshot: Snapshot(extraction: Fixture.extraction(), generation: 1), lifecycle: Lifecycle(),
                               stats: ServerStats(), openAPIYAML: [], cacheCapacityBytes: 64 * 1024)
        for i in 0..<200 { _ = small.respond(to: Request(method: .get, target: "/v1/claims?limit=\(i % 100 + 1)")) }
        let c = small.cache.counters
        #expect(c.bytes <= 64 * 1024 && c.entries > 0 && c.entries < 100)
    }

    @Test func concurrentRequestsSeeConsistentAnswers() {
        let targets = ["/v1/claims?limit=3", "/v1/stats", "/v1/search?q=troops", "/v1/stances", "/v1/graph"]
        let expected = targets.map { bodyBytes(h.get($0)) }
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 400) { i in
            let k = i % targets.count
            if bodyBytes(h.get(targets[k])) != expected[k] { mismatches.withLock { $0 += 1 } }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }

    @Test func swappingSnapshotsWhileServing() {
        // every answer comes whole from one generation, never a mix or an error
        let seen = Mutex(Set<Int>())
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 300) { i in
            if i % 50 == 0 {
                h.handler.replace(snapshot: Snapshot(extraction: Fixture.extraction(), generation: UInt64(10 + i / 50)))
            }
            let r = h.get("/v1/stats")
            guard r.status == .ok, let g = json(r)["generation"] as? Int else { failures.withLock { $0 += 1 }; return }
            seen.withLock { _ = $0.insert(g) }
        }
        #expect(failures.withLock { $0 } == 0)
        #expect(seen.withLock { $0 }.isSubset(of: Set([1] + (10...15).map { $0 })))
        #expect(h.handler.snapshot.generation >= 10)
    }
}

import Synchronization
