import HTTP
import Logging
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import parley

/// The line without its time stamp value (the only field that differs between two writers).
private func timeless(_ line: String) -> String {
    let bytes = Array(line.utf8)
    guard bytes.count > 36, line.hasPrefix("{\"time\":\"") else { return line }
    return String(decoding: bytes[..<9] + bytes[36...], as: UTF8.self)
}

struct AccessLogWriterTests {
    /// The same fields through swift-log's JSON handler (what the access log wrote before).
    private func viaSwiftLog(method: HTTPMethod, path: String, status: Int, bodyBytes: Int?, micros: Int,
                             remote: String?, id: String, tls: Bool) -> String {
        captured { fd in
            let logger = Logger(label: "access") { JSONLogHandler(label: $0, level: .info, fd: fd) }
            AccessLog.log(logger, method: method, path: path, status: status, bodyBytes: bodyBytes, micros: micros,
                          remote: remote, requestID: id, tls: tls)
        }
    }

    private func viaWriter(method: HTTPMethod, path: String, status: Int, bodyBytes: Int?, micros: Int,
                           remote: String?, id: String, tls: Bool) -> String {
        captured { fd in
            AccessLogWriter(fd: fd).write(method: method, path: path[...], status: status, bodyBytes: bodyBytes,
                                          micros: micros, remote: remote, requestID: id, tls: tls)
        }
    }

    @Test(arguments: [
        (HTTPMethod.get, "/v1/claims", 200, 5 as Int?, 17, "127.0.0.1:5" as String?, "0badcafe-000000000001", false),
        (.head, "/healthz", 404, 0, 0, nil, "trace-42", true),
        (.post, "/v1/\"quoted\"\\back\n\t\r\u{1}\u{1f}", 500, nil, 123_456_789, "[::1]:80", "id", false),
        (.other("PURGE"), "/ünïcode/☃", 304, Int.max, -3, "10.0.0.1:65535", String(repeating: "x", count: 128), true),
        // Longer than the stack buffer once escaped: made on the heap.
        (.get, "/" + String(repeating: "\"", count: 400), 200, 1, 1, "1.2.3.4:5", "y", false),
        // Too long for the quick size bound, short enough when counted: still on the stack.
        (.get, "/" + String(repeating: "x", count: 200), 200, 1, 1, "1.2.3.4:5", "y", false),
        // Escapes in a word after clean words, at its first and last byte, and in the tail.
        (.get, "/abcdefg\"ijklmn\\opqrstuvw\u{7f}x\n\u{0}", 200, 1, 1, "1.2.3.4:5", "y", false),
    ] as [(HTTPMethod, String, Int, Int?, Int, String?, String, Bool)])
    func writesTheLineSwiftLogWrote(method: HTTPMethod, path: String, status: Int, bodyBytes: Int?, micros: Int,
                                    remote: String?, id: String, tls: Bool) throws {
        let before = viaSwiftLog(method: method, path: path, status: status, bodyBytes: bodyBytes, micros: micros,
                                 remote: remote, id: id, tls: tls)
        let after = viaWriter(method: method, path: path, status: status, bodyBytes: bodyBytes, micros: micros,
                              remote: remote, id: id, tls: tls)
        #expect(after.hasSuffix("}\n"))
        #expect(after.filter { $0 == "\n" }.count == 1)
        #expect(timeless(after) == timeless(before))
        #expect(timeless(after) != after)
    }

    @Test func replayRecordsLogThePathWithoutTheQuery() {
        let target = Array("/v1/claims?speaker=x&limit=5".utf8)
        let id = Array("abc-1".utf8)
        let text = captured { fd in
            target.withUnsafeBufferPointer { target in
                id.withUnsafeBufferPointer { id in
                    AccessLogWriter(fd: fd).write(ReplayRecord(
                        method: .head, target: target, status: 200, bodyBytes: 0, durationMicros: 9,
                        remoteAddress: "127.0.0.1:9", isSecure: true, requestID: id))
                }
            }
        }
        #expect(text.hasSuffix("\",\"level\":\"info\",\"label\":\"access\",\"msg\":\"request\",\"bytes\":0,"
            + "\"duration_us\":9,\"method\":\"HEAD\",\"path\":\"/v1/claims\",\"remote\":\"127.0.0.1:9\","
            + "\"request_id\":\"abc-1\",\"status\":200,\"tls\":true}\n"))
    }

    @Test func aNonASCIITargetIsLoggedAsRequestPathDecodesIt() {
        // The engine's parser never hands one over; if it did, invalid UTF-8 is repaired.
        let target: [UInt8] = Array("/caf".utf8) + [0xC3, 0xA9, 0x2F, 0xFF] + Array("?q=1".utf8)
        let id = Array("abc-2".utf8)
        let bytes = capturedBytes { fd in
            target.withUnsafeBufferPointer { target in
                id.withUnsafeBufferPointer { id in
                    AccessLogWriter(fd: fd).write(ReplayRecord(
                        method: .get, target: target, status: 200, bodyBytes: 3, durationMicros: 1,
                        remoteAddress: nil, isSecure: false, requestID: id))
                }
            }
        }
        // Compared as bytes: decoding the output would repair a raw 0xFF by itself.
        #expect(!bytes.contains(0xFF))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(",\"path\":\"/café/\u{FFFD}\",\"remote\":\"-\",\"request_id\":\"abc-2\","))
    }

    @Test func timeStampsAgreeWithGmtime() {
        // Leap days, century rules, the epoch and far ahead.
        let seconds = [0, 59, 86_399, 86_400, 951_782_400, 951_868_799, 1_709_164_800, 1_795_305_600,
                       4_102_444_800, 4_107_542_399, 253_402_300_799]
        for s in seconds + (0..<200).map({ $0 * 31_557_601 + 12_345 }) {
            var out = [UInt8](repeating: 0, count: UTCTimestamp.count)
            let count = out.withUnsafeMutableBufferPointer { buffer in
                var cursor = LineCursor(buffer.baseAddress!)
                UTCTimestamp.write(seconds: s, micros: 42, to: &cursor)
                return cursor.count
            }
            #expect(count == UTCTimestamp.count)
            var t = s
            var parts = tm()
            gmtime_r(&t, &parts)
            let expected = four(Int(parts.tm_year) + 1900) + "-" + two(Int(parts.tm_mon) + 1) + "-"
                + two(Int(parts.tm_mday)) + "T" + two(Int(parts.tm_hour)) + ":" + two(Int(parts.tm_min)) + ":"
                + two(Int(parts.tm_sec)) + ".000042Z"
            #expect(String(decoding: out, as: UTF8.self) == expected, "\(s)")
        }
    }

    @Test func accessLogIsOffWhenDisabledOrBelowTheLevel() {
        #expect(AccessLog.make(enabled: false, format: .json, level: .info) == nil)
        #expect(AccessLog.make(enabled: true, format: .json, level: .warning) == nil)
        guard case .json = AccessLog.make(enabled: true, format: .json, level: .debug) else {
            Issue.record("JSON access log expected")
            return
        }
        guard case .swiftLog = AccessLog.make(enabled: true, format: .text, level: .info) else {
            Issue.record("text access log through swift-log expected")
            return
        }
    }
}

private func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

private func four(_ v: Int) -> String { String(repeating: "0", count: max(0, 4 - String(v).count)) + String(v) }
