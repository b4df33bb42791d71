import HTTP
import Testing

@Suite("Connection state machine")
struct ConnectionMachineTests {
    let get = "GET / HTTP/1.1\r\nHost: a\r\n\r\n"

    @Test("pipelined requests come out in order, one dispatch at a time")
    func pipelining() {
        let m = ConnectionMachine(limits: HTTPLimits())
        let raw = bytes("GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HTTP/1.1\r\nHost: a\r\n\r\n")
        raw.withUnsafeBufferPointer { _ = m.feed($0) }
        var targets: [String] = []
        while case let .dispatch(r, keepAlive) = m.next() {
            #expect(keepAlive)
            targets.append(r.target)
        }
        #expect(targets == ["/1", "/2", "/3"])
        #expect(m.phase == .idle)
        #expect(m.requestCount == 3)
    }

    @Test("phases: idle, head, body, idle")
    func phases() {
        let h = Harness()
        #expect(h.machine.phase == .idle)
        h.feed(bytes("\r\n"))
        #expect(h.machine.phase == .idle)  // empty lines before a request are not a request
        h.feed(bytes("POST / HTTP/1.1\r\nHost: a\r\n"))
        #expect(h.machine.phase == .head)
        h.feed(bytes("Content-Length: 4\r\n\r\nab"))
        #expect(h.machine.phase == .body)
        h.feed(bytes("cd"))
        #expect(h.machine.phase == .idle)
        #expect(h.events == [req("POST", "/", "abcd")])
    }

    @Test("keep-alive rules", arguments: [
        ("GET / HTTP/1.1\r\nHost: a\r\n\r\n", true),
        ("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", false),
        ("GET / HTTP/1.1\r\nHost: a\r\nConnection: CLOSE\r\n\r\n", false),
        ("GET / HTTP/1.0\r\n\r\n", false),
        ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        ("GET / HTTP/1.0\r\nConnection: Keep-Alive, close\r\n\r\n", false),
    ])
    func keepAlive(raw: String, expected: Bool) {
        #expect(Harness.run([bytes(raw)]) == [req("GET", "/", keepAlive: expected)])
    }

    @Test("100-continue is asked for when the body has not arrived")
    func continueWhenBodyMissing() {
        let h = Harness()
        h.feed(bytes("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"))
        #expect(h.events == [.sendContinue])
        h.feed(bytes("ok"))
        #expect(h.events == [.sendContinue, req("POST", "/", "ok")])
    }

    @Test("no 100-continue when the body is already in the buffer")
    func noContinueWhenBodyPresent() {
        #expect(Harness.run([bytes("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok")])
                == [req("POST", "/", "ok")])
    }

    @Test("no 100-continue for HTTP/1.0, for bodiless requests, or when the body is refused")
    func noContinue() {
        #expect(Harness.run([bytes("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")]) == [])
        #expect(Harness.run([bytes("GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n")]) == [req("GET", "/")])
        #expect(Harness.run([bytes("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 99999999\r\n\r\n")])
                == [.reject(413)])
    }

    @Test("100-continue with a chunked body")
    func continueChunked() {
        let h = Harness()
        h.feed(bytes("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nTransfer-Encoding: chunked\r\n\r\n"))
        h.feed(bytes("2\r\nok\r\n0\r\n\r\n"))
        #expect(h.events == [.sendContinue, req("POST", "/", "ok")])
    }

    @Test("after a rejection nothing more is parsed")
    func closeAfterError() {
        let m = ConnectionMachine(limits: HTTPLimits())
        bytes("GET / HTTP/1.1\r\nHost : a\r\n\r\n" + get).withUnsafeBufferPointer { _ = m.feed($0) }
        guard case .reject(let status) = m.next() else { Issue.record("expected a rejection"); return }
        #expect(status.code == 400)
        #expect(m.phase == .closed)
        bytes(get).withUnsafeBufferPointer { _ = m.feed($0) }
        guard case .needMore = m.next() else { Issue.record("closed machine produced an action"); return }
        #expect(m.buffer.readableCount == 0)
    }

    @Test("end of input between requests closes quietly; inside a request it is a 400")
    func endOfInput() {
        #expect(Harness.run([bytes(get)], eof: true) == [req("GET", "/"), .close])
        #expect(Harness.run([bytes(get + "\r\n")], eof: true) == [req("GET", "/"), .close])
        #expect(Harness.run([bytes("GET / HTTP/1.1\r\nHo")], eof: true) == [.reject(400)])
        #expect(Harness.run([bytes("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nab")], eof: true) == [.reject(400)])
        #expect(Harness.run([bytes("GET / HTTP/5.6")], eof: true) == [.reject(505)])
    }

    @Test("graceful stop: the request in progress is answered with close")
    func stopAfterCurrent() {
        let h = Harness()
        h.feed(bytes("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\no"))
        h.machine.stopAfterCurrentRequest()
        h.feed(bytes("k" + get))
        #expect(h.events == [req("POST", "/", "ok", keepAlive: false)])
    }

    @Test("the request cap closes on the last request and ignores the rest")
    func requestCap() {
        var limits = HTTPLimits()
        limits.maxRequestsPerConnection = 2
        #expect(Harness.run([bytes(get + get + get)], limits: limits) == [req("GET", "/"), req("GET", "/", keepAlive: false)])
    }

    @Test("the read buffer is reused: many requests through a small buffer")
    func bufferReuse() {
        let m = ConnectionMachine(limits: HTTPLimits(), bufferCapacity: 256)
        let capacity = m.buffer.capacity
        var served = 0
        let one = bytes("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789")
        for _ in 0..<1000 {
            var offset = 0
            while offset < one.count {
                m.prepareForRead()
                offset += one[offset...].withUnsafeBufferPointer { m.feed($0) }
                while case .dispatch(let r, _) = m.next() {
                    #expect(r.body == bytes("0123456789"))
                    served += 1
                }
            }
        }
        #expect(served == 1000)
        #expect(m.buffer.capacity == capacity)
    }

    @Test("the read buffer starts small and grows only for a large head")
    func bufferGrowth() {
        let h = Harness()
        #expect(h.machine.buffer.capacity == 4096)
        h.feed(bytes(get))
        #expect(h.machine.buffer.capacity == 4096)
        let big = "GET /big HTTP/1.1\r\nHost: a\r\nX-Pad: " + String(repeating: "p", count: 12_000) + "\r\n\r\n"
        h.feed(bytes(big))
        let grown = h.machine.buffer.capacity
        #expect(grown >= 12_000 && grown <= h.machine.buffer.maxCapacity)
        for _ in 0..<100 { h.feed(bytes(get)) }
        #expect(h.machine.buffer.capacity == grown)
        #expect(h.events.count == 102)
        #expect(h.machine.buffer.maxCapacity == HTTPLimits().maxHeadSize + 16 * 1024)
    }

    /// Reads like a socket does: into `writableTail`, as much as the peer has queued.
    /// Returns the targets dispatched and the buffer's capacity before each read.
    private func readLikeASocket(_ m: ConnectionMachine, _ queued: [UInt8]) -> (targets: [String], capacities: [Int]) {
        var offset = 0
        var targets: [String] = []
        var capacities: [Int] = []
        while offset < queued.count {
            m.prepareForRead()
            capacities.append(m.buffer.capacity)
            let tail = m.buffer.writableTail
            let n = min(tail.count, queued.count - offset)
            for k in 0..<n { tail[k] = queued[offset + k] }
            m.commitRead(n, offered: tail.count)
            offset += n
            while case .dispatch(let r, _) = m.next() { targets.append(r.target) }
        }
        return (targets, capacities)
    }

    @Test("a read that fills the buffer grows it for the next read (pipelined burst), up to 16 KiB")
    func pipelinedBurstGrowsTheBuffer() {
        let m = ConnectionMachine(limits: HTTPLimits(), bufferCapacity: 1024)
        let burst = (0..<400).map { "GET /item/\($0) HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\n" }.joined()
        let (targets, capacities) = readLikeASocket(m, bytes(burst))
        #expect(targets == (0..<400).map { "/item/\($0)" })
        #expect(Array(capacities.prefix(5)) == [1024, 2048, 4096, 8192, 16384])
        #expect(capacities.max() == 16 * 1024)
        #expect(m.buffer.capacity == 16 * 1024)
    }

    @Test("reads that leave room keep the buffer at its start size, however many requests")
    func unfilledReadsKeepTheStartSize() {
        let m = ConnectionMachine(limits: HTTPLimits(), bufferCapacity: 1024)
        var served = 0
        for i in 0..<500 {
            let (targets, capacities) = readLikeASocket(m, bytes("GET /n/\(i) HTTP/1.1\r\nHost: a\r\n\r\n"))
            served += targets.count
            #expect(capacities == [1024])
        }
        #expect(served == 500)
        #expect(m.buffer.capacity == 1024)
    }
}
