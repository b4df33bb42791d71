import HTTP
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import parley

/// A datagram-like pair (SOCK_SEQPACKET): each write(2) arrives as one message, so the tests
/// see how the writer cut its output into writes.
private func withPacketPair(_ body: (_ write: Int32, _ read: Int32) throws -> Void) throws {
    var fds: [Int32] = [0, 0]
    try #require(socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue), 0, &fds) == 0)
    defer { close(fds[0]); close(fds[1]) }
    var big: Int32 = 1 << 20
    setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &big, socklen_t(MemoryLayout<Int32>.size))
    setsockopt(fds[1], SOL_SOCKET, SO_RCVBUF, &big, socklen_t(MemoryLayout<Int32>.size))
    try body(fds[0], fds[1])
}

/// Every message waiting on `fd`, without blocking.
private func messages(_ fd: Int32) -> [String] {
    var out: [String] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = recv(fd, &chunk, chunk.count, Int32(MSG_DONTWAIT))
        if n <= 0 { break }
        out.append(String(decoding: chunk[0..<n], as: UTF8.self))
    }
    return out
}

private func line(_ writer: AccessLogWriter, path: String, id: String = "id-1") {
    writer.write(method: .get, path: path[...], status: 200, bodyBytes: 12, micros: 3, remote: "127.0.0.1:4000",
                 requestID: id, tls: false)
}

struct AccessLogBufferTests {
    @Test func aThreadThatNeverFlushedWritesEachLineAtOnce() throws {
        try withPacketPair { w, r in
            let writer = AccessLogWriter(fd: w)
            line(writer, path: "/a")
            line(writer, path: "/b")
            let got = messages(r)
            #expect(got.count == 2)
            #expect(got.allSatisfy { $0.hasSuffix("}\n") && $0.filter { $0 == "\n" }.count == 1 })
        }
    }

    @Test func aLoopThreadsLinesWaitForTheEndOfItsTurnAndGoInOneWrite() throws {
        try withPacketPair { w, r in
            let writer = AccessLogWriter(fd: w)
            writer.flushThisThread()  // what the engine does after each turn: from now on, buffered
            #expect(messages(r).isEmpty)
            for k in 0..<5 { line(writer, path: "/p\(k)") }
            #expect(messages(r).isEmpty)
            writer.flushThisThread()
            let got = messages(r)
            try #require(got.count == 1)
            let lines = got[0].split(separator: "\n").map(String.init)
            #expect(lines.count == 5)
            for k in 0..<5 { #expect(lines[k].contains("\"path\":\"/p\(k)\"")) }
            writer.flushThisThread()
            #expect(messages(r).isEmpty)  // nothing held, nothing written
        }
    }

    @Test func aFullBufferIsWrittenInWholeLinesOfAtMostPipeBuf() throws {
        try withPacketPair { w, r in
            let writer = AccessLogWriter(fd: w)
            writer.flushThisThread()
            for k in 0..<100 { line(writer, path: "/v1/claims/\(k)", id: "req-\(k)") }
            writer.flushThisThread()
            let got = messages(r)
            #expect(got.count > 1)
            #expect(got.allSatisfy { $0.utf8.count <= AccessLogBuffer.capacity && $0.hasSuffix("}\n") })
            let lines = got.joined().split(separator: "\n")
            #expect(lines.count == 100)
            for (k, l) in lines.enumerated() { #expect(l.contains("\"request_id\":\"req-\(k)\"")) }
        }
    }

    @Test func aLineLongerThanTheBufferGoesAloneAfterTheLinesBeforeIt() throws {
        try withPacketPair { w, r in
            let writer = AccessLogWriter(fd: w)
            writer.flushThisThread()
            line(writer, path: "/first")
            line(writer, path: "/" + String(repeating: "\"", count: 1_000))  // 6,000+ bytes escaped
            line(writer, path: "/third")
            writer.flushThisThread()
            let got = messages(r)
            try #require(got.count == 3)
            #expect(got[0].contains("\"path\":\"/first\""))
            #expect(got[1].contains(String(repeating: "\\\"", count: 1_000)))
            #expect(got[2].contains("\"path\":\"/third\""))
        }
    }

    @Test func bufferedLinesEqualUnbufferedOnes() throws {
        try withPacketPair { w, r in
            let direct = AccessLogWriter(fd: w)
            let buffered = AccessLogWriter(fd: w)
            buffered.flushThisThread()
            let paths = ["/", "/x", "/v1/actors/emmanuel-macron", "/q\"uote\\d", "/ünï/☃", "/" + String(repeating: "y", count: 77)]
            for p in paths { line(direct, path: p); line(buffered, path: p) }
            let plain = messages(r)
            buffered.flushThisThread()
            let batched = messages(r).joined().split(separator: "\n").map { $0 + "\n" }
            try #require(plain.count == paths.count && batched.count == paths.count)
            // Equal apart from the microseconds (the time stamp's last 7 bytes before `"`).
            for (a, b) in zip(plain, batched) {
                #expect(a.count == b.count)
                #expect(a.dropFirst(36) == b.dropFirst(36))
            }
        }
    }

    @Test func theCachedSecondIsTheFormattedOne() {
        // The same second twice (the stamp is copied the second time), then the next one,
        // then one far away: each equals what UTCTimestamp formats for it.
        let buffer = UnsafeMutablePointer<AccessLogBuffer>.allocate(capacity: 1)
        buffer.initialize(to: AccessLogBuffer())
        defer { buffer.pointee.base.deallocate(); buffer.deallocate() }
        let writer = AccessLogWriter(fd: -1)
        for s in [1_795_305_599, 1_795_305_599, 1_795_305_600, 951_868_799, 951_868_799] {
            let out = UnsafeMutablePointer<UInt8>.allocate(capacity: 1_024)
            defer { out.deallocate() }
            let n = "/".utf8.withContiguousStorageIfAvailable { path in
                "GET".utf8.withContiguousStorageIfAvailable { name in
                    writer.line(into: out, time: (s, 7), name: name, path: path, status: 200, bodyBytes: 1, micros: 1,
                                peer: name, requestID: name, tls: false, stamp: buffer)
                }!
            }!
            var expected = [UInt8](repeating: 0, count: UTCTimestamp.count)
            expected.withUnsafeMutableBufferPointer { e in
                var cursor = LineCursor(e.baseAddress!)
                UTCTimestamp.write(seconds: s, micros: 7, to: &cursor)
            }
            #expect(Array(UnsafeBufferPointer(start: out + 9, count: UTCTimestamp.count)) == expected, "\(s)")
            #expect(n > 100)
            #expect(buffer.pointee.stampSecond == s)
        }
    }

    @Test(arguments: 0..<41)
    func quotingEightBytesAtATimeMatchesJSONText(length: Int) {
        // Every length around the word size, clean and with one byte to escape at each position.
        var cases = [String(repeating: "a", count: length)]
        for at in 0..<length {
            for special in ["\"", "\\", "\n", "\u{1}"] {
                var chars = Array(repeating: Character("b"), count: length)
                chars[at] = Character(special)
                cases.append(String(chars))
            }
        }
        for text in cases {
            let out = UnsafeMutablePointer<UInt8>.allocate(capacity: 8 * length + 16)
            defer { out.deallocate() }
            var cursor = LineCursor(out)
            Array(text.utf8).withUnsafeBufferPointer { cursor.appendQuoted($0) }
            #expect(String(decoding: UnsafeBufferPointer(start: out, count: cursor.count), as: UTF8.self)
                    == JSONText.quoted(text), "\(text.debugDescription)")
        }
    }
}
