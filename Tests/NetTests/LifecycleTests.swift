import Foundation
import Glibc
import HTTP
import Net
import Testing

/// Timers, backpressure, signals, several loops.
@Suite("Engine behaviour", .serialized)
struct EngineBehaviourTests {
    let get = "GET / HTTP/1.1\r\nHost: t\r\n\r\n"

    @Test("an idle keep-alive connection is closed after the idle timeout")
    func idleTimeout() throws {
        var limits = HTTPLimits()
        limits.idleTimeout = .milliseconds(200)
        let s = try RunningServer(limits: limits)
        defer { s.stop() }
        let c = try TestClient(port: s.port, timeoutMillis: 2000)
        try c.send(get)
        #expect(try c.readResponse().status == 200)
        let start = ContinuousClock.now
        #expect(c.isClosedByPeer())
        let waited = ContinuousClock.now - start
        #expect(waited >= .milliseconds(150))
        #expect(waited < .milliseconds(1500))
    }

    @Test("a connection that sends nothing is closed at the head deadline")
    func silentConnection() throws {
        var limits = HTTPLimits()
        limits.headerTimeout = .milliseconds(200)
        let s = try RunningServer(limits: limits)
        defer { s.stop() }
        let c = try TestClient(port: s.port, timeoutMillis: 2000)
        #expect(c.isClosedByPeer())
    }

    @Test("backpressure: a client that does not read stops being read; all answers arrive in order")
    func backpressure() throws {
        let s = try RunningServer(highWater: 64 * 1024)
        defer { s.stop() }
        let c = try TestClient(port: s.port, timeoutMillis: 5000)
        let pad = String(repeating: "p", count: 12_000)
        let count = 100
        var all: [UInt8] = []
        for i in 0..<count {
            all += Array("GET /stream?i=\(i) HTTP/1.1\r\nHost: t\r\nX-Pad: \(pad)\r\n\r\n".utf8)
        }
        let total = all.count
        let sent = DispatchSemaphore(value: 0)
        let payload = all
        Thread {
            try? c.send(payload)
            sent.signal()
        }.start()
        // Nobody reads the answers (500 KB each): once the kernel's buffers are full and 64 KiB
        // of output is pending, the server stops reading, so of the 1.2 MB of requests already
        // in its socket it has read only a part.
        usleep(500_000)
        #expect(s.stats.bytesIn.load(ordering: .relaxed) < total / 2)
        for i in 0..<count {
            let r = try c.readResponse()
            #expect(r.status == 200, "response \(i)")
            #expect(r.body.count == 500_000)
            if r.status != 200 { break }
        }
        #expect(sent.wait(timeout: .now() + 5) == .success)
        #expect(s.stats.bytesIn.load(ordering: .relaxed) == total)
    }

    @Test("SIGTERM starts a graceful shutdown when signal handlers are installed")
    func sigterm() throws {
        let s = try RunningServer()
        s.server.installSignalHandlers()
        // The loop registers the signal eventfd when it starts; give it a moment.
        usleep(100_000)
        let c = try TestClient(port: s.port)
        try c.send(get)
        #expect(try c.readResponse().status == 200)
        kill(getpid(), SIGTERM)
        #expect(s.waitStopped(timeoutSeconds: 3))
        #expect(s.server.lifecycle.isDraining)
    }

    @Test("several loops share the port (SO_REUSEPORT) and all serve")
    func severalLoops() throws {
        let s = try RunningServer(threads: 2)
        defer { s.stop() }
        var clients: [TestClient] = []
        for _ in 0..<16 {
            let c = try TestClient(port: s.port)
            try c.send(get)
            clients.append(c)
        }
        for c in clients { #expect(try c.readResponse().status == 200) }
        #expect(s.stats.acceptedConnections.load(ordering: .relaxed) == 16)
        #expect(s.stats.openConnections.load(ordering: .relaxed) == 16)
        clients.removeAll()
        usleep(200_000)
        #expect(s.stats.openConnections.load(ordering: .relaxed) == 0)
    }
}
