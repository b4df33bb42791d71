import HTTP
import Testing

/// Limits at N-1, N and N+1, each fed whole and byte by byte.
@Suite("Limits")
struct LimitTests {
    /// Runs the input whole and one byte at a time; both must agree.
    func outcome(_ raw: [UInt8], _ limits: HTTPLimits) -> [Event] {
        let whole = Harness.run([raw], limits: limits)
        let bytewise = Harness.run(raw.map { [$0] }, limits: limits)
        #expect(whole == bytewise)
        return whole
    }

    /// A GET whose head is exactly `size` bytes (padded with an X-Pad field).
    func head(ofSize size: Int) -> [UInt8] {
        let base = "GET / HTTP/1.1\r\nHost: a\r\nX-Pad: \r\n\r\n"
        return bytes("GET / HTTP/1.1\r\nHost: a\r\nX-Pad: " + String(repeating: "p", count: size - base.utf8.count) + "\r\n\r\n")
    }

    @Test("head size", arguments: [(255, true), (256, true), (257, false)])
    func headSize(size: Int, ok: Bool) {
        var limits = HTTPLimits()
        limits.maxHeadSize = 256
        let raw = head(ofSize: size)
        #expect(raw.count == size)
        #expect(outcome(raw, limits) == (ok ? [req("GET", "/")] : [.reject(431)]))
    }

    @Test("default head size is 16 KiB")
    func defaultHeadSize() {
        let limits = HTTPLimits()
        #expect(limits.maxHeadSize == 16384)
        #expect(Harness.run([head(ofSize: 16384)], limits: limits) == [req("GET", "/")])
        #expect(Harness.run([head(ofSize: 16385)], limits: limits) == [.reject(431)])
    }

    @Test("header count", arguments: [(4, true), (5, true), (6, false)])
    func headerCount(count: Int, ok: Bool) {
        var limits = HTTPLimits()
        limits.maxHeaderCount = 5
        var s = "GET / HTTP/1.1\r\nHost: a\r\n"
        for i in 1..<count { s += "X-\(i): v\r\n" }
        s += "\r\n"
        #expect(outcome(bytes(s), limits) == (ok ? [req("GET", "/")] : [.reject(431)]))
    }

    @Test("body size with Content-Length", arguments: [(9, true), (10, true), (11, false)])
    func bodyLength(size: Int, ok: Bool) {
        var limits = HTTPLimits()
        limits.maxBodySize = 10
        let body = String(repeating: "b", count: size)
        let raw = bytes("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \(size)\r\n\r\n" + body)
        #expect(outcome(raw, limits) == (ok ? [req("POST", "/", body)] : [.reject(413)]))
    }

    @Test("body size with chunked coding", arguments: [(9, true), (10, true), (11, false)])
    func bodyChunked(size: Int, ok: Bool) {
        var limits = HTTPLimits()
        limits.maxBodySize = 10
        let body = String(repeating: "c", count: size)
        // Two chunks, so the limit is checked across chunks.
        let first = String(body.prefix(4)), rest = String(body.dropFirst(4))
        let raw = bytes("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n\(first)\r\n"
            + String(rest.count, radix: 16) + "\r\n\(rest)\r\n0\r\n\r\n")
        #expect(outcome(raw, limits) == (ok ? [req("POST", "/", body)] : [.reject(413)]))
    }

    @Test("target length", arguments: [(49, true), (50, true), (51, false)])
    func targetLength(length: Int, ok: Bool) {
        var limits = HTTPLimits()
        limits.maxTargetLength = 50
        let target = "/" + String(repeating: "t", count: length - 1)
        let raw = bytes("GET \(target) HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(outcome(raw, limits) == (ok ? [req("GET", target)] : [.reject(414)]))
    }

    @Test("a target that alone exceeds the head limit gets 414, not 431")
    func targetOverHeadLimit() {
        var limits = HTTPLimits()
        limits.maxHeadSize = 100
        let raw = bytes("GET /" + String(repeating: "t", count: 200) + " HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(outcome(raw, limits) == [.reject(414)])
    }

    @Test("an endless stream of empty lines hits the head limit")
    func emptyLines() {
        var limits = HTTPLimits()
        limits.maxHeadSize = 64
        #expect(outcome(bytes(String(repeating: "\r\n", count: 40)), limits) == [.reject(431)])
    }

    @Test("requests per connection", arguments: [1, 2, 3])
    func requestCap(cap: Int) {
        var limits = HTTPLimits()
        limits.maxRequestsPerConnection = cap
        let one = "GET / HTTP/1.1\r\nHost: a\r\n\r\n"
        let events = Harness.run([bytes(String(repeating: one, count: cap + 2))], limits: limits)
        let expected = (1...cap).map { req("GET", "/", keepAlive: $0 < cap) }
        #expect(events == expected)
    }

    @Test("defaults match the design's limits table")
    func defaults() {
        let l = HTTPLimits()
        #expect(l.maxHeadSize == 16 * 1024)
        #expect(l.maxHeaderCount == 100)
        #expect(l.maxBodySize == 1024 * 1024)
        #expect(l.headerTimeout == .seconds(10))
        #expect(l.idleTimeout == .seconds(60))
        #expect(l.maxRequestsPerConnection == 10_000)
    }
}
