import Foundation
import HTTP
import Logging
import Net
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import parley

/// A handler with a replay path, counting which path each request took.
private final class TwoPathHandler: CachedResponder, Sendable {
    let replays = Atomic<Int>(0)
    let slow = Atomic<Int>(0)
    let prepared = PreparedResponse(Response(status: .ok, body: .bytes(Array("fast".utf8))))!

    func respond(to request: Request) -> Response {
        slow.add(1, ordering: .relaxed)
        return Response(status: .ok, body: .bytes(Array("fast".utf8)))
    }

    func cachedResponse(to head: RequestHeadView) -> PreparedResponse? {
        replays.add(1, ordering: .relaxed)
        return prepared
    }
}

/// Sends one request over a real socket and returns the whole answer head + body.
private func exchange(port: Int, _ request: String) throws -> String {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    try #require(fd >= 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    try #require(connected == 0)
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let bytes = Array(request.utf8)
    try #require(send(fd, bytes, bytes.count, 0) == bytes.count)
    var answer: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = recv(fd, &chunk, chunk.count, 0)
        if n <= 0 { break }
        answer.append(contentsOf: chunk[0..<n])
        if String(decoding: answer, as: UTF8.self).hasSuffix("fast") { break }
    }
    return String(decoding: answer, as: UTF8.self)
}

@Suite(.serialized)
struct FastPathTests {
    /// Serves `handler` on an ephemeral port for the duration of `body`.
    private func serving(_ handler: any HTTPHandler, _ body: (Int) throws -> Void) throws {
        let server = try Server(config: ServerConfig(host: "127.0.0.1", port: 0, threads: 1),
                                handler: handler, lifecycle: Lifecycle(), stats: ServerStats())
        let thread = Thread { server.run() }
        thread.start()
        defer { server.shutdown() }
        try body(server.boundPort)
    }

    @Test func replayIsOfferedOnlyWhenNoIDIsOwedAndNoLineIsLogged() throws {
        let inner = TwoPathHandler()
        let observed = ObservedHandler(inner: inner, ids: RequestIDs(), accessLog: nil)
        try serving(observed) { port in
            let plain = try exchange(port: port, "GET /x HTTP/1.1\r\nHost: a\r\n\r\n")
            #expect(plain.hasPrefix("HTTP/1.1 200"))
            #expect(inner.replays.load(ordering: .relaxed) == 1)
            #expect(inner.slow.load(ordering: .relaxed) == 0)

            let traced = try exchange(port: port, "GET /x HTTP/1.1\r\nHost: a\r\nX-Request-Id: trace-7\r\n\r\n")
            #expect(traced.contains("X-Request-Id: trace-7\r\n"))
            #expect(inner.replays.load(ordering: .relaxed) == 1)
            #expect(inner.slow.load(ordering: .relaxed) == 1)
        }
    }

    @Test func withTheAccessLogOnEveryRequestTakesTheLoggedPath() throws {
        let inner = TwoPathHandler()
        let logger = Logger(label: "access") { JSONLogHandler(label: $0, level: .critical, fd: 2) }
        let observed = ObservedHandler(inner: inner, ids: RequestIDs(), accessLog: logger)
        try serving(observed) { port in
            let answer = try exchange(port: port, "GET /x HTTP/1.1\r\nHost: a\r\n\r\n")
            #expect(answer.contains("X-Request-Id: "))
            #expect(inner.replays.load(ordering: .relaxed) == 0)
            #expect(inner.slow.load(ordering: .relaxed) == 1)
        }
    }
}
