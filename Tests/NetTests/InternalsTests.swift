@testable import Net
import Foundation
import Glibc
import HTTP
import Synchronization
import Testing

/// A transport that takes at most `limit` bytes per write and records them.
final class TrickleTransport: Transport {
    let fd: Int32 = -1
    var limit: Int
    var written: [UInt8] = []
    var blockNext = false
    init(limit: Int) { self.limit = limit }
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> TransportResult { .wouldBlockRead }
    func write(_ iov: UnsafePointer<iovec>, count: Int32) -> TransportResult {
        if blockNext { blockNext = false; return .wouldBlockWrite }
        var left = limit
        var total = 0
        for i in 0..<Int(count) where left > 0 {
            let n = min(left, iov[i].iov_len)
            let p = iov[i].iov_base!.assumingMemoryBound(to: UInt8.self)
            written.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
            left -= n
            total += n
        }
        return .bytes(total)
    }
    var pendingReadable: Int { 0 }
    func shutdownWrite() {}
    func close() {}
}

@Suite("Net internals")
struct InternalsTests {
    @Test("partial writes resume exactly where they stopped", arguments: [1, 3, 7, 64, 1000])
    func partialWrites(limit: Int) {
        let out = OutputBuffer()
        var expected: [UInt8] = []
        for i in 0..<40 {
            let seg = [UInt8](repeating: UInt8(i), count: i % 5 == 0 ? 1 : 17 + i)
            out.append(seg)
            expected += seg
        }
        out.append([])  // empty segments are ignored
        let t = TrickleTransport(limit: limit)
        var rounds = 0
        while !out.isEmpty && rounds < 100_000 {
            rounds += 1
            if rounds % 3 == 0 { t.blockNext = true }
            switch out.write(to: t) {
            case .bytes(let n): out.consume(n)
            case .wouldBlockWrite: continue
            default: Issue.record("unexpected result"); return
            }
        }
        #expect(out.isEmpty)
        #expect(out.count == 0)
        #expect(t.written == expected)
    }

    @Test("more segments than one writev takes")
    func manySegments() {
        let out = OutputBuffer()
        for i in 0..<(OutputBuffer.maxIOV * 3 + 5) { out.append([UInt8(truncatingIfNeeded: i)]) }
        let t = TrickleTransport(limit: .max)
        var writes = 0
        while !out.isEmpty {
            if case .bytes(let n) = out.write(to: t) { out.consume(n) }
            writes += 1
        }
        #expect(writes == 4)
        #expect(t.written.count == OutputBuffer.maxIOV * 3 + 5)
    }

    @Test("accepted sockets go through the configured transport")
    func transportSeam() throws {
        var config = ServerConfig(host: "127.0.0.1", port: 0, threads: 1)
        config.makeTransport = { fd in CountingTransport(fd: fd) }
        config.isSecure = true
        let server = try Server(config: config, handler: TestHandler(), lifecycle: Lifecycle(), stats: ServerStats())
        let done = DispatchSemaphore(value: 0)
        Thread { server.run(); done.signal() }.start()
        defer { server.shutdown(); _ = done.wait(timeout: .now() + 5) }
        let before = CountingTransport.made.load(ordering: .relaxed)
        let c = try TestClient(port: server.boundPort)
        try c.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try c.readResponse().status == 200)
        #expect(CountingTransport.made.load(ordering: .relaxed) == before + 1)
    }

    @Test("timer wheel: entries fire at their tick, not before, within one revolution")
    func wheel() {
        var w = TimerWheel(tickMillis: 50, slotCount: 8, now: 1000)
        let e = TimerWheel.Entry(fd: 5, generation: 9)
        let t = w.tick(for: 1120)   // rounds up to tick 23 (1150 ms)
        #expect(t == 23)
        w.insert(e, at: t)
        var due: [(TimerWheel.Entry, Int64)] = []
        w.advance(to: 1149, into: &due)
        #expect(due.isEmpty)
        w.advance(to: 1150, into: &due)
        #expect(due.count == 1 && due[0].0.fd == 5 && due[0].0.generation == 9 && due[0].1 == 23)
        // Far deadlines are clamped to one revolution (checked again then).
        #expect(w.tick(for: 1_000_000) == w.currentTick + 7)
        // A loop that fell far behind does not spin over the same slots forever.
        due.removeAll()
        w.advance(to: 100_000, into: &due)
        #expect(w.currentTick == 2000)
    }
}

/// Wraps a plain socket and counts reads: proves the transport seam carries the I/O.
final class CountingTransport: Transport {
    static let made = Synchronization.Atomic<Int>(0)
    let inner: SocketTransport
    init(fd: Int32) { inner = SocketTransport(fd: fd); Self.made.add(1, ordering: .relaxed) }
    var fd: Int32 { inner.fd }
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> TransportResult { inner.read(into: buffer) }
    func write(_ iov: UnsafePointer<iovec>, count: Int32) -> TransportResult { inner.write(iov, count: count) }
    var pendingReadable: Int { 0 }
    func shutdownWrite() { inner.shutdownWrite() }
    func close() { inner.close() }
}
