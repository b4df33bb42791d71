import HTTP
import Testing

/// A replayed response must be the bytes the encoder would have made for the same request.
@Suite("Prepared responses")
struct PreparedResponseTests {
    let date = Array("Sun, 06 Nov 1994 08:49:37 GMT".utf8)

    func response() -> Response {
        var h = HTTPHeaders()
        h.add("ETag", "\"abc\"")
        h.add("Content-Type", "application/json")
        h.add("Access-Control-Allow-Origin", "*")
        return Response(status: .ok, headers: h, body: .bytes(Array("{\"a\":1}".utf8)))
    }

    @Test("GET and HEAD replays equal the encoder's keep-alive HTTP/1.1 answer")
    func sameBytes() throws {
        let p = try #require(PreparedResponse(response()))
        for isHead in [false, true] {
            let e = ResponseEncoder.encode(response(), isHead: isHead, version: .http11, keepAlive: true, date: date)
            #expect(p.bytes(date: date, isHead: isHead) == e.head + e.body)
        }
    }

    @Test("streams and handler-set Date fields are not prepared")
    func refused() {
        #expect(PreparedResponse(Response(status: .ok, body: .stream(Chunks(["x"])))) == nil)
        var r = response()
        r.headers.add("Date", "yesterday")
        #expect(PreparedResponse(r) == nil)
    }

    @Test("the machine replays a bodiless GET only when a responder answers")
    func machineReplays() {
        final class One: CachedResponder {
            let prepared: PreparedResponse
            init(_ p: PreparedResponse) { prepared = p }
            func respond(to request: Request) -> Response { Response(status: .notFound) }
            func cachedResponse(to head: RequestHeadView) -> PreparedResponse? {
                String(decoding: head.target, as: UTF8.self) == "/hit" && head.first("accept") == nil ? prepared : nil
            }
        }
        let m = ConnectionMachine(limits: HTTPLimits())
        m.cachedResponder = One(PreparedResponse(response())!)
        let input = Array("GET /hit HTTP/1.1\r\nHost: a\r\n\r\nHEAD /hit HTTP/1.1\r\nHost: a\r\n\r\nGET /miss HTTP/1.1\r\nHost: a\r\n\r\nGET /hit HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n".utf8)
        input.withUnsafeBufferPointer { _ = m.feed($0) }
        var seen: [String] = []
        loop: while true {
            switch m.next() {
            case .replay(_, let isHead): seen.append(isHead ? "replay HEAD" : "replay GET")
            case .dispatch(let r, let keep): seen.append("dispatch \(r.target) \(keep)")
            default: break loop
            }
        }
        #expect(seen == ["replay GET", "replay HEAD", "dispatch /miss true", "dispatch /hit false"])
    }
}
