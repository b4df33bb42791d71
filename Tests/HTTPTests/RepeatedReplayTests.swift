import HTTP
import Synchronization
import Testing

/// A connection that receives exactly the bytes of its last replayed request again replays
/// the same answer without parsing or asking the responder, but only while the responder's
/// epoch holds and the per-connection conditions (request limit, draining) still allow it.
@Suite("Repeated replays")
struct RepeatedReplayTests {
    /// Answers `/hit` (without Accept) from one prepared response tagged 7; counts both paths.
    final class Counting: CachedResponder, Sendable {
        let prepared = PreparedResponse(Response(status: .ok, body: .bytes(Array("hit".utf8))), tag: 7)!
        let asked = Atomic<Int>(0)
        let epoch = ReplayEpoch(tags: 8)

        func respond(to request: Request) -> Response { Response(status: .notFound) }
        func cachedResponse(to head: RequestHeadView) -> PreparedResponse? {
            asked.add(1, ordering: .relaxed)
            return String(decoding: head.target, as: UTF8.self) == "/hit" && head.first("accept") == nil ? prepared : nil
        }
        var replayEpoch: ReplayEpoch? { epoch }
        var counts: (asked: Int, again: Int) {
            (asked.load(ordering: .relaxed), epoch.repeats(tag: 7, isHead: false) + epoch.repeats(tag: 7, isHead: true))
        }
    }

    static let hit = "GET /hit HTTP/1.1\r\nHost: a\r\n\r\n"

    /// Feeds `text`, then runs the machine until it needs more; one word per action.
    func run(_ m: ConnectionMachine, _ text: String) -> [String] {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { _ = m.feed($0) }
        var seen: [String] = []
        while true {
            switch m.next() {
            case .needMore: return seen
            case .replay(let p, let isHead): seen.append("\(isHead ? "HEAD" : "GET") \(String(decoding: p.body, as: UTF8.self))")
            case .dispatch(let r, let keep): seen.append("dispatch \(r.target) \(keep)")
            case .reject(let s): seen.append("reject \(s.code)"); return seen
            case .sendContinue: seen.append("continue")
            case .close: seen.append("close"); return seen
            }
        }
    }

    func machine(_ limits: HTTPLimits = HTTPLimits()) -> (ConnectionMachine, Counting) {
        let m = ConnectionMachine(limits: limits)
        let r = Counting()
        m.cachedResponder = r
        return (m, r)
    }

    @Test("a byte-identical repeat is replayed without asking and tallied under its tag")
    func repeatsAreNotAsked() {
        let (m, r) = machine()
        #expect(run(m, Self.hit) == ["GET hit"])
        #expect(r.counts == (1, 0))
        #expect(run(m, Self.hit + Self.hit + Self.hit) == ["GET hit", "GET hit", "GET hit"])
        #expect(r.counts == (1, 3))
        #expect(r.epoch.repeats(tag: 7, isHead: false) == 3 && r.epoch.repeats(tag: 7, isHead: true) == 0)
        #expect(m.requestCount == 4)
    }

    @Test("HEAD repeats stay HEAD")
    func headRepeats() {
        let (m, r) = machine()
        let head = "HEAD /hit HTTP/1.1\r\nHost: a\r\n\r\n"
        #expect(run(m, head + head) == ["HEAD hit", "HEAD hit"])
        #expect(r.counts == (1, 1))
        #expect(r.epoch.repeats(tag: 7, isHead: true) == 1 && r.epoch.repeats(tag: 7, isHead: false) == 0)
    }

    @Test("any other bytes take the parsed path: another field, another target, a bad head")
    func otherBytesAreParsed() {
        let (m, r) = machine()
        #expect(run(m, Self.hit) == ["GET hit"])
        // Same bytes up to the blank line, then another field: the memo ends with the blank line.
        #expect(run(m, "GET /hit HTTP/1.1\r\nHost: a\r\nAccept: x\r\n\r\n") == ["dispatch /hit true"])
        #expect(run(m, "GET /miss HTTP/1.1\r\nHost: a\r\n\r\n") == ["dispatch /miss true"])
        #expect(r.counts == (3, 0))
        // The memo still holds the first request: a repeat of it is recognised again.
        #expect(run(m, Self.hit) == ["GET hit"])
        #expect(r.counts == (3, 1))
        #expect(run(m, "GET /hit HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") == ["reject 400"])
    }

    @Test("an advanced epoch makes the next repeat ask again")
    func epochInvalidates() {
        let (m, r) = machine()
        #expect(run(m, Self.hit + Self.hit) == ["GET hit", "GET hit"])
        r.epoch.advance()
        #expect(run(m, Self.hit) == ["GET hit"])
        #expect(r.counts == (2, 1))
        #expect(run(m, Self.hit) == ["GET hit"])
        #expect(r.counts == (2, 2))
    }

    @Test("the connection's last request and a draining connection are dispatched, to close")
    func perConnectionConditions() {
        let (m, r) = machine(HTTPLimits(maxRequestsPerConnection: 3))
        #expect(run(m, Self.hit + Self.hit + Self.hit) == ["GET hit", "GET hit", "dispatch /hit false"])
        #expect(r.counts == (1, 1))  // the last request is not even offered to the responder

        let (d, dr) = machine()
        #expect(run(d, Self.hit) == ["GET hit"])
        d.stopAfterCurrentRequest()
        #expect(run(d, Self.hit) == ["dispatch /hit false"])
        #expect(dr.counts == (1, 0))
    }

    @Test("a repeat split at every byte gets the same answer (asked once more: the head was parsed)")
    func splitRepeats() {
        let bytes = Array(Self.hit.utf8)
        for cut in 1..<bytes.count {
            let (m, r) = machine()
            #expect(run(m, Self.hit) == ["GET hit"])
            let first = String(decoding: bytes[..<cut], as: UTF8.self)
            let rest = String(decoding: bytes[cut...], as: UTF8.self)
            #expect(run(m, first) == [], "cut at \(cut)")
            #expect(run(m, rest + Self.hit) == ["GET hit", "GET hit"], "cut at \(cut)")
            #expect(r.counts == (2, 1), "cut at \(cut)")
        }
    }

    @Test("an answer tagged outside the epoch's tags is not remembered")
    func tagOutOfRange() {
        final class Wide: CachedResponder {
            let prepared = PreparedResponse(Response(status: .ok, body: .bytes(Array("w".utf8))), tag: 3)!
            let asked = Atomic<Int>(0)
            let epoch = ReplayEpoch(tags: 3)
            func respond(to request: Request) -> Response { Response(status: .notFound) }
            func cachedResponse(to head: RequestHeadView) -> PreparedResponse? {
                asked.add(1, ordering: .relaxed)
                return prepared
            }
            var replayEpoch: ReplayEpoch? { epoch }
        }
        let m = ConnectionMachine(limits: HTTPLimits())
        let w = Wide()
        m.cachedResponder = w
        #expect(run(m, Self.hit + Self.hit) == ["GET w", "GET w"])
        #expect(w.asked.load(ordering: .relaxed) == 2)
        #expect(m.takeRepeat() == false)
    }

    @Test("takeRepeat, the engine's shortcut, consumes a repeat and names its answer")
    func engineShortcut() {
        let (m, r) = machine()
        #expect(m.takeRepeat() == false)  // nothing remembered yet
        #expect(run(m, Self.hit) == ["GET hit"])
        Array((Self.hit + "GET /miss").utf8).withUnsafeBufferPointer { _ = m.feed($0) }
        #expect(m.takeRepeat())
        #expect(m.repeatedResponse === r.prepared && !m.repeatedIsHead)
        #expect(m.takeRepeat() == false)  // "GET /miss" is not the remembered head
        #expect(m.buffer.readableCount == 9)
        #expect(r.counts == (1, 1))
    }

    @Test("without an epoch every request is asked (no memo)")
    func noEpochNoMemo() {
        final class Plain: CachedResponder {
            let prepared = PreparedResponse(Response(status: .ok, body: .bytes(Array("p".utf8))))!
            let asked = Atomic<Int>(0)
            func respond(to request: Request) -> Response { Response(status: .notFound) }
            func cachedResponse(to head: RequestHeadView) -> PreparedResponse? {
                asked.add(1, ordering: .relaxed)
                return prepared
            }
        }
        let m = ConnectionMachine(limits: HTTPLimits())
        let p = Plain()
        m.cachedResponder = p
        #expect(run(m, Self.hit + Self.hit + Self.hit) == ["GET p", "GET p", "GET p"])
        #expect(p.asked.load(ordering: .relaxed) == 3)
    }
}
