import HTTP
import Testing

final class Chunks: BodyStream {
    var parts: [[UInt8]]
    init(_ parts: [String]) { self.parts = parts.map { Array($0.utf8) } }
    func next() -> [UInt8]? { parts.isEmpty ? nil : parts.removeFirst() }
}

@Suite("Response encoding")
struct ResponseEncoderTests {
    let date = Array("Sun, 06 Nov 1994 08:49:37 GMT".utf8)

    func text(_ e: ResponseEncoder.Encoded) -> String { String(decoding: e.head, as: UTF8.self) }

    func json() -> Response {
        var h = HTTPHeaders()
        h.add("Content-Type", "application/json")
        return Response(status: .ok, headers: h, body: .bytes(Array("{\"a\":1}".utf8)))
    }

    @Test("status line, Date, Server, Content-Length, Content-Type")
    func basic() {
        let e = ResponseEncoder.encode(json(), isHead: false, version: .http11, keepAlive: true, date: date)
        #expect(text(e) == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nServer: parley\r\nContent-Length: 7\r\n\r\n")
        #expect(e.body == Array("{\"a\":1}".utf8))
        #expect(e.keepAlive)
    }

    @Test("HEAD: the GET head with the same Content-Length, no body")
    func head() {
        let get = ResponseEncoder.encode(json(), isHead: false, version: .http11, keepAlive: true, date: date)
        let head = ResponseEncoder.encode(json(), isHead: true, version: .http11, keepAlive: true, date: date)
        #expect(head.head == get.head)
        #expect(head.body.isEmpty)
    }

    @Test("no body and no Content-Length for 204 and 1xx; no body for 304")
    func bodiless() {
        for status in [HTTPStatus.noContent, HTTPStatus(101, "Switching Protocols")] {
            let e = ResponseEncoder.encode(Response(status: status, body: .bytes([1, 2, 3])), isHead: false,
                                           version: .http11, keepAlive: true, date: date)
            #expect(!text(e).contains("Content-Length"))
            #expect(e.body.isEmpty)
        }
        let e = ResponseEncoder.encode(Response(status: .notModified, body: .bytes([1, 2, 3])), isHead: false,
                                       version: .http11, keepAlive: true, date: date)
        #expect(e.body.isEmpty)
        #expect(e.stream == nil)
    }

    @Test("Connection: close when not kept; keep-alive echoed to HTTP/1.0")
    func connection() {
        let closing = ResponseEncoder.encode(json(), isHead: false, version: .http11, keepAlive: false, date: date)
        #expect(text(closing).contains("\r\nConnection: close\r\n"))
        let ten = ResponseEncoder.encode(json(), isHead: false, version: .http10, keepAlive: true, date: date)
        #expect(text(ten).contains("\r\nConnection: keep-alive\r\n"))
        let eleven = ResponseEncoder.encode(json(), isHead: false, version: .http11, keepAlive: true, date: date)
        #expect(!text(eleven).contains("Connection"))
    }

    @Test("framing fields from the handler are replaced; CR/LF cannot split the head")
    func handlerFields() {
        var h = HTTPHeaders()
        h.add("Content-Length", "999")
        h.add("Transfer-Encoding", "chunked")
        h.add("Connection", "keep-alive")
        h.add("X-Evil", "a\r\nSet-Cookie: x=1")
        let e = ResponseEncoder.encode(Response(status: .ok, headers: h, body: .bytes([1])), isHead: false,
                                       version: .http11, keepAlive: false, date: date)
        let t = text(e)
        #expect(t.contains("Content-Length: 1\r\n"))
        #expect(!t.contains("999"))
        #expect(!t.contains("Transfer-Encoding"))
        #expect(!t.contains("keep-alive"))
        #expect(t.contains("X-Evil: a  Set-Cookie: x=1\r\n"))
    }

    @Test("streams: chunked for HTTP/1.1, close-delimited for HTTP/1.0")
    func streams() {
        let e = ResponseEncoder.encode(Response(body: .stream(Chunks(["a"]))), isHead: false, version: .http11,
                                       keepAlive: true, date: date)
        #expect(text(e).contains("Transfer-Encoding: chunked\r\n"))
        #expect(e.chunked && e.keepAlive && e.stream != nil)
        let old = ResponseEncoder.encode(Response(body: .stream(Chunks(["a"]))), isHead: false, version: .http10,
                                         keepAlive: true, date: date)
        #expect(!old.chunked && !old.keepAlive)
        #expect(text(old).contains("Connection: close"))
        #expect(ResponseEncoder.chunk(Array("hello world, hello!".utf8)) == Array("13\r\nhello world, hello!\r\n".utf8))
        #expect(ResponseEncoder.lastChunk == Array("0\r\n\r\n".utf8))
    }

    @Test("engine errors are problem+json and close")
    func problem() {
        let e = ResponseEncoder.encodeError(.badRequest, detail: "bad", date: date)
        let t = text(e)
        #expect(t.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(t.contains("Content-Type: application/problem+json\r\n"))
        #expect(t.contains("Connection: close\r\n"))
        #expect(String(decoding: e.body, as: UTF8.self) == "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"bad\"}")
    }

    @Test("IMF-fixdate", arguments: [
        (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
        (1_795_305_599, "Sat, 21 Nov 2026 23:59:59 GMT"),
    ])
    func imfFixdate(seconds: Int, expected: String) {
        #expect(HTTPDate.format(epochSeconds: seconds) == expected)
    }

    @Test("the date text is cached per second")
    func dateCache() {
        var d = HTTPDate()
        let a = d.update(epochSeconds: 784_111_777)
        #expect(d.second == 784_111_777)
        #expect(d.update(epochSeconds: 784_111_777) == a)
        #expect(d.update(epochSeconds: 784_111_778) != a)
    }
}
