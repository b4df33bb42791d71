import HTTP
import Logging
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import parley

struct JSONLogTests {
    @Test func oneObjectPerLineWithTypedMetadata() {
        let text = captured { fd in
            var logger = Logger(label: "access") { JSONLogHandler(label: $0, level: .info, fd: fd) }
            logger[metadataKey: "service"] = "parley"
            logger.info("request", metadata: ["status": .stringConvertible(404), "path": "/v1/\"x\"\n",
                                              "tls": .stringConvertible(false)])
            logger.debug("hidden below the level")
        }
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1)
        let line = String(lines[0])
        #expect(line.hasPrefix("{\"time\":\""))
        #expect(line.contains("\"level\":\"info\",\"label\":\"access\",\"msg\":\"request\""))
        #expect(line.contains("\"status\":404"))
        #expect(line.contains("\"tls\":false"))
        #expect(line.contains("\"path\":\"/v1/\\\"x\\\"\\n\""))
        #expect(line.contains("\"service\":\"parley\""))
        #expect(line.hasSuffix("}"))
    }

    @Test func timestampIsRFC3339UTCWithMicroseconds() {
        let stamp = JSONLogHandler.timestamp()
        #expect(stamp.count == 27)
        #expect(stamp.hasSuffix("Z"))
        #expect(Array(stamp)[10] == "T" && Array(stamp)[19] == ".")
    }
}

struct RequestIDTests {
    @Test(arguments: [
        ("abc-123", "abc-123"),
        ("", nil),
        ("has space", nil),
        ("quote\"inside", nil),
        (String(repeating: "a", count: 128), String(repeating: "a", count: 128)),
        (String(repeating: "a", count: 129), nil),
        ("ctl\u{7}", nil),
    ] as [(String, String?)])
    func incomingIDsAreHonouredOnlyWhenSane(input: String, expected: String?) {
        #expect(RequestIDs.accepted(input) == expected)
    }

    @Test func generatedIDsAreUniqueAndShaped() {
        let ids = RequestIDs()
        let a = ids.next(), b = ids.next()
        #expect(a != b)
        #expect(a.count == 21 && a.split(separator: "-").count == 2)
        #expect(b.hasSuffix("000000000002"))
    }

    @Test func writtenIDsCountInHexWithAFixedPrefix() {
        let ids = RequestIDs()
        let prefix = String(ids.next().prefix(9))  // id 1
        #expect(prefix.hasSuffix("-") && prefix.dropLast().allSatisfy(\.isHexDigit))
        var buffer = [UInt8](repeating: 0, count: RequestIDs.maxLength)
        for n in 2...700 {
            let count = buffer.withUnsafeMutableBufferPointer { ids.write(into: $0.baseAddress!) }
            #expect(String(decoding: buffer[..<count], as: UTF8.self) == prefix + RequestIDs.hex(UInt64(n), width: 12))
        }
    }
}

private struct FixedHandler: HTTPHandler {
    func respond(to request: Request) -> Response {
        Response(status: .ok, body: .bytes(Array("hello".utf8)))
    }
}

struct ObservedHandlerTests {
    @Test func echoesTheCallersRequestID() {
        let handler = ObservedHandler(inner: FixedHandler(), ids: RequestIDs(), accessLog: nil)
        var headers = HTTPHeaders()
        headers.add("X-Request-Id", "trace-42")
        let response = handler.respond(to: Request(method: .get, target: "/x", headers: headers))
        #expect(response.headers["X-Request-Id"] == "trace-42")
    }

    @Test func makesAnIDWhenNoneOrAnInsaneOneIsGiven() {
        let handler = ObservedHandler(inner: FixedHandler(), ids: RequestIDs(), accessLog: nil)
        var headers = HTTPHeaders()
        headers.add("X-Request-Id", "bad id with spaces")
        let response = handler.respond(to: Request(method: .get, target: "/x", headers: headers))
        let id = response.headers["X-Request-Id"]
        #expect(id != nil && id != "bad id with spaces")
    }

    @Test func writesOneAccessLineWithTheRequestFields() {
        let text = captured { fd in
            let logger = Logger(label: "access") { JSONLogHandler(label: $0, level: .info, fd: fd) }
            let handler = ObservedHandler(inner: FixedHandler(), ids: RequestIDs(), accessLog: .swiftLog(logger))
            _ = handler.respond(to: Request(method: .get, target: "/v1/claims?limit=1", remoteAddress: "127.0.0.1:5"))
        }
        #expect(text.contains("\"method\":\"GET\""))
        #expect(text.contains("\"path\":\"/v1/claims\""))
        #expect(text.contains("\"status\":200"))
        #expect(text.contains("\"bytes\":5"))
        #expect(text.contains("\"remote\":\"127.0.0.1:5\""))
        #expect(text.contains("\"duration_us\":"))
        #expect(text.contains("\"request_id\":\""))
    }
}
