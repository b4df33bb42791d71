import Foundation
import HTTP
import Index
import Testing
@testable import API

/// The server and openapi.yaml agree on what is a valid request: what the contract's schemas
/// admit is answered 2xx (or 404 for an unknown id), what they reject is a 400 naming the
/// parameter. Each test pins one finding of a schemathesis run.
@Suite struct ContractConformanceTests {
    let h = Harness()

    func invalidParam(_ target: String) -> String? {
        let r = h.get(target)
        guard r.status == .badRequest, r.headers["Content-Type"] == "application/problem+json" else { return nil }
        return (json(r)["invalid_params"] as? [[String: String]])?.first?["name"]
    }

    /// A `pattern` of openapi.yaml, found by the text that follows `anchor`.
    static func specPattern(after anchor: String) throws -> NSRegularExpression {
        let text = try String(contentsOf: ContractTests.specURL, encoding: .utf8)
        let start = try #require(text.range(of: anchor))
        let rest = text[start.upperBound...]
        let p = try #require(rest.range(of: "pattern: \""))
        let end = try #require(rest[p.upperBound...].firstIndex(of: "\""))
        let raw = String(rest[p.upperBound..<end]).replacingOccurrences(of: "\\\\", with: "\\")
        return try NSRegularExpression(pattern: raw)
    }

    static func matches(_ re: NSRegularExpression, _ s: String) -> Bool {
        re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    // ST201: `type=` and `to=` were accepted as absent, though the enum/pattern has no empty value.
    @Test func emptyValuesOfTypedParametersAreA400NamingThem() {
        #expect(invalidParam("/v1/actors?type=") == "type")
        #expect(invalidParam("/v1/timeline?type=") == "type")
        #expect(invalidParam("/v1/claims?to=") == "to")
        #expect(invalidParam("/v1/documents?to=") == "to")
        #expect(invalidParam("/v1/stances?to=") == "to")
        #expect(invalidParam("/v1/claims?from=") == "from")
        #expect(invalidParam("/v1/claims?limit=") == "limit")
        #expect(invalidParam("/v1/claims?cursor=") == "cursor")
        #expect(invalidParam("/v1/claims?format=") == "format")
        #expect(invalidParam("/v1/claims?kind=&stance=") == "kind")
        #expect(invalidParam("/v1/graph?affiliations=") == "affiliations")
        // free-text filters keep the documented rule: empty counts as absent
        #expect(dataIDs(h.get("/v1/claims?speaker=&q=&document=")).count == 10)
        #expect(h.get("/v1/stances?actor=&proposal=").status == .ok)
        #expect(invalidParam("/v1/search?q=") == "q")  // required, minLength 1
    }

    // ST202 (`to=9702-27` rejected though the old pattern allowed month 27): the pattern now
    // says what the server checks, month 01-12 and day 01-31.
    @Test func datePatternAndServerAgree() throws {
        let re = try Self.specPattern(after: "    to:\n")
        for d in ["2025", "0000", "2025-01", "2025-12", "2025-02-31", "2025-12-01", "9999-10-30", "2025-03", "2025-03-05",
                  "9702-27", "2025-00", "2025-13", "2025-01-00", "2025-01-32", "2025-1", "25-01-01", "2025/01", "2025-01-01T",
                  "", "２０２５", "2025-01-1x"] {
            #expect(Self.matches(re, d) == PartialDate.isValid(d), "\(d)")
        }
        #expect(invalidParam("/v1/stances?to=9702-27&from=2003") == "to")
        #expect(invalidParam("/v1/claims?from=2025-00") == "from")
        #expect(h.get("/v1/stances?to=9702-12-31&from=2003").status == .ok)
    }

    // ST202 on every list: a made-up cursor is a 400. The contract now gives the cursor its
    // base64url shape and says so; every cursor the server issues matches that shape.
    @Test func cursorShapeAndIssuedCursorsAgree() throws {
        let re = try Self.specPattern(after: "    cursor:\n")
        for generation in [UInt64(0), 1, 7, 12345, UInt64.max] {
            for offset in [0, 1, 9, 10, 50, 999, 123_456, Int.max] {
                let c = Cursor.encode(offset: offset, generation: generation)
                #expect(Self.matches(re, c) && c.utf8.count <= 64, "\(c)")
                #expect(try Cursor.decode(c, generation: generation) == offset)
            }
        }
        for made in ["A", "none", "AAAA", "cDEuOS4w", "%F3%87%8F%81%C2%A9", "7%F4%8E%9B%92", String(repeating: "A", count: 68)] {
            #expect(invalidParam("/v1/claims?cursor=\(made)") == "cursor", "\(made)")
            #expect(invalidParam("/v1/search?q=troops&cursor=\(made)") == "cursor", "\(made)")
        }
        let next = try #require(json(h.get("/v1/claims?limit=3"))["next_cursor"] as? String)
        #expect(h.get("/v1/claims?limit=3&cursor=\(next)").status == .ok)
    }

    // List filters and `limit` were lenient where the contract is not: the patterns
    // `^(person|...)(,(person|...))*$` admit no blanks, and `limit` is an integer.
    @Test func listValuesAndLimitAreExactlyWhatTheContractAdmits() {
        #expect(invalidParam("/v1/actors?type=person%20") == "type")
        #expect(invalidParam("/v1/actors?type=person,%20country") == "type")
        #expect(invalidParam("/v1/claims?kind=%09direct") == "kind")
        #expect(invalidParam("/v1/timeline?type=event,") == "type")
        #expect(invalidParam("/v1/search?q=troops&type=claim+") == "type")
        #expect(invalidParam("/v1/stances?stance=support,%20oppose") == "stance")
        #expect(invalidParam("/v1/claims?stance=none,%20support") == "stance")
        for bad in ["+5", "%2B5", "%205", "5%20", "-0", "0x10", "1e2", "\u{0665}"] {
            #expect(invalidParam("/v1/claims?limit=\(bad)") == "limit", "\(bad)")
        }
        #expect(json(h.get("/v1/claims?limit=05"))["limit"] as? Int == 5)
        #expect(dataIDs(h.get("/v1/actors?type=person,country")).count == dataIDs(h.get("/v1/actors?type=country,person")).count)
    }

    // A schema-valid date range with `from` after `to` was a 400; it is an empty range.
    @Test func fromAfterToIsAnEmptyRange() {
        for t in ["/v1/claims?from=2025-04&to=2025-03", "/v1/documents?from=2026&to=2025", "/v1/timeline?from=2025-03-02&to=2025-03-01"] {
            let r = h.get(t)
            #expect(r.status == .ok, "\(t)")
            #expect(json(r)["total"] as? Int == 0 && dataIDs(r).isEmpty, "\(t)")
        }
        let s = h.get("/v1/stances?from=2025-04&to=2025-03")
        #expect(s.status == .ok && json(s)["total"] as? Int == 0)
        #expect(h.get("/v1/claims?from=2025-04&to=2025-03&format=csv").headers["X-Total-Count"] == "0")
        // same month at different precisions is not "after"
        #expect((json(h.get("/v1/claims?from=2025-03&to=2025"))["total"] as? Int ?? 0) > 0)
    }

    // `sort=relevance` is in the enum; without `q` it was a 400. Now snapshot order.
    @Test func relevanceWithoutQIsSnapshotOrder() {
        let r = h.get("/v1/claims?sort=relevance")
        #expect(r.status == .ok)
        #expect(dataIDs(r) == dataIDs(h.get("/v1/claims")))
    }

    // `q` matching minLength 1 but with no searchable words was a 400; it matches nothing.
    @Test func searchWithoutSearchableWordsIsAnEmptyPage() {
        for q in ["the", "%21", "%3A%60", "%00", "+"] {
            let r = h.get("/v1/search?q=\(q)")
            #expect(r.status == .ok, "\(q)")
            let body = json(r)
            #expect(body["total"] as? Int == 0 && (body["terms"] as? [String]) == [] && body["next_cursor"] is NSNull, "\(q)")
            #expect((body["facets"] as? [String: Any])?["type"] as? [String: Int] == ["claim": 0, "document": 0, "actor": 0, "proposal": 0])
        }
    }

    // Non-ASCII and odd percent-encodings never crash or 500; a bad escape names its parameter.
    @Test func oddQueryValuesAreA200OrA400NamingTheParameter() {
        let targets = ["/v1/actors?q=%C3%9Ad%C3%92%16%00", "/v1/claims?speaker=%F2%B1%B3%BF%0D%268&q=null",
                       "/v1/timeline?actor=n%F1%B6%A8%81%C2%B0d", "/v1/documents?outlet=%E2%80%AE%EF%BF%BF",
                       "/v1/stances?actor=%F0%9F%98%80", "/v1/search?q=%C2%A4%F2%A9%AA%89%F3%92%82%82",
                       "/v1/claims?q=%25%25%25", "/v1/claims?q=%", "/v1/claims?q=%G1", "/v1/claims?q=%C3",
                       "/v1/claims?q=%ED%A0%80", "/v1/claims?q=%FF%FE", "/v1/claims?q=caf\u{E9}", "/v1/claims?q=a%2Bb+c"]
        for t in targets {
            let r = h.get(t)
            #expect(r.status == .ok || r.status == .badRequest, "\(t)")
        }
        for t in ["/v1/claims?q=%", "/v1/claims?q=%G1", "/v1/claims?q=%C3", "/v1/claims?q=%ED%A0%80", "/v1/claims?q=%FF%FE"] {
            #expect(invalidParam(t) == "q", "\(t)")
        }
        #expect(invalidParam("/v1/claims?%C3%A9t%C3%A9=1") == "été")  // an unknown name, decoded
        #expect(invalidParam("/v1/claims?type=claim") == "type")  // a real parameter of another endpoint
    }

    // Every operation can answer 400 (an unknown parameter) and 406 (an Accept it cannot
    // satisfy); the contract now lists both on every operation.
    @Test func everyOperationDocumentsThe400And406ItCanAnswer() throws {
        let text = try String(contentsOf: ContractTests.specURL, encoding: .utf8)
        let paths = try #require(text.components(separatedBy: "\ncomponents:\n").first)
        for t in APIHandler.routeTemplates {
            let start = try #require(paths.range(of: "\n  \(t):\n"), "\(t)")
            let rest = paths[start.upperBound...]
            let section = rest.range(of: "\n  /").map { rest[..<$0.lowerBound] } ?? rest
            // Probes and the API map ignore their query string; every data endpoint names an
            // unknown parameter in a 400, and the contract says so exactly where it happens.
            let strict = !["/", "/healthz", "/readyz", "/metrics", "/openapi.yaml"].contains(t)
            #expect(section.contains("\"400\": { $ref: \"#/components/responses/BadRequest\" }") == strict, "\(t)")
            #expect(section.contains("\"406\": { $ref: \"#/components/responses/NotAcceptable\" }"), "\(t)")
            let path = t.replacingOccurrences(of: "{id}", with: "x")
            if strict {
                #expect(invalidParam(path + "?bogus=1") == "bogus", "\(t)")
            } else {
                #expect(h.get(path + "?bogus=1").status != .badRequest, "\(t)")
            }
            #expect(h.get(path, [("Accept", "image/png")]).status == .notAcceptable, "\(t)")
        }
    }

    // ST108: GET /openapi.yaml is a YAML document, described as an object, not a string.
    @Test func contractDescribesTheServedDocumentAsAnObject() throws {
        let text = try String(contentsOf: ContractTests.specURL, encoding: .utf8)
        let op = try #require(text.range(of: "operationId: getOpenAPI"))
        let next = try #require(text[op.upperBound...].range(of: "\n  /"))
        let section = text[op.upperBound..<next.lowerBound]
        #expect(section.contains("application/yaml:\n              schema: { $ref: \"#/components/schemas/OpenAPIDocument\" }"))
        let h = APIHandler(snapshot: Harness().handler.snapshot, lifecycle: { let l = Lifecycle(); l.markReady(); return l }(),
                           stats: ServerStats(), openAPIYAML: Array(text.utf8))
        let r = h.respond(to: Request(method: .get, target: "/openapi.yaml"))
        #expect(r.status == .ok && r.headers["Content-Type"] == "application/yaml")
        #expect(bodyBytes(r) == Array(text.utf8))
    }
}
