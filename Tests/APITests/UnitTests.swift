import Testing
@testable import API
import HTTP

@Suite struct UnitTests {
    @Test func cursorRoundTrips() throws {
        for gen: UInt64 in [0, 1, 42, .max] {
            for offset in [0, 1, 2, 49, 50, 999, 1000, 123_456_789] {
                let c = Cursor.encode(offset: offset, generation: gen)
                #expect(c.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
                #expect(try Cursor.decode(c, generation: gen) == offset)
            }
        }
        #expect(throws: APIError.self) { try Cursor.decode(Cursor.encode(offset: 5, generation: 1), generation: 2) }
        #expect(throws: APIError.self) { try Cursor.decode("", generation: 1) }
        #expect(throws: APIError.self) { try Cursor.decode(String(repeating: "A", count: 100), generation: 1) }
    }

    @Test func acceptNegotiation() {
        let offers = ["application/json", "application/x-ndjson", "text/csv"]
        #expect(Negotiation.choose(offers, accept: nil) == "application/json")
        #expect(Negotiation.choose(offers, accept: "") == "application/json")
        #expect(Negotiation.choose(offers, accept: "*/*") == "application/json")
        #expect(Negotiation.choose(offers, accept: "text/*") == "text/csv")
        #expect(Negotiation.choose(offers, accept: "text/csv;q=0.5, application/x-ndjson;q=0.9") == "application/x-ndjson")
        #expect(Negotiation.choose(offers, accept: "application/*;q=0.2, text/csv;q=0.1") == "application/json")
        #expect(Negotiation.choose(offers, accept: "*/*;q=0.1, application/json;q=0") == "application/x-ndjson")
        #expect(Negotiation.choose(offers, accept: "image/png") == nil)
        #expect(Negotiation.choose(offers, accept: "APPLICATION/JSON") == "application/json")
        #expect(Negotiation.choose(offers, accept: "application/json;q=abc") == nil)
    }

    @Test func acceptEncoding() {
        #expect(Negotiation.acceptsGzip("gzip"))
        #expect(Negotiation.acceptsGzip("deflate, gzip;q=0.5"))
        #expect(Negotiation.acceptsGzip("x-gzip"))
        #expect(Negotiation.acceptsGzip("*"))
        #expect(!Negotiation.acceptsGzip(nil))
        #expect(!Negotiation.acceptsGzip("identity"))
        #expect(!Negotiation.acceptsGzip("gzip;q=0"))
        #expect(!Negotiation.acceptsGzip("gzip; q=0.000"))
        #expect(!Negotiation.acceptsGzip("*;q=0"))
        #expect(!Negotiation.acceptsGzip("gzip;q=0, *"))
    }

    @Test func queryDecoding() throws {
        let q = try QueryParameters.parse("q=British+troops%21&speaker=keir%2Dstarmer&empty=&flag&x=%C3%A9")
        #expect(q["q"] == "British troops!" && q["speaker"] == "keir-starmer" && q["x"] == "é")
        #expect(q["empty"] == nil && q["flag"] == nil && q.names == ["q", "speaker", "empty", "flag", "x"])
        #expect(q.canonical() == "q=British%20troops%21&speaker=keir-starmer&x=%C3%A9")
        #expect(throws: APIError.self) { try QueryParameters.parse("a=1&a=2") }
        #expect(throws: APIError.self) { try QueryParameters.parse("a=%4") }
        #expect(throws: APIError.self) { try QueryParameters.parse("a=%C3") }
        #expect(try QueryParameters.decode("a+b", what: "path", plusIsSpace: false) == "a+b")
    }

    /// The allocation-free canonical form (cache keys, next links) equals the sorting one,
    /// for several orders, with the cursor replaced or added, and for a long query.
    @Test func canonicalWithoutSorting() throws {
        let queries = ["", "q=a", "limit=5&q=peace+x1", "q=peace+x1&limit=5", "type=claim&cursor=abc&q=b%26c&limit=3",
                       "z=1&cursor=x&a=2&m=%C3%A9", (0..<40).map { "p\($0)=\(40 - $0)" }.joined(separator: "&")]
        for text in queries {
            let q = try QueryParameters.parse(text[...])
            var plain: [UInt8] = [], sorted: [UInt8] = []
            q.canonical(into: &plain)
            q.canonical(into: &sorted, dropping: [])
            #expect(plain == sorted, "\(text)")
            var next: [UInt8] = [], nextSorted: [UInt8] = []
            q.canonical(into: &next, setting: ("cursor", "NEXT"))
            q.canonical(into: &nextSorted, dropping: ["cursor"], adding: [("cursor", "NEXT")])
            #expect(next == nextSorted, "\(text)")
            #expect(String(decoding: next, as: UTF8.self).contains("cursor=NEXT"))
        }
        let q = try QueryParameters.parse("q=peace&limit=10&cursor=old")
        var out: [UInt8] = []
        q.canonical(into: &out, setting: ("cursor", "new"))
        #expect(String(decoding: out, as: UTF8.self) == "cursor=new&limit=10&q=peace")
    }

    @Test func cursorPlainText() {
        for (offset, generation) in [(0, UInt64(0)), (25, UInt64(7)), (1000, UInt64.max), (Int.max, UInt64(1))] {
            let text = Cursor.decodeBase64URL(Cursor.encode(offset: offset, generation: generation)).map { String(decoding: $0, as: UTF8.self) }
            #expect(text == "p1.\(generation).\(offset)")
        }
    }

    @Test func encoderHeadIsExact() {
        var h = HTTPHeaders()
        h.add("Content-Type", "text/plain")
        h.add("X-Bad", "a\r\nInjected: 1\u{0}")
        h.add("Content-Length", "99")
        h.add("Connection", "close")
        let e = ResponseEncoder.encode(Response(status: .ok, headers: h, body: .bytes(Array("hello".utf8))),
                                       isHead: false, version: .http10, keepAlive: true, date: Array("Sun, 22 Nov 2026 04:00:00 GMT".utf8))
        #expect(String(decoding: e.head, as: UTF8.self) ==
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Bad: a  Injected: 1 \r\nDate: Sun, 22 Nov 2026 04:00:00 GMT\r\n"
                + "Server: parley\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\n")
        var n = HTTPHeaders()
        n.add("ETag", "\"x\"")
        n.add("Content-Length", "12345")
        let m = ResponseEncoder.encode(Response(status: .notModified, headers: n, body: .empty),
                                       isHead: false, version: .http11, keepAlive: false, date: Array("D".utf8))
        #expect(String(decoding: m.head, as: UTF8.self) ==
                "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\nDate: D\r\nServer: parley\r\nContent-Length: 12345\r\nConnection: close\r\n\r\n")
    }

    @Test func etags() {
        let t = ETag.of(Array("hello".utf8))
        #expect(t.count == 18 && t == ETag.of(Array("hello".utf8)) && t != ETag.of(Array("hellp".utf8)))
        #expect(ETag.matches("*", t) && ETag.matches("\"a\" , \(t)", t) && ETag.matches("W/\(t)", t))
        #expect(!ETag.matches(nil, t) && !ETag.matches("\"a\"", t))
    }

    @Test func jsonWriterEscapesAndSeparates() {
        var w = JSONWriter()
        w.beginObject()
        w.field("s", "a\"b\\c\nd\u{1}é")
        w.field("n", nil as String?)
        w.field("l", ["x", "y"])
        w.field("d", double: 1.5)
        w.field("i", double: 30000)
        w.key("o"); w.beginObject(); w.endObject()
        w.key("a"); w.beginArray(); w.int(1); w.bool(true); w.null(); w.endArray()
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self)
            == #"{"s":"a\"b\\c\nd\u0001é","n":null,"l":["x","y"],"d":1.5,"i":30000,"o":{},"a":[1,true,null]}"#)
    }

    @Test func csvQuoting() {
        #expect(CSV.line(["a", "b,c", "say \"hi\"", nil, "x\ny"]) == "a,\"b,c\",\"say \"\"hi\"\"\",,\"x\ny\"\r\n")
    }

    @Test func routerMatching() throws {
        let r = Router()
        #expect(try r.match("/")?.0.id == .root)
        #expect(try r.match("/v1/claims")?.0.id == .claims)
        #expect(try r.match("/v1/claims/c%201")?.1 == "c 1")
        #expect(try r.match("/v1/claims/a+b")?.1 == "a+b")
        #expect(try r.match("/v1/claims/") == nil)
        #expect(try r.match("/v1//claims") == nil)
        #expect(try r.match("//") == nil)
        #expect(try r.match("v1/claims") == nil)
        #expect(APIHandler.originPath("http://h:8080/v1/claims") == "/v1/claims")
        #expect(APIHandler.originPath("http://h") == "/")
    }
}
