import Foundation
import Glibc
import HTTP
import Net
import Testing

/// End-to-end behaviour that only TLS has (records held in SSL_pending, close_notify, ALPN,
/// handshake then head deadline, a context shared by loops). The behaviour both transports
/// share runs over both in EndToEndTests.
@Suite("End to end over TLS", .serialized)
struct TLSEndToEndTests {
    let get = "GET / HTTP/1.1\r\nHost: t\r\n\r\n"

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
