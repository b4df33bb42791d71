import Corpus
import HTTP
import Index
import TestFixtures
import Testing
@testable import API

/// The engine's unasked repeats (ConnectionMachine + ReplayEpoch) against the real handler:
/// they are counted in /metrics like any answer, and a snapshot swap stops them.
@Suite("Repeated replays through the API")
struct RepeatedReplayMetricsTests {
    /// Runs the machine over `text` as the engine does: replays are sent as prepared,
    /// dispatched requests are answered by the handler. One word per answer.
    func serve(_ m: ConnectionMachine, _ h: Harness, _ text: String) -> [String] {
        Array(text.utf8).withUnsafeBufferPointer { _ = m.feed($0) }
        var seen: [String] = []
        while true {
            if m.takeRepeat() {
                seen.append("repeat \(m.repeatedIsHead ? "HEAD" : "GET") \(m.repeatedResponse.body.count)")
                continue
            }
            switch m.next() {
            case .replay(let p, let isHead): seen.append("replay \(isHead ? "HEAD" : "GET") \(p.body.count)")
            case .dispatch(let r, _):
                let response = h.handler.respond(to: r)
                seen.append("respond \(response.status.code)")
            default: return seen
            }
        }
    }

    func count(_ metrics: String, _ series: String) -> Int? {
        for line in metrics.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Int(line.dropFirst(series.count + 1))
        }
        return nil
    }

    @Test func repeatsAreCountedAndASwapStopsThem() {
        let h = Harness()
        let m = ConnectionMachine(limits: HTTPLimits())
        m.cachedResponder = h.handler
        let get = "GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n"
        let seen = serve(m, h, get + get + get + get)
        #expect(seen.count == 4)
        #expect(seen[0] == "respond 200")
        let size = seen[1].split(separator: " ").last.map(String.init) ?? "?"
        #expect(seen[1] == "replay GET \(size)")
        #expect(seen[2...] == ["repeat GET \(size)", "repeat GET \(size)"])

        let metrics = text(h.get("/metrics"))
        #expect(count(metrics, #"parley_http_requests_total{route="/healthz",method="GET",status="200"}"#) == 4)
        #expect(count(metrics, #"parley_http_request_duration_seconds_count{route="/healthz"}"#) == 4)
        #expect(count(metrics, "parley_replay_cache_hits_total") == 3)

        // A new snapshot empties the replay cache: the next identical request is answered anew.
        h.handler.replace(snapshot: Snapshot(extraction: Fixture.extraction(), generation: 9))
        #expect(serve(m, h, get + get) == ["respond 200", "replay GET \(size)"])
        #expect(serve(m, h, get) == ["repeat GET \(size)"])
    }
}
