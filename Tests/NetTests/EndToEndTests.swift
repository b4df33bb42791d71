import Foundation
import HTTP
import Net
import Testing

/// Over real sockets on 127.0.0.1, one in-process server per test (port 0). Tests with a
/// `tls` argument run twice, over plain TCP and over TLS (the same requests through the same
/// TestClient); TLS-only behaviour is in TLSEndToEndTests.
@Suite("End to end", .serialized)
struct EndToEndTests {
    let get = "GET / HTTP/1.1\r\nHost: t\r\n\r\n"

    @Test("keep-alive: several requests on one connection", arguments: [false, true])
    func keepAlive(tls: Bool) throws {
        let s = try RunningServer(tls: tls)
        defer { s.stop() }
        let c = try TestClient(s)
        for i in 0..<3 {
            try c.send(get)
            let r = try c.readResponse()
            #expect(r.status == 200, "request \(i)")
            #expect(r.header("Content-Type") == "application/json")
            #expect(r.header("Server") == "parley")
            #expect(r.header("Date")?.hasSuffix(" GMT") == true)
            #expect(r.header("Connection") == nil)
            #expect(r.bodyText == "{\"ok\":true,\"body_bytes\":0}")
        }
        #expect(s.stats.acceptedConnections.load(ordering: .relaxed) == 1)
        if tls { #expect(c.tls?.alpn == "http/1.1") }
    }

    @Test("three pipelined requests in one write are answered in order", arguments: [false, true])
    func pipelined(tls: Bool) throws {
        let s = try RunningServer(tls: tls)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send("GET /a HTTP/1.1\r\nHost: t\r\n\r\nPOST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabcDELETE / HTTP/1.1\r\nHost: t\r\n\r\n")
        let a = try c.readResponse(), b = try c.readResponse(), d = try c.readResponse()
        #expect([a.status, b.status, d.status] == [Int]([404, 200, 405]))
        #expect(a.header("Content-Type") == "application/problem+json")
        #expect(b.bodyText.contains("\"body_bytes\":3"))
        #expect(d.header("Allow") == "GET, HEAD, POST")
    }

    @Test("a body sent one byte at a time", arguments: [false, true])
    func bodyByteByByte(tls: Bool) throws {
        let s = try RunningServer(tls: tls)
        defer { s.stop() }
        let c = try TestClient(s)
        let body = "{\"hello\":\"world\"}"
        try c.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.utf8.count)\r\n\r\n")
        for b in body.utf8 {
            try c.send([b])
            usleep(2000)
        }
        let r = try c.readResponse()
        #expect(r.status == 200)
        #expect(r.bodyText.contains("\"body_bytes\":\(body.utf8.count)"))
    }

    @Test("Expect: 100-continue gets 100 before the body is sent", arguments: [false, true])
    func expectContinue(tls: Bool) throws {
        let s = try RunningServer(tls: tls)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send("POST / HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        let interim = try c.readResponse()
        #expect(interim.status == 100)
        #expect(interim.head == "HTTP/1.1 100 Continue")
        try c.send("ping")
        let r = try c.readResponse()
        #expect(r.status == 200)
        #expect(r.bodyText.contains("\"body_bytes\":4"))
    }

    @Test("an oversized head gets 431 and the connection closes", arguments: [false, true])
    func oversizedHead(tls: Bool) throws {
        var limits = HTTPLimits()
        limits.maxHeadSize = 1024
        let s = try RunningServer(limits: limits, tls: tls)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send("GET / HTTP/1.1\r\nHost: t\r\nX-Big: " + String(repeating: "a", count: 2000) + "\r\n\r\n")
        let r = try c.readResponse()
        #expect(r.status == 431)
        #expect(r.header("Connection") == "close")
        #expect(r.header("Content-Type") == "application/problem+json")
        #expect(c.isClosedByPeer())
    }

    @Test("a head just under the 16 KiB limit, sent in pieces, is served (the buffer grows)")
    func largeHead() throws {
        let s = try RunningServer()
        defer { s.stop() }
        let c = try TestClient(port: s.port)
        let head = Array(("GET / HTTP/1.1\r\nHost: t\r\nX-Pad: " + String(repeating: "p", count: 16_000) + "\r\n\r\n").utf8)
        #expect(head.count <= 16 * 1024)
        var off = 0
        while off < head.count {
            let n = min(3000, head.count - off)
            try c.send(Array(head[off..<(off + n)]))
            off += n
            usleep(5000)
        }
        #expect(try c.readResponse().status == 200)
        try c.send(get)
        #expect(try c.readResponse().status == 200)
    }

    @Test("Content-Length with Transfer-Encoding gets 400 and the connection closes")
    func smuggling() throws {
        let s = try RunningServer()
        defer { s.stop() }
        let c = try TestClient(port: s.port)
        try c.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET / HTTP/1.1\r\nHost: t\r\n\r\n")
        let r = try c.readResponse()
        #expect(r.status == 400)
        #expect(r.header("Connection") == "close")
        #expect(c.isClosedByPeer())
    }

    @Test("a head that does not arrive in time gets 408 (absolute deadline, not re-armed per byte)")
    func headerDeadline() throws {
        var limits = HTTPLimits()
        limits.headerTimeout = .milliseconds(300)
        let s = try RunningServer(limits: limits)
        defer { s.stop() }
        let c = try TestClient(port: s.port)
        let start = ContinuousClock.now
        // Trickle a byte every 50 ms: a timer re-armed per byte would never fire while this
        // goes on (1.3 s in all); the absolute deadline fires after 300 ms.
        for b in "GET / HTTP/1.1\r\nHost: t\r\nX-Slow: 1\r\n".utf8 {
            if c.hasDataWaiting() { break }
            try? c.send([b])
            usleep(50_000)
        }
        let elapsed = ContinuousClock.now - start
        let r = try c.readResponse()
        #expect(r.status == 408)
        #expect(r.header("Connection") == "close")
        #expect(elapsed < .milliseconds(900))
        #expect(c.isClosedByPeer())
        #expect(s.stats.timeouts.load(ordering: .relaxed) == 1)
    }

    @Test("a body over the limit gets 413")
    func bodyTooLarge() throws {
        var limits = HTTPLimits()
        limits.maxBodySize = 100
        let s = try RunningServer(limits: limits)
        defer { s.stop() }
        let c = try TestClient(port: s.port)
        try c.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 101\r\n\r\n" + String(repeating: "z", count: 101))
        let r = try c.readResponse()
        #expect(r.status == 413)
        #expect(c.isClosedByPeer())

        let chunked = try TestClient(port: s.port)
        try chunked.send("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n" + String(repeating: "z", count: 100) + "\r\n1\r\nz\r\n0\r\n\r\n")
        #expect(try chunked.readResponse().status == 413)
    }

    @Test("HEAD has the GET headers and no body", arguments: [false, true])
    func head(tls: Bool) throws {
        let s = try RunningServer(tls: tls)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send(get)
        let g = try c.readResponse()
        try c.send("HEAD / HTTP/1.1\r\nHost: t\r\n\r\n")
        let h = try c.readResponse(isHead: true)
        #expect(h.status == 200)
        #expect(h.header("Content-Length") == g.header("Content-Length"))
        #expect(h.header("Content-Type") == "application/json")
        // If HEAD had carried a body, it would be read here as the next response's start.
        try c.send(get)
        let after = try c.readResponse()
        #expect(after.status == 200)
        #expect(after.body == g.body)
    }

    @Test("a 404 for a request with a body comes after the body")
    func notFoundAfterBody() throws {
        let s = try RunningServer()
        defer { s.stop() }
        let c = try TestClient(port: s.port)
        try c.send("POST /nowhere HTTP/1.1\r\nHost: t\r\nContent-Length: 6\r\n\r\nabc")
        usleep(100_000)
        try c.send("def" + get)
        #expect(try c.readResponse().status == 404)
        #expect(try c.readResponse().status == 200)
    }

    @Test("HTTP/1.0 without keep-alive is answered and closed")
    func http10() throws {
        let s = try RunningServer()
        defer { s.stop() }
        let c = try TestClient(port: s.port)
        try c.send("GET / HTTP/1.0\r\n\r\n")
        let r = try c.readResponse()
        #expect(r.status == 200)
        #expect(r.header("Connection") == "close")
        #expect(c.isClosedByPeer())
    }

    @Test("a streamed body is sent chunked in full")
    func stream() throws {
        let s = try RunningServer()
        defer { s.stop() }
        let c = try TestClient(port: s.port)
        try c.send("GET /stream HTTP/1.1\r\nHost: t\r\n\r\n" + get)
        let r = try c.readResponse()
        #expect(r.header("Transfer-Encoding") == "chunked")
        #expect(r.body.count == 500_000)
        #expect(try c.readResponse().status == 200)
    }

    @Test("graceful shutdown finishes the request in flight", arguments: [false, true])
    func gracefulShutdown(tls: Bool) throws {
        let s = try RunningServer(tls: tls)
        let c = try TestClient(s)
        let idle = try TestClient(s)
        try idle.send(get)
        #expect(try idle.readResponse().status == 200)
        try c.send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n")
        usleep(50_000)  // the handler is now sleeping
        s.server.shutdown()
        let r = try c.readResponse()
        #expect(r.status == 200)
        #expect(c.isClosedByPeer())
        #expect(idle.isClosedByPeer())
        #expect(s.waitStopped(timeoutSeconds: 3))
        // No longer accepting.
        #expect((try? TestClient(s)) == nil)
    }

    @Test("shutdown returns within the drain timeout even with a stuck request")
    func drainTimeout() throws {
        let s = try RunningServer(drain: .milliseconds(300))
        let c = try TestClient(port: s.port)
        try c.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc")  // never finished
        usleep(50_000)
        let start = ContinuousClock.now
        #expect(s.stop(timeoutSeconds: 3))
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(c.isClosedByPeer())
    }

    @Test("a bind failure is a NetError with a one-line description")
    func bindFailure() throws {
        let s = try RunningServer()
        defer { s.stop() }
        var config = ServerConfig(host: "127.0.0.1", port: s.port, threads: 1)
        config.maxConnections = 10
        // A port another server listens on is in use, even though SO_REUSEPORT would share it.
        do {
            _ = try Server(config: config, handler: TestHandler(), lifecycle: Lifecycle(), stats: ServerStats())
            Issue.record("a second server bound a port that is in use")
        } catch {
            #expect(error.description.contains("cannot listen on 127.0.0.1:\(s.port)"))
            #expect(!error.description.contains("\n"))
        }
        #expect(throws: NetError.self) {
            _ = try Server(config: ServerConfig(host: "not-an-ip", port: 0, threads: 1), handler: TestHandler(),
                           lifecycle: Lifecycle(), stats: ServerStats())
        }
        do {
            _ = try Server(config: ServerConfig(host: "203.0.113.7", port: 0, threads: 1), handler: TestHandler(),
                           lifecycle: Lifecycle(), stats: ServerStats())
            Issue.record("binding a foreign address succeeded")
        } catch {
            #expect(error.description.contains("cannot listen on 203.0.113.7:0"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("the connection cap stops accepting and resumes below it")
    func connectionCap() throws {
        let stats = ServerStats()
        var config = ServerConfig(host: "127.0.0.1", port: 0, threads: 1)
        config.maxConnections = 2
        let server = try Server(config: config, handler: TestHandler(), lifecycle: Lifecycle(), stats: stats)
        let done = DispatchSemaphore(value: 0)
        Thread { server.run(); done.signal() }.start()
        defer { server.shutdown(); _ = done.wait(timeout: .now() + 5) }
        let a = try TestClient(port: server.boundPort), b = try TestClient(port: server.boundPort)
        try a.send(get); _ = try a.readResponse()
        try b.send(get); _ = try b.readResponse()
        // The third connects (kernel backlog) but is not accepted, so it gets no answer yet.
        let c = try TestClient(port: server.boundPort, timeoutMillis: 300)
        try c.send(get)
        #expect(throws: (any Error).self) { _ = try c.readResponse() }
        #expect(stats.openConnections.load(ordering: .relaxed) == 2)
        // Closing one lets it in.
        a.close()
        let late = try c.readResponse()
        #expect(late.status == 200)
    }
}
