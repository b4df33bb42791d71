import HTTP
import Testing

struct ParseCase: Sendable, CustomTestStringConvertible {
    let name: String
    let raw: [UInt8]
    let expected: [Event]
    var limits = HTTPLimits()

    var testDescription: String { name }

    init(_ name: String, _ raw: String, _ expected: [Event], limits: HTTPLimits = HTTPLimits()) {
        self.name = name
        self.raw = Array(raw.utf8)
        self.expected = expected
        self.limits = limits
    }

    init(_ name: String, bytes raw: [UInt8], _ expected: [Event], limits: HTTPLimits = HTTPLimits()) {
        self.name = name
        self.raw = raw
        self.expected = expected
        self.limits = limits
    }
}

func req(_ m: String, _ t: String, _ body: String = "", keepAlive: Bool = true) -> Event {
    .request(method: m, target: t, body: Array(body.utf8), keepAlive: keepAlive)
}

let validCases: [ParseCase] = [
    ParseCase("simple GET", "GET / HTTP/1.1\r\nHost: a\r\n\r\n", [req("GET", "/")]),
    ParseCase("query and absolute path", "GET /v1/claims?q=a&limit=2 HTTP/1.1\r\nHost: a\r\n\r\n", [req("GET", "/v1/claims?q=a&limit=2")]),
    ParseCase("absolute-form becomes origin-form", "GET http://x.org/p?q HTTP/1.1\r\nHost: x.org\r\n\r\n", [req("GET", "/p?q")]),
    ParseCase("absolute-form without a path", "GET HTTP://x.org:8080?a=1 HTTP/1.1\r\nHost: y\r\n\r\n", [req("GET", "/?a=1")]),
    ParseCase("HTTP/1.0 closes by default", "GET / HTTP/1.0\r\n\r\n", [req("GET", "/", keepAlive: false)]),
    ParseCase("HTTP/1.0 keep-alive", "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", [req("GET", "/")]),
    ParseCase("HTTP/1.1 Connection: close", "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", [req("GET", "/", keepAlive: false)]),
    ParseCase("Connection list with close", "GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, Close\r\n\r\n", [req("GET", "/", keepAlive: false)]),
    ParseCase("HTTP/1.2 served as 1.1", "GET / HTTP/1.2\r\nHost: a\r\n\r\n", [req("GET", "/")]),
    ParseCase("POST with Content-Length", "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello", [req("POST", "/x", "hello")]),
    ParseCase("Content-Length with leading zeros", "PUT /x HTTP/1.1\r\nHost: a\r\nContent-Length: 003\r\n\r\nabc", [req("PUT", "/x", "abc")]),
    ParseCase("Content-Length zero", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n", [req("POST", "/")]),
    ParseCase("Content-Length with OWS", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\t 2 \t\r\n\r\nab", [req("POST", "/", "ab")]),
    ParseCase("chunked body", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", [req("POST", "/", "hello world")]),
    ParseCase("chunked, upper-case hex and zero-padded last chunk", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n000\r\n\r\n", [req("POST", "/", "0123456789")]),
    ParseCase("chunk extensions", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b;c;d=\"x\\\"y\" ;e = f\r\nabc\r\n0;z\r\n\r\n", [req("POST", "/", "abc")]),
    ParseCase("chunked trailers discarded", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nVary: *\r\nX-T: 1\r\n\r\n", [req("POST", "/", "x")]),
    ParseCase("empty lines before the request line", "\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", [req("GET", "/")]),
    ParseCase("pipelined three", "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nPOST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhiGET /3 HTTP/1.1\r\nHost: a\r\n\r\n",
              [req("GET", "/1"), req("POST", "/2", "hi"), req("GET", "/3")]),
    ParseCase("CRLF between pipelined requests", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n\r\nx\r\nGET /b HTTP/1.1\r\nHost: a\r\n\r\n", [req("POST", "/", "x"), req("GET", "/b")]),
    ParseCase("bytes after Connection: close are not processed", "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nGET /evil HTTP/1.1\r\nHost: a\r\n\r\n", [req("GET", "/", keepAlive: false)]),
    ParseCase("HEAD", "HEAD /x HTTP/1.1\r\nHost: a\r\n\r\n", [req("HEAD", "/x")]),
    ParseCase("registered extension method", "PROPFIND /x HTTP/1.1\r\nHost: a\r\n\r\n", [req("PROPFIND", "/x")]),
    ParseCase("asterisk-form", "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", [req("OPTIONS", "*")]),
    ParseCase("obs-text in a value", bytes: Array("GET / HTTP/1.1\r\nHost: a\r\nX: D".utf8) + [0xFC] + Array("sseldorf\r\n\r\n".utf8), [req("GET", "/")]),
    ParseCase("empty header value", "GET / HTTP/1.1\r\nHost: a\r\nX-Empty:\r\nY:   \r\n\r\n", [req("GET", "/")]),
    ParseCase("HTTP/1.0 without Host", "POST / HTTP/1.0\r\nContent-Length: 2\r\n\r\nok", [req("POST", "/", "ok", keepAlive: false)]),
    ParseCase("CONNECT is answered then closed", "CONNECT a.org:443 HTTP/1.1\r\nHost: a.org:443\r\n\r\n", [req("CONNECT", "a.org:443", keepAlive: false)]),
    ParseCase("Upgrade is ignored", "GET / HTTP/1.1\r\nHost: a\r\nConnection: upgrade\r\nUpgrade: websocket\r\n\r\n", [req("GET", "/")]),
]

let invalidCases: [ParseCase] = [
    ParseCase("HTTP/1.1 without Host", "GET / HTTP/1.1\r\n\r\n", [.reject(400)]),
    ParseCase("two Host fields", "GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", [.reject(400)]),
    ParseCase("Content-Length and Transfer-Encoding", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", [.reject(400)]),
    ParseCase("Transfer-Encoding then Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n", [.reject(400)]),
    ParseCase("duplicate equal Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx", [.reject(400)]),
    ParseCase("Content-Length list", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 1\r\n\r\nx", [.reject(400)]),
    ParseCase("differing Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx", [.reject(400)]),
    // No blank line follows: the defect is answered when its line ends, not at EOF.
    ParseCase("malformed Content-Length before the head ends", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n", [.reject(400)]),
    ParseCase("repeated Content-Length before the head ends", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\ncontent-length: 1\r\n", [.reject(400)]),
    ParseCase("overflowing Content-Length before the head ends", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 9999999999999999\r\nX: y", [.reject(400)]),
    ParseCase("negative Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", [.reject(400)]),
    ParseCase("signed Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\nx", [.reject(400)]),
    ParseCase("Content-Length with inner space", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4 2\r\n\r\n", [.reject(400)]),
    ParseCase("empty Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n", [.reject(400)]),
    ParseCase("Content-Length overflow", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000000000000000000\r\n\r\n", [.reject(400)]),
    ParseCase("hex Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n", [.reject(400)]),
    ParseCase("obs-fold", "GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n", [.reject(400)]),
    ParseCase("whitespace-led first field line", "GET / HTTP/1.1\r\n Host: a\r\n\r\n", [.reject(400)]),
    ParseCase("space before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", [.reject(400)]),
    ParseCase("tab before colon", "GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", [.reject(400)]),
    ParseCase("bare CR in a value", "GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n", [.reject(400)]),
    ParseCase("bare CR after the request line", "GET / HTTP/1.1\rHost: a\r\n\r\n", [.reject(400)]),
    ParseCase("bare LF line end", "GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n", [.reject(400)]),
    ParseCase("bare LF request line", "GET / HTTP/1.1\nHost: a\r\n\r\n", [.reject(400)]),
    ParseCase("CR then junk ending the head", "GET / HTTP/1.1\r\nHost: a\r\n\rZGET / HTTP/1.1\r\n\r\n", [.reject(400)]),
    ParseCase("control character in a value", "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{01}b\r\n\r\n", [.reject(400)]),
    ParseCase("form feed in a value", "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0C}b\r\n\r\n", [.reject(400)]),
    ParseCase("DEL in a value", "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{7F}\r\n\r\n", [.reject(400)]),
    ParseCase("NUL in a value", bytes: Array("GET / HTTP/1.1\r\nHost: a\r\nX: a".utf8) + [0] + Array("\r\n\r\n".utf8), [.reject(400)]),
    ParseCase("separator in a field name", "GET / HTTP/1.1\r\nHost: a\r\nFo@: x\r\n\r\n", [.reject(400)]),
    ParseCase("empty field name", "GET / HTTP/1.1\r\nHost: a\r\n: x\r\n\r\n", [.reject(400)]),
    ParseCase("field line without colon", "GET / HTTP/1.1\r\nHost: a\r\nnocolon\r\n\r\n", [.reject(400)]),
    ParseCase("space in the target", "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", [.reject(400)]),
    ParseCase("raw UTF-8 in the target", bytes: Array("GET /".utf8) + [0xCE, 0xB4] + Array(" HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [.reject(400)]),
    ParseCase("two spaces after the method", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", [.reject(400)]),
    ParseCase("trailing space after the version", "GET / HTTP/1.1 \r\nHost: a\r\n\r\n", [.reject(400)]),
    ParseCase("invalid method character", "G(T / HTTP/1.1\r\nHost: a\r\n\r\n", [.reject(400)]),
    ParseCase("unknown method", "MKCOLA / HTTP/1.1\r\nHost: a\r\n\r\n", [.reject(501)]),
    ParseCase("methods are case-sensitive", "get / HTTP/1.1\r\nHost: a\r\n\r\n", [.reject(501)]),
    ParseCase("HTTP/2.0", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", [.reject(505)]),
    ParseCase("HTTP/3.0", "GET / HTTP/3.0\r\nHost: a\r\n\r\n", [.reject(505)]),
    ParseCase("HTTP/0.9 version", "GET / HTTP/0.9\r\nHost: a\r\n\r\n", [.reject(505)]),
    ParseCase("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", [.reject(505)]),
    ParseCase("HTTP/0.9 simple request", "GET /\r\n\r\n", [.reject(501)]),
    ParseCase("other protocol", "OPTIONS / RTSP/1.0\r\nHost: a\r\n\r\n", [.reject(501)]),
    ParseCase("malformed version", "GET / HTTP/1.x\r\nHost: a\r\n\r\n", [.reject(400)]),
    ParseCase("unknown transfer coding", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: pigeons\r\n\r\n", [.reject(501)]),
    ParseCase("gzip under chunked", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", [.reject(501)]),
    ParseCase("chunked not last", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", [.reject(400)]),
    ParseCase("chunked twice", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", [.reject(400)]),
    ParseCase("empty Transfer-Encoding", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding:\r\n\r\n", [.reject(400)]),
    ParseCase("Transfer-Encoding in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", [.reject(400)]),
    ParseCase("chunk size over-long", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1000000000000000\r\n", [.reject(400)]),
    ParseCase("chunk size not hex", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", [.reject(400)]),
    ParseCase("missing last chunk", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nfoo\r\n\r\n", [.reject(400)]),
    ParseCase("chunk data without CRLF", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nfooX\r\n", [.reject(400)]),
    ParseCase("space after chunk size", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nfoo\r\n0\r\n\r\n", [.reject(400)]),
    ParseCase("empty chunk extension", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;\r\nfoo\r\n0\r\n\r\n", [.reject(400)]),
    ParseCase("unterminated quoted extension", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;a=\"b\r\nfoo\r\n0\r\n\r\n", [.reject(400)]),
    ParseCase("bare CR after chunk size", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\rfoo\r\n0\r\n\r\n", [.reject(400)]),
    ParseCase("obs-fold in a trailer", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: a\r\n b\r\n\r\n", [.reject(400)]),
    ParseCase("Content-Length over the body limit", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1048577\r\n\r\n", [.reject(413)]),
    ParseCase("second request invalid after a valid one", "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\n\r\n", [req("GET", "/1"), .reject(400)]),
]

/// The same bytes split in two at `cut`.
func split(_ raw: [UInt8], at cut: Int) -> [[UInt8]] { [Array(raw[..<cut]), Array(raw[cut...])] }

@Suite("Parser tables")
struct ParserTableTests {
    @Test("valid requests", arguments: validCases)
    func valid(_ c: ParseCase) {
        #expect(Harness.run([c.raw], limits: c.limits) == c.expected)
    }

    @Test("invalid requests", arguments: invalidCases)
    func invalid(_ c: ParseCase) {
        #expect(Harness.run([c.raw], limits: c.limits) == c.expected)
    }

    @Test("every split in two gives the same result", arguments: validCases + invalidCases)
    func splitInTwo(_ c: ParseCase) {
        for cut in 0...c.raw.count {
            let got = Harness.run(split(c.raw, at: cut), limits: c.limits)
            #expect(got == c.expected, "cut at \(cut)")
            if got != c.expected { return }
        }
    }

    @Test("one byte at a time gives the same result", arguments: validCases + invalidCases)
    func byteAtATime(_ c: ParseCase) {
        #expect(Harness.run(c.raw.map { [$0] }, limits: c.limits) == c.expected)
    }

    @Test("absolute-form: the target's authority replaces Host (RFC 9112 §3.2.2)")
    func absoluteForm() throws {
        let h = Harness()
        h.feed(bytes("GET https://a.example:8443/v1/x?y=1 HTTP/1.1\r\nHost: other\r\n\r\n"))
        let r = try #require(h.requests.first)
        #expect(r.target == "/v1/x?y=1")
        #expect(r.path == "/v1/x")
        #expect(r.headers.values("host") == ["a.example:8443"])
    }

    @Test("request fields are exposed as strings")
    func fields() throws {
        let h = Harness()
        h.feed(bytes("POST /p?q=1 HTTP/1.1\r\nHost: example.org\r\nX-A:  spaced value \t\r\nContent-Length: 2\r\n\r\nhi"))
        let r = try #require(h.requests.first)
        #expect(r.method == .post)
        #expect(r.target == "/p?q=1")
        #expect(r.path == "/p")
        #expect(r.query == "q=1")
        #expect(r.version == .http11)
        #expect(r.headers["host"] == "example.org")
        #expect(r.headers["x-a"] == "spaced value")
        #expect(r.headers.count == 3)
        #expect(r.body == bytes("hi"))
    }
}
