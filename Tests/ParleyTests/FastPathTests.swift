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
private func exchange(port: Int, _ request: String, untilClose: Bool = false) throws -> String {
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
        if !untilClose && String(decoding: answer, as: UTF8.self).hasSuffix("fast") { break }
    }
    return String(decoding: answer, as: UTF8.self)
}

@Suite(.serialized)
struct FastPathTests {
    /// Serves `handler` on an ephemeral port for the duration of `body`.
    private func serving(_ handler: any HTTPHandler, _ body: (Int) throws -> Void) throws {
        let server = try Server(config: ServerConfig(host: "127.0.0.1", port: 0, threads: 1),
                                handler: handler, lifecycle: Lifecycle(), stats: ServerStats())
        let stopped = Atomic<Bool>(false)
        let thread = Thread {
            server.run()
            stopped.store(true, ordering: .releasing)
        }
        thread.start()
        defer {
            // Until run() returns: the loop writes its last buffered log lines as it stops.
            server.shutdown()
            for _ in 0..<500 where !stopped.load(ordering: .acquiring) { usleep(10_000) }
        }
        try body(server.boundPort)
    }

    /// The answer with its X-Request-Id value and Date value blanked.
    private func normalised(_ answer: String) -> String {
        answer.split(separator: "\r\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("X-Request-Id: ") { return "X-Request-Id: ID" }
            if line.hasPrefix("Date: ") { return "Date: D" }
            return String(line)
        }.joined(separator: "\r\n")
    }

    @Test func replaysCarryAGeneratedIDWhereTheOrdinaryPathPutsIt() throws {
        let inner = TwoPathHandler()
        let observed = ObservedHandler(inner: inner, ids: RequestIDs(), accessLog: nil)
        try serving(observed) { port in
            let plain = try exchange(port: port, "GET /x HTTP/1.1\r\nHost: a\r\n\r\n")
            #expect(plain.hasPrefix("HTTP/1.1 200"))
            #expect(inner.replays.load(ordering: .relaxed) == 1)
            #expect(inner.slow.load(ordering: .relaxed) == 0)
            let id = plain.split(separator: "\r\n").first { $0.hasPrefix("X-Request-Id: ") }
            #expect(id.map { $0.count == "X-Request-Id: ".count + 21 } == true)

            // A caller's id is echoed, so that request takes the ordinary path...
            let traced = try exchange(port: port, "GET /x HTTP/1.1\r\nHost: a\r\nX-Request-Id: trace-7\r\n\r\n")
            #expect(traced.contains("X-Request-Id: trace-7\r\n"))
            #expect(inner.replays.load(ordering: .relaxed) == 1)
            #expect(inner.slow.load(ordering: .relaxed) == 1)
            // ...and answers the same bytes but for the id (and the Date).
            #expect(normalised(plain) == normalised(traced))
        }
    }

    @Test func pipelinedReplaysAreQueuedEachWithItsOwnID() throws {
        let inner = TwoPathHandler()
        let observed = ObservedHandler(inner: inner, ids: RequestIDs(), accessLog: nil)
        try serving(observed) { port in
            let one = "GET /x HTTP/1.1\r\nHost: a\r\n\r\n"
            let answer = try exchange(port: port, one + one + "GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
                                      untilClose: true)
            let ids = answer.split(separator: "\r\n").filter { $0.hasPrefix("X-Request-Id: ") }
            #expect(answer.components(separatedBy: "HTTP/1.1 200 OK").count - 1 == 3)
            #expect(ids.count == 3 && Set(ids).count == 3)
            #expect(inner.replays.load(ordering: .relaxed) == 2)
            #expect(inner.slow.load(ordering: .relaxed) == 1)
        }
    }

    @Test func aHeadTooLongToRememberIsReplayedUnlessALineIsLogged() throws {
        // Longer than the memo grows (ConnectionMachine.maxMemoCapacity, 1 KiB).
        let long = "GET /x HTTP/1.1\r\nHost: a\r\nX-Pad: \(String(repeating: "p", count: 1100))\r\n\r\n"
        let inner = TwoPathHandler()
        try serving(ObservedHandler(inner: inner, ids: RequestIDs(), accessLog: nil)) { port in
            let answer = try exchange(port: port, long)
            #expect(answer.hasPrefix("HTTP/1.1 200") && answer.contains("X-Request-Id: "))
            #expect(inner.replays.load(ordering: .relaxed) == 1)
            #expect(inner.slow.load(ordering: .relaxed) == 0)
        }
        // With the log on, the target of a replayed request is read from the remembered head.
        let logged = TwoPathHandler()
        let logger = Logger(label: "access") { JSONLogHandler(label: $0, level: .critical, fd: 2) }
        try serving(ObservedHandler(inner: logged, ids: RequestIDs(), accessLog: .swiftLog(logger))) { port in
            let answer = try exchange(port: port, long)
            #expect(answer.hasPrefix("HTTP/1.1 200") && answer.contains("X-Request-Id: "))
            #expect(logged.replays.load(ordering: .relaxed) == 0)
            #expect(logged.slow.load(ordering: .relaxed) == 1)
        }
        // A browser-sized head (300-700 bytes) fits the grown memo: replayed and logged.
        let browserSized = "GET /x HTTP/1.1\r\nHost: a\r\nX-Pad: \(String(repeating: "p", count: 600))\r\n\r\n"
        let logged2 = TwoPathHandler()
        try serving(ObservedHandler(inner: logged2, ids: RequestIDs(), accessLog: .swiftLog(logger))) { port in
            let answer = try exchange(port: port, browserSized)
            #expect(answer.hasPrefix("HTTP/1.1 200") && answer.contains("X-Request-Id: "))
            #expect(logged2.replays.load(ordering: .relaxed) == 1)
            #expect(logged2.slow.load(ordering: .relaxed) == 0)
        }
    }

    @Test func withTheAccessLogOnReplaysAreLoggedToo() throws {
        let inner = TwoPathHandler()
        var answers: [String] = []
        let out = try capturedBytes { fd in
            let observed = ObservedHandler(inner: inner, ids: RequestIDs(), accessLog: .json(AccessLogWriter(fd: fd)))
            try serving(observed) { port in
                answers.append(try exchange(port: port, "GET /x?q=1 HTTP/1.1\r\nHost: a\r\n\r\n"))
                answers.append(try exchange(port: port, "GET /x HTTP/1.1\r\nHost: a\r\nX-Request-Id: trace-7\r\n\r\n"))
            }
        }
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(inner.replays.load(ordering: .relaxed) == 1)
        #expect(inner.slow.load(ordering: .relaxed) == 1)
        try #require(lines.count == 2)
        let id = answers[0].split(separator: "\r\n").first { $0.hasPrefix("X-Request-Id: ") }?.dropFirst(14)
        let replayed = lines[0]
        #expect(replayed.contains("\"label\":\"access\",\"msg\":\"request\",\"bytes\":4,\"duration_us\":"))
        #expect(replayed.contains("\"method\":\"GET\",\"path\":\"/x\",\"remote\":\"127.0.0.1:"))
        #expect(replayed.contains("\"request_id\":\"\(id ?? "?")\",\"status\":200,\"tls\":false}"))
        #expect(lines[1].contains("\"request_id\":\"trace-7\",\"status\":200,\"tls\":false}"))
        #expect(normalised(answers[0]) == normalised(answers[1]))
    }

    @Test func aLoggedLineIsWrittenWhenItsTurnEndsNotHeldWhileTheServerRuns() throws {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        _ = fcntl(fds[0], F_SETFL, O_NONBLOCK)
        let observed = ObservedHandler(inner: TwoPathHandler(), ids: RequestIDs(), accessLog: .json(AccessLogWriter(fd: fds[1])))
        var seen: [UInt8] = []
        try serving(observed) { port in
            for k in 0..<3 {
                _ = try exchange(port: port, "GET /turn\(k) HTTP/1.1\r\nHost: a\r\n\r\n")
                // The loop has answered; its turn ends right after: the line follows within
                // moments, with the server still running and no more requests coming.
                var chunk = [UInt8](repeating: 0, count: 4096)
                for _ in 0..<200 {
                    let n = read(fds[0], &chunk, chunk.count)
                    if n > 0 { seen.append(contentsOf: chunk[0..<n]) }
                    if String(decoding: seen, as: UTF8.self).contains("\"path\":\"/turn\(k)\"") { break }
                    usleep(5_000)
                }
                #expect(String(decoding: seen, as: UTF8.self).contains("\"path\":\"/turn\(k)\""))
            }
        }
        #expect(String(decoding: seen, as: UTF8.self).split(separator: "\n").count == 3)
    }
}
