import Glibc
import HTTP
import Index
import Synchronization

/// Request counters and latency histograms by route, rendered in the Prometheus text
/// exposition format 0.0.4. Recorded by the handler wrapper for every request it answers.
final class Metrics: Sendable {
    /// Upper bounds in seconds; +Inf is implied.
    static let buckets: [Double] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1]

    /// Label values are small fixed sets, so counters are indexed by integers: the route's
    /// position in the route table (the last slot is "unmatched") and the method's slot.
    static let methods = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "OTHER"]
    let routeNames: [String]
    let process = ProcessMetrics()

    private struct Histogram { var counts = [Int](repeating: 0, count: Metrics.buckets.count + 1); var sum = 0.0; var count = 0 }
    private struct State {
        /// key: (route * methods.count + method) * 1000 + status
        var requests: [Int: Int] = [:]
        /// 200s, the common case, by route * methods.count + method: an array increment
        /// instead of a dictionary update (hashing) on every cached answer.
        var ok: [Int]
        var latency: [Histogram]
    }
    private let state: Mutex<State>

    init(routeNames: [String]) {
        self.routeNames = routeNames + ["unmatched"]
        state = Mutex(State(ok: Array(repeating: 0, count: (routeNames.count + 1) * Self.methods.count),
                            latency: Array(repeating: Histogram(), count: routeNames.count + 1)))
    }

    static func methodSlot(_ m: HTTPMethod) -> Int {
        switch m {
        case .get: 0
        case .head: 1
        case .options: 2
        case .post: 3
        case .put: 4
        case .delete: 5
        case .patch: 6
        case .trace: 7
        case .connect: 8
        case .other: 9
        }
    }

    /// `route` is an index into the route table, or nil when no route matched.
    func record(route: Int?, method: HTTPMethod, status: Int, seconds: Double) {
        let r = route ?? routeNames.count - 1
        let slot = r * Self.methods.count + Self.methodSlot(method)
        let buckets = Self.buckets
        var bucket = 0
        while bucket < buckets.count && seconds > buckets[bucket] { bucket += 1 }
        state.withLock { s in
            if status == 200 {
                s.ok[slot] += 1
            } else {
                s.requests[slot * 1000 + min(max(status, 0), 999), default: 0] += 1
            }
            s.latency[r].counts[bucket] += 1
            s.latency[r].sum += seconds
            s.latency[r].count += 1
        }
    }

    static func label(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    func render(stats: ServerStats, snapshot: Snapshot, cache: ResponseCache, replay: ReplayCache, build: BuildInfo,
                ready: Bool) -> String {
        var (requests, latency) = state.withLock { s in
            var all = s.requests
            for (slot, n) in s.ok.enumerated() where n > 0 { all[slot * 1000 + 200] = n }
            return (all, s.latency)
        }
        // Replayed answers tallied in the epoch (ReplayEpoch: the engine's unasked repeats and
        // the handler's replay-cache hits): 200s of their route, in the first latency bucket.
        for route in 0..<min(replay.epoch.tags, routeNames.count - 1) {
            for (method, isHead) in [(HTTPMethod.get, false), (.head, true)] {
                let n = replay.epoch.repeats(tag: route, isHead: isHead)
                guard n > 0 else { continue }
                requests[(route * Self.methods.count + Self.methodSlot(method)) * 1000 + 200, default: 0] += n
                latency[route].counts[0] += n
                latency[route].count += n
            }
        }
        var o = ""
        o += "# HELP parley_http_requests_total HTTP requests answered by the API, by route template, method and status.\n"
        o += "# TYPE parley_http_requests_total counter\n"
        let rows = requests.map { key, n in
            (route: routeNames[key / 1000 / Self.methods.count], method: Self.methods[key / 1000 % Self.methods.count],
             status: key % 1000, n: n)
        }.sorted { ($0.route, $0.method, $0.status) < ($1.route, $1.method, $1.status) }
        for r in rows {
            o += "parley_http_requests_total{route=\"\(Self.label(r.route))\",method=\"\(r.method)\",status=\"\(r.status)\"} \(r.n)\n"
        }
        o += "# HELP parley_http_request_duration_seconds Time spent in the API handler, by route template.\n"
        o += "# TYPE parley_http_request_duration_seconds histogram\n"
        for (i, h) in latency.enumerated().sorted(by: { routeNames[$0.offset] < routeNames[$1.offset] }) where h.count > 0 {
            let route = Self.label(routeNames[i])
            var cumulative = 0
            for (b, le) in Self.buckets.enumerated() {
                cumulative += h.counts[b]
                o += "parley_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"\(le)\"} \(cumulative)\n"
            }
            cumulative += h.counts[Self.buckets.count]
            o += "parley_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"+Inf\"} \(cumulative)\n"
            o += "parley_http_request_duration_seconds_sum{route=\"\(route)\"} \(h.sum)\n"
            o += "parley_http_request_duration_seconds_count{route=\"\(route)\"} \(h.count)\n"
        }
        func gauge(_ name: String, _ help: String, _ type: String, _ value: Int) {
            o += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n\(name) \(value)\n"
        }
        gauge("parley_open_connections", "Connections currently open.", "gauge", stats.openConnections.load(ordering: .relaxed))
        gauge("parley_connections_accepted_total", "Connections accepted.", "counter", stats.acceptedConnections.load(ordering: .relaxed))
        gauge("parley_bytes_received_total", "Bytes read from clients.", "counter", stats.bytesIn.load(ordering: .relaxed))
        gauge("parley_bytes_sent_total", "Bytes written to clients.", "counter", stats.bytesOut.load(ordering: .relaxed))
        gauge("parley_parse_errors_total", "Requests rejected by the HTTP parser.", "counter", stats.parseErrors.load(ordering: .relaxed))
        gauge("parley_timeouts_total", "Connections closed by a timeout.", "counter", stats.timeouts.load(ordering: .relaxed))
        gauge("parley_tls_handshake_failures_total", "Failed TLS handshakes.", "counter", stats.tlsHandshakeFailures.load(ordering: .relaxed))
        gauge("parley_ready", "1 when the server is ready to serve.", "gauge", ready ? 1 : 0)
        o += "# HELP parley_index_items Items in the served index, by kind.\n# TYPE parley_index_items gauge\n"
        for (kind, n) in snapshot.sizes { o += "parley_index_items{kind=\"\(kind)\"} \(n)\n" }
        gauge("parley_index_generation", "Generation of the served index snapshot.", "gauge", Int(snapshot.generation))
        let c = cache.counters
        gauge("parley_response_cache_entries", "Bodies held in the response cache.", "gauge", c.entries)
        gauge("parley_response_cache_bytes", "Bytes held in the response cache.", "gauge", c.bytes)
        gauge("parley_response_cache_hits_total", "Response cache hits.", "counter", c.hits)
        gauge("parley_response_cache_misses_total", "Response cache misses.", "counter", c.misses)
        let r = replay.counters
        gauge("parley_replay_cache_entries", "Whole responses held for replay before a request is built.", "gauge", r.entries)
        gauge("parley_replay_cache_hits_total", "Responses replayed whole (these skip the response cache).", "counter", r.hits)
        o += "# HELP parley_build_info Build of the running server.\n# TYPE parley_build_info gauge\n"
        o += "parley_build_info{version=\"\(Self.label(build.version))\",commit=\"\(Self.label(build.commit))\",swift=\"\(Self.label(build.swift))\"} 1\n"
        o += process.render()
        return o
    }
}

/// Monotonic time for handler latencies: clock_gettime (a vDSO call) in integer nanoseconds.
/// `ContinuousClock.now` and `Duration.components` cost ~700 instructions per request here,
/// mostly 128-bit arithmetic.
enum Stopwatch {
    @inline(__always) static func now() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return t.tv_sec * 1_000_000_000 + t.tv_nsec
    }

    @inline(__always) static func seconds(since start: Int) -> Double { Double(now() - start) / 1e9 }
}
