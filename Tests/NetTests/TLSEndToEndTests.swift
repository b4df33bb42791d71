import Foundation
import Glibc
import HTTP
import Net
import Testing

/// The engine's end-to-end behaviour again, over TLS: the same requests through the same
/// TestClient, which speaks TLS to a server made with `tls: true`.
@Suite("End to end over TLS", .serialized)
struct TLSEndToEndTests {
    let get = "GET / HTTP/1.1\r\nHost: t\r\n\r\n"

    @Test("keep-alive: several requests on one TLS connection")
    func keepAlive() throws {
        let s = try RunningServer(tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        for i in 0..<3 {
            try c.send(get)
            let r = try c.readResponse()
            #expect(r.status == 200, "request \(i)")
            #expect(r.header("Content-Type") == "application/json")
            #expect(r.bodyText == "{\"ok\":true,\"body_bytes\":0}")
        }
        #expect(s.stats.acceptedConnections.load(ordering: .relaxed) == 1)
        #expect(c.tls?.alpn == "http/1.1")
    }

    @Test("requests over TLS are marked secure")
    func isSecure() throws {
        let s = try RunningServer(tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send("GET /secure HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try c.readResponse().bodyText == "{\"secure\":true}")
        let plain = try RunningServer()
        defer { plain.stop() }
        let p = try TestClient(plain)
        try p.send("GET /secure HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try p.readResponse().bodyText == "{\"secure\":false}")
    }

    @Test("three pipelined requests in one write are answered in order")
    func pipelined() throws {
        let s = try RunningServer(tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send("GET /a HTTP/1.1\r\nHost: t\r\n\r\nPOST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabcDELETE / HTTP/1.1\r\nHost: t\r\n\r\n")
        let a = try c.readResponse(), b = try c.readResponse(), d = try c.readResponse()
        #expect([a.status, b.status, d.status] == [Int]([404, 200, 405]))
        #expect(b.bodyText.contains("\"body_bytes\":3"))
        #expect(d.header("Allow") == "GET, HEAD, POST")
    }

    @Test("many pipelined requests in one TLS record (input held by SSL_pending) are all answered")
    func pipelinedMany() throws {
        let s = try RunningServer(tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        // ~16 KB of requests: one record, more than the 4 KiB first read buffer.
        try c.send(String(repeating: get, count: 500))
        for i in 0..<500 {
            let r = try c.readResponse()
            #expect(r.status == 200, "response \(i)")
            if r.status != 200 { break }
        }
    }

    @Test("pipelined input left in SSL_pending while output is over the high water is not forgotten",
          arguments: [true, false])
    func pendingAfterBackpressure(tls: Bool) throws {
        var limits = HTTPLimits()
        limits.maxHeadSize = 1024  // read buffer at most 17 KiB: a full one leaves a record's rest in OpenSSL
        let s = try RunningServer(limits: limits, highWater: 2048, tls: tls)
        defer { s.stop() }
        let c = try TestClient(port: s.port, timeoutMillis: 3000, tls: s.caFile)
        let count = 2000  // 54 KB: four 16 KiB records
        try c.send(String(repeating: get, count: count))
        for i in 0..<count {
            let r: TestClient.Reply
            do { r = try c.readResponse() } catch { Issue.record("response \(i): \(error)"); break }
            #expect(r.status == 200, "response \(i)")
            if r.status != 200 { break }
        }
    }

    @Test("a body sent one byte (one TLS record) at a time")
    func bodyByteByByte() throws {
        let s = try RunningServer(tls: true)
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

    @Test("Expect: 100-continue over TLS")
    func expectContinue() throws {
        let s = try RunningServer(tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send("POST / HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        #expect(try c.readResponse().status == 100)
        try c.send("ping")
        #expect(try c.readResponse().bodyText.contains("\"body_bytes\":4"))
    }

    @Test("an oversized head gets 431 and the connection closes")
    func oversizedHead() throws {
        var limits = HTTPLimits()
        limits.maxHeadSize = 1024
        let s = try RunningServer(limits: limits, tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send("GET / HTTP/1.1\r\nHost: t\r\nX-Big: " + String(repeating: "a", count: 2000) + "\r\n\r\n")
        let r = try c.readResponse()
        #expect(r.status == 431)
        #expect(r.header("Connection") == "close")
        #expect(c.isClosedByPeer())
    }

    @Test("HEAD has the GET headers and no body")
    func head() throws {
        let s = try RunningServer(tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send(get)
        let g = try c.readResponse()
        try c.send("HEAD / HTTP/1.1\r\nHost: t\r\n\r\n")
        let h = try c.readResponse(isHead: true)
        #expect(h.status == 200)
        #expect(h.header("Content-Length") == g.header("Content-Length"))
        try c.send(get)
        #expect(try c.readResponse().body == g.body)
    }

    @Test("a streamed 500 KB body and a 16 KiB body arrive in full (many records, partial writes)")
    func largeBodies() throws {
        let s = try RunningServer(tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send("GET /stream HTTP/1.1\r\nHost: t\r\n\r\nGET /big HTTP/1.1\r\nHost: t\r\n\r\n" + get)
        let r = try c.readResponse()
        #expect(r.body.count == 500_000)
        #expect(r.body.allSatisfy { $0 == UInt8(ascii: "x") })
        let big = try c.readResponse()
        #expect(big.body.count == 16 * 1024)
        #expect(try c.readResponse().status == 200)
    }

    @Test("backpressure over TLS: a client that does not read; all answers arrive in order")
    func backpressure() throws {
        // A small head limit keeps the read buffer at 17 KiB, so one 16 KiB record often does
        // not fit beside the requests still waiting: its rest stays in OpenSSL (SSL_pending),
        // which must be read once output moves, as epoll will not report it again.
        var limits = HTTPLimits()
        limits.maxHeadSize = 1024
        let s = try RunningServer(limits: limits, highWater: 64 * 1024, tls: true)
        defer { s.stop() }
        let c = try TestClient(port: s.port, timeoutMillis: 5000, tls: s.caFile)
        let count = 40
        var all: [UInt8] = []
        for i in 0..<count {
            all += Array("GET /stream?i=\(i) HTTP/1.1\r\nHost: t\r\nX-Pad: \(String(repeating: "p", count: 900))\r\n\r\n".utf8)
        }
        // One SSL object is not safe to use from two threads: send everything, then read.
        // The kernel buffers hold it all (about 120 KB), while the server stalls on output.
        try c.send(all)
        usleep(300_000)
        for i in 0..<count {
            let r = try c.readResponse()
            #expect(r.status == 200, "response \(i)")
            #expect(r.body.count == 500_000)
            if r.status != 200 { break }
        }
        #expect(s.stats.bytesIn.load(ordering: .relaxed) == all.count)  // decrypted bytes
    }

    @Test("half-close: close_notify after a request still gets the answer")
    func halfClose() throws {
        let s = try RunningServer(tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send(get)
        c.shutdownWrite()
        #expect(try c.readResponse().status == 200)
        #expect(c.isClosedByPeer())
    }

    @Test("an idle keep-alive TLS connection is closed (close_notify) after the idle timeout")
    func idleTimeout() throws {
        var limits = HTTPLimits()
        limits.idleTimeout = .milliseconds(200)
        let s = try RunningServer(limits: limits, tls: true)
        defer { s.stop() }
        let c = try TestClient(port: s.port, timeoutMillis: 2000, tls: s.caFile)
        try c.send(get)
        #expect(try c.readResponse().status == 200)
        let start = ContinuousClock.now
        #expect(c.isClosedByPeer())
        #expect(ContinuousClock.now - start < .milliseconds(1500))
    }

    @Test("a head that does not arrive in time after the handshake gets 408")
    func headerDeadline() throws {
        var limits = HTTPLimits()
        limits.headerTimeout = .milliseconds(300)
        let s = try RunningServer(limits: limits, tls: true)
        defer { s.stop() }
        let c = try TestClient(s)
        try c.send("GET / HTTP/1.1\r\nHost: t\r\n")
        let r = try c.readResponse()
        #expect(r.status == 408)
        #expect(c.isClosedByPeer())
    }

    @Test("graceful shutdown finishes the request in flight over TLS")
    func gracefulShutdown() throws {
        let s = try RunningServer(tls: true)
        let c = try TestClient(s)
        let idle = try TestClient(s)
        try idle.send(get)
        #expect(try idle.readResponse().status == 200)
        try c.send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n")
        usleep(50_000)
        s.server.shutdown()
        let r = try c.readResponse()
        #expect(r.status == 200)
        #expect(c.isClosedByPeer())
        #expect(idle.isClosedByPeer())
        #expect(s.waitStopped(timeoutSeconds: 3))
    }

    @Test("several loops share one TLS context")
    func severalLoops() throws {
        let s = try RunningServer(threads: 2, tls: true)
        defer { s.stop() }
        var clients: [TestClient] = []
        for _ in 0..<8 {
            let c = try TestClient(s)
            try c.send(get)
            clients.append(c)
        }
        for c in clients { #expect(try c.readResponse().status == 200) }
        clients.removeAll()
        usleep(200_000)
        #expect(s.stats.openConnections.load(ordering: .relaxed) == 0)
    }
}
