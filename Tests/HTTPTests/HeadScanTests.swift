import Testing
@testable import HTTP

/// The one-pass scan of a whole head (`RequestHeadParser.scanWhole`) against the byte-by-byte
/// state machine, which the scan leaves every unusual input to: fed whole, a head takes the
/// scan; fed one byte at a time, it takes the state machine. Both must give the same result,
/// the same field table and the same facts.
@Suite("Whole-head scan")
struct HeadScanTests {
    static let browser = "GET /v1/claims?speaker=emmanuel-macron&limit=50 HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nConnection: keep-alive\r\n"
        + "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36\r\n"
        + "Accept: application/json, text/plain, */*\r\nSec-Fetch-Site: same-origin\r\nSec-Fetch-Mode: cors\r\n"
        + "Sec-Fetch-Dest: empty\r\nReferer: http://127.0.0.1/dashboard\r\n"
        + "Accept-Encoding: gzip, deflate, br, zstd\r\nAccept-Language: en-GB,en-US;q=0.9,en;q=0.8\r\n\r\n"

    struct Outcome: Equatable, CustomStringConvertible {
        var result: RequestHeadParser.Result
        var fields: [FieldSpan]
        var firsts: [Int?]
        var description: String { "\(result) \(fields.count) fields \(firsts)" }
    }

    static func outcome(_ p: RequestHeadParser, _ r: RequestHeadParser.Result) -> Outcome {
        guard case .complete = r else { return Outcome(result: r, fields: [], firsts: []) }
        return Outcome(result: r, fields: Array(p.fields), firsts: KnownField.allCases.map { p.facts.first($0) })
    }

    static func whole(_ raw: [UInt8], _ limits: HTTPLimits) -> Outcome {
        var p = RequestHeadParser(limits: limits)
        let r = raw.withUnsafeBufferPointer { p.parse($0) }
        return outcome(p, r)
    }

    static func byteByByte(_ raw: [UInt8], _ limits: HTTPLimits) -> Outcome {
        var p = RequestHeadParser(limits: limits)
        var r = RequestHeadParser.Result.incomplete
        raw.withUnsafeBufferPointer { b in
            for end in 1...max(b.count, 1) where end <= b.count {
                r = p.parse(UnsafeBufferPointer(rebasing: b[0..<end]))
                if r != .incomplete { break }
            }
        }
        return outcome(p, r)
    }

    @Test("a browser's head takes the scan and agrees with the state machine")
    func browserHead() {
        let raw = Array(Self.browser.utf8)
        let w = Self.whole(raw, HTTPLimits())
        #expect(w == Self.byteByByte(raw, HTTPLimits()))
        guard case .complete(let head) = w.result else { Issue.record("not complete: \(w)"); return }
        #expect(head.length == raw.count)
        #expect(w.fields.count == 10)
        #expect(w.firsts[KnownField.accept.rawValue] == 3)
        #expect(w.firsts[KnownField.acceptEncoding.rawValue] == 8)
        #expect(w.firsts[KnownField.host.rawValue] == 0)
        #expect(w.firsts[KnownField.ifNoneMatch.rawValue] == nil)
    }

    @Test("random edits of many heads: the scan and the state machine agree")
    func mutations() {
        var rng = SplitMix(state: 0x5CA7)
        let seeds = (validCases + invalidCases).map(\.raw) + [Array(Self.browser.utf8)]
        let interesting: [UInt8] = Array(" \t\r\n:;,\"\\0aZ~-".utf8) + [0, 0x7F, 0x80, 0xFF, 0x1F, 0x21, 0x7E]
        var checked = 0
        for _ in 0..<4000 {
            var raw = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
            for _ in 0..<Int.random(in: 0...3, using: &rng) where !raw.isEmpty {
                let i = Int.random(in: 0..<raw.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: raw[i] = interesting.randomElement(using: &rng)!
                case 1: raw.remove(at: i)
                default: raw.insert(interesting.randomElement(using: &rng)!, at: i)
                }
            }
            var limits = HTTPLimits()
            if Bool.random(using: &rng) {
                limits.maxHeadSize = Int.random(in: 20...600, using: &rng)
                limits.maxTargetLength = Int.random(in: 1...80, using: &rng)
                limits.maxHeaderCount = Int.random(in: 1...12, using: &rng)
            }
            let w = Self.whole(raw, limits), b = Self.byteByByte(raw, limits)
            #expect(w == b, "\(String(decoding: raw, as: UTF8.self).debugDescription)")
            if w != b { return }
            checked += 1
        }
        #expect(checked == 4000)
    }

    @Test("field names are recognised in any letter case, and only whole names")
    func knownNames() {
        let names: [(String, KnownField)] = [
            ("host", .host), ("content-length", .contentLength), ("transfer-encoding", .transferEncoding),
            ("connection", .connection), ("expect", .expect), ("accept", .accept),
            ("accept-encoding", .acceptEncoding), ("if-none-match", .ifNoneMatch), ("x-request-id", .xRequestID),
        ]
        var rng = SplitMix(state: 7)
        for (name, kind) in names {
            for _ in 0..<20 {
                let mixed = Array(name.utf8).map { c in c >= 0x61 && c <= 0x7A && Bool.random(using: &rng) ? c - 0x20 : c }
                #expect(mixed.withUnsafeBufferPointer { KnownField.classify($0.baseAddress!, count: $0.count) } == kind)
            }
            // One byte changed anywhere to another token byte (names reach here validated):
            // not the field.
            var bytes = Array(name.utf8)
            for i in bytes.indices {
                let saved = bytes[i]
                for other in 0..<256 where other != Int(saved) && ByteClass.token[other]
                    && !(saved >= 0x61 && saved <= 0x7A && other == Int(saved) - 0x20) {
                    bytes[i] = UInt8(other)
                    #expect(bytes.withUnsafeBufferPointer { KnownField.classify($0.baseAddress!, count: $0.count) } != kind,
                            "\(String(decoding: bytes, as: UTF8.self))")
                }
                bytes[i] = saved
            }
        }
        for other in ["accept-language", "user-agent", "hosts", "acceptt", "x-request-ix"] {
            #expect(Array(other.utf8).withUnsafeBufferPointer { KnownField.classify($0.baseAddress!, count: $0.count) } == nil)
        }
    }

    @Test("the 8-byte scans stop exactly where the byte tables do")
    func wordScans() {
        var failures: [String] = []
        var buf = [UInt8](repeating: 0x61, count: 24)
        for b in 0...255 {
            for at in 0..<24 {
                buf[at] = UInt8(b)
                // Starts and ends that exercise the 16- and 8-byte steps and the short tail,
                // with a tab (field content, but a stop for the word test) just before `from`.
                for from in 0..<5 {
                    if from > 0 && at != from - 1 { buf[from - 1] = 0x09 }
                    for end in from...24 {
                        buf.withUnsafeBufferPointer { p in
                            let base = p.baseAddress!
                            var t = from
                            while t < end && ByteClass.target[Int(base[t])] { t += 1 }
                            let st = ByteClass.skipTarget(base, from, end)
                            var v = from
                            while v < end && ByteClass.fieldValue[Int(base[v])] { v += 1 }
                            let sv = ByteClass.skipFieldValue(base, from, end)
                            var k = from
                            while k < end && ByteClass.token[Int(base[k])] { k += 1 }
                            let sk = ByteClass.skipToken(base, from, end, ByteClass.tokenBits)
                            if (st, sv, sk) != (t, v, k) && failures.count < 5 {
                                failures.append("byte \(b) at \(at), \(from)..<\(end): \((st, sv, sk)) != \((t, v, k))")
                            }
                        }
                    }
                    if from > 0 && at != from - 1 { buf[from - 1] = 0x61 }
                }
                buf[at] = 0x61
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }
}
