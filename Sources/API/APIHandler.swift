import Corpus
import HTTP
import Index
import Synchronization

/// What `/metrics`, `/` and `/v1/stats` say about the running build.
public struct BuildInfo: Sendable, Equatable {
    public var version: String
    public var commit: String
    public var swift: String

    public init(version: String = "dev", commit: String = "unknown", swift: String = "6") {
        self.version = version; self.commit = commit; self.swift = swift
    }
}

/// The API: routes requests to endpoints over the current index snapshot, and applies the
/// conventions every endpoint shares (errors, negotiation, caching, ETag/304, gzip, CORS,
/// metrics). Safe to call from several event-loop threads at once: the snapshot is immutable,
/// the response cache and the metrics sit behind their own Mutex.
public final class APIHandler: CachedResponder {
    let router = Router()
    /// The snapshot and what the API derived from it, swapped together.
    private let current: Mutex<(snapshot: Snapshot, searchFragments: SearchFragments)>
    let lifecycle: Lifecycle
    let stats: ServerStats
    let openAPIYAML: [UInt8]
    let buildInfo: BuildInfo
    let cache: ResponseCache
    /// Which answers of `cachedFromRepeat` routes (search) the response cache takes.
    let admission = CacheAdmission()
    /// Whole answers for the engine's fast path (`cachedResponse(to:)`).
    let replay: ReplayCache
    let metrics: Metrics
    /// Bodies shorter than this are sent as they are: gzip's header and CPU are not worth it.
    let gzipThreshold: Int

    public init(snapshot: Snapshot, lifecycle: Lifecycle, stats: ServerStats, openAPIYAML: [UInt8],
                buildInfo: BuildInfo = BuildInfo(), cacheCapacityBytes: Int = 64 << 20, gzipThreshold: Int = 1024) {
        current = Mutex((snapshot, SearchFragments(snapshot)))
        self.lifecycle = lifecycle
        self.stats = stats
        self.openAPIYAML = openAPIYAML
        self.buildInfo = buildInfo
        cache = ResponseCache(capacityBytes: cacheCapacityBytes)
        let metrics = Metrics(routeNames: Router.all.map(\.template))
        self.metrics = metrics
        // Answers are tagged with their route; `Metrics.render` adds the repeats connections
        // replayed unasked (see ReplayEpoch) to the counts by route.
        replay = ReplayCache(generation: snapshot.generation, routes: Router.all.count)
        self.gzipThreshold = gzipThreshold
    }

    /// The snapshot requests are answered from right now.
    public var snapshot: Snapshot { current.withLock { $0.snapshot } }

    /// Serves `snapshot` from the next request on. Requests in flight finish on the old one;
    /// cursors and cached bodies of the old generation stop being valid. Give each new
    /// snapshot a generation different from the current one.
    public func replace(snapshot: Snapshot) {
        let fragments = SearchFragments(snapshot)
        current.withLock { $0 = (snapshot, fragments) }
        cache.removeAll()
        replay.reset(generation: snapshot.generation)
    }

    /// The route templates, in routing order (the contract test compares them with openapi.yaml).
    public static var routeTemplates: [String] { Router.all.map(\.template) }

    public func respond(to request: Request) -> Response {
        let start = Stopwatch.now()
        let generation = snapshot.generation  // no later than the one dispatch reads
        var routeIndex: Int?
        var reused = false
        var response: Response
        do {
            response = try dispatch(request, routeIndex: &routeIndex, reused: &reused)
        } catch {
            response = error.response
        }
        if response.status.code != 204 || request.method != .options {
            response.headers.add("Access-Control-Allow-Origin", "*")
            if response.status.code < 400 {
                response.headers.add("Access-Control-Expose-Headers", "ETag, Link, Content-Encoding")
            }
        }
        metrics.record(route: routeIndex, method: request.method, status: response.status.code,
                       seconds: Stopwatch.seconds(since: start))
        // Kept for replay when asked for again: a cacheable answer once the response cache
        // had it (a one-off target, such as a search nobody repeats, costs no replay entry),
        // an uncacheable one (a probe) at once.
        if let routeIndex, reused || !Router.all[routeIndex].policy.cacheable {
            remember(response, for: request, route: routeIndex, generation: generation)
        }
        return response
    }

    /// The fast path: a GET or HEAD answered before the engine builds a `Request`, when this
    /// exact target with these Accept and Accept-Encoding values was answered with a
    /// replayable 200 before (see `remember`). Conditional requests take the ordinary path.
    public func cachedResponse(to head: RequestHeadView) -> PreparedResponse? {
        if head.has(.ifNoneMatch) { return nil }
        let key = ReplayCache.Key(target: head.target, accept: head.first(.accept),
                                  acceptEncoding: head.first(.acceptEncoding))
        guard let (prepared, route) = replay.get(key) else { return nil }
        // Counted like the engine's repeats (a relaxed atomic add; /metrics adds the tally as
        // 200s of the route in the first latency bucket): timing a lookup this short and
        // taking the metrics lock cost more than the lookup itself.
        replay.epoch.countAnswer(tag: route, isHead: head.method == .head)
        return prepared
    }

    /// Answers change only when the replay cache drops entries (it advances this then).
    public var replayEpoch: ReplayEpoch? { replay.epoch }

    /// Keeps a 200 for replay when nothing but the target, Accept and Accept-Encoding decided
    /// it: a replayable route, GET/HEAD without body or If-None-Match, bytes (not a stream).
    private func remember(_ response: Response, for request: Request, route: Int, generation: UInt64) {
        guard response.status.code == 200, request.method == .get || request.method == .head,
              request.body.isEmpty, Router.all[route].policy.replayable,
              !request.headers.contains("If-None-Match"), request.target.utf8.first == UInt8(ascii: "/"),
              let prepared = PreparedResponse(response, tag: route) else { return }
        var target = request.target, accept = request.headers["Accept"], encoding = request.headers["Accept-Encoding"]
        target.withUTF8 { t in
            func with(_ s: inout String?, _ body: (UnsafeBufferPointer<UInt8>?) -> Void) {
                if s == nil { body(nil) } else { s!.withUTF8 { body($0) } }
            }
            with(&accept) { a in
                with(&encoding) { e in
                    replay.put(.init(target: t, accept: a, acceptEncoding: e), prepared, route: route, generation: generation)
                }
            }
        }
    }

    /// `reused`: the answer came from the response cache.
    func dispatch(_ request: Request, routeIndex: inout Int?, reused: inout Bool) throws(APIError) -> Response {
        if request.method == .options && request.target == "*" { return preflight(request) }
        let (rawPath, query) = splitTarget(request.target)
        let path = Self.originPath(rawPath)
        guard let (route, id) = try router.match(path) else {
            throw APIError.notFound("there is no resource at \(path); GET / lists the API")
        }
        routeIndex = route.index
        switch request.method {
        case .get, .head: break
        case .options: return preflight(request)
        default:
            var e = APIError(status: .methodNotAllowed,
                             detail: "\(request.method.name) is not allowed on \(route.template); allowed: \(Router.allowedMethods)")
            e.headers = [("Allow", Router.allowedMethods)]
            throw e
        }
        let params = try QueryParameters.parse(query)
        if !route.ignoresQuery { try params.allowOnly(route.parameters) }
        let (snapshot, fragments) = current.withLock { $0 }
        let context = Context(request: request, route: route, id: id, params: params, snapshot: snapshot,
                              searchFragments: fragments, handler: self, path: rawPath)
        return try serve(context, reused: &reused)
    }

    /// The path of an origin-form target as is; of an absolute-form target ("http://host/p",
    /// RFC 9112 §3.2.2), the part after the authority.
    static func originPath(_ path: Substring) -> Substring {
        guard path.utf8.first != UInt8(ascii: "/"), let scheme = path.range(of: "://") else { return path }
        let rest = path[scheme.upperBound...]
        return rest.utf8.firstIndex(of: UInt8(ascii: "/")).map { rest[$0...] } ?? "/"
    }

    /// CORS preflight (Fetch standard) and plain OPTIONS: 204 with what may be asked.
    func preflight(_ request: Request) -> Response {
        var h = HTTPHeaders()
        h.add("Allow", Router.allowedMethods)
        h.add("Access-Control-Allow-Origin", "*")
        h.add("Access-Control-Allow-Methods", Router.allowedMethods)
        h.add("Access-Control-Allow-Headers", request.headers["Access-Control-Request-Headers"] ?? "Accept, Accept-Encoding, If-None-Match")
        h.add("Access-Control-Max-Age", "86400")
        h.add("Cache-Control", "no-store")
        return Response(status: .noContent, headers: h, body: .empty)
    }

    /// Negotiates, then answers from the cache or builds, compresses, tags and caches.
    func serve(_ c: Context, reused: inout Bool) throws(APIError) -> Response {
        let policy = c.route.policy
        let media = try c.negotiate(policy.offers, list: policy.isList)
        if media == "application/x-ndjson" || media == "text/csv" {
            return try Endpoints.stream(c, media: media)
        }
        let gzip = Negotiation.acceptsGzip(c.request.headers["Accept-Encoding"])
        let key = policy.cacheable ? Self.cacheKey(c, media: media, gzip: gzip) : nil
        if let key, let hit = cache.get(key) {
            reused = true
            return Self.response(hit, for: c.request, cacheControl: policy.cacheControl)
        }
        let built = try Endpoints.build(c, media: media)
        if let status = built.status {  // an answer that is not a cacheable 200 (readiness)
            var r = Response(status: status, headers: HTTPHeaders(), body: .bytes(built.body))
            r.headers.add("Content-Type", built.contentType ?? media)
            r.headers.add("Cache-Control", "no-store")
            return r
        }
        // A one-off search is not cached (`CacheAdmission`): no copy, no entry, no eviction.
        let cached = key != nil && (!policy.cachedFromRepeat || admission.admit(key!.hash))
        // Writers reserve generously: keep only what is used, or the cache, bounded by body
        // bytes, would hold several times its bound in capacity.
        let exact = (cached || key == nil) && built.body.capacity > built.body.count + 512 ? Self.exactCopy(built.body) : built.body
        var body = CachedBody(contentType: built.contentType ?? Self.contentType(media), contentEncoding: nil,
                              body: exact, etag: "", link: built.link)
        if gzip && body.body.count >= gzipThreshold, let packed = Gzip.compress(body.body), packed.count < body.body.count {
            body.body = packed
            body.contentEncoding = "gzip"
        }
        body.etag = ETag.of(body.body)
        if let key, cached { cache.put(key, body) }
        return Self.response(body, for: c.request, cacheControl: policy.cacheControl)
    }

    /// "generation media encoding template id canonical-query", written as bytes.
    static func cacheKey(_ c: Context, media: String, gzip: Bool) -> CacheKey {
        var k: [UInt8] = []
        k.reserveCapacity(128)
        func add(_ s: String) { k.append(contentsOf: s.utf8); k.append(UInt8(ascii: " ")) }
        withUnsafeBytes(of: c.snapshot.generation) { k.append(contentsOf: $0) }
        k.append(UInt8(ascii: " "))
        add(media)
        add(gzip ? "gzip" : "identity")
        add(c.route.template)
        add(c.id ?? "")
        c.params.canonical(into: &k)
        return CacheKey(k)
    }

    /// A copy with capacity == count, up to malloc's rounding (`Array(slice)` of a whole
    /// array shares its storage). Reserve and append: `Array(unsafeUninitializedCapacity:)`
    /// allocates through the stdlib's unspecialized path (a run-time metadata lookup).
    static func exactCopy(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        out.append(contentsOf: bytes)
        return out
    }

    static func contentType(_ media: String) -> String {
        switch media {
        case "application/json": "application/json"
        case "text/html": "text/html; charset=utf-8"
        case "text/plain": "text/plain; charset=utf-8"
        default: media
        }
    }

    /// 200 with the body, or 304 when `If-None-Match` already names its ETag. HEAD gets the
    /// same head and body (the engine sends no body bytes for HEAD).
    static func response(_ b: CachedBody, for request: Request, cacheControl: String) -> Response {
        // room for these and the CORS fields `respond` adds: one allocation, not four
        var h = HTTPHeaders(capacity: 10)
        h.add("ETag", b.etag)
        h.add("Cache-Control", cacheControl)
        h.add("Vary", "Accept, Accept-Encoding")
        if ETag.matches(request.headers["If-None-Match"], b.etag) {
            return Response(status: .notModified, headers: h, body: .empty)
        }
        h.add("Content-Type", b.contentType)
        if let e = b.contentEncoding { h.add("Content-Encoding", e) }
        if let link = b.link { h.add("Link", link) }
        return Response(status: .ok, headers: h, body: .bytes(b.body))
    }
}

/// Everything an endpoint needs about one request.
struct Context {
    var request: Request
    var route: Route
    var id: String?
    var params: QueryParameters
    var snapshot: Snapshot
    var searchFragments: SearchFragments
    var handler: APIHandler
    /// The request's path as sent (for Link headers).
    var path: Substring

    /// `?format=` wins over `Accept` on list endpoints; otherwise Accept picks among `offers`.
    func negotiate(_ offers: [String], list: Bool) throws(APIError) -> String {
        if list, let format = params["format"] {
            switch format {
            case "json": return "application/json"
            case "ndjson": return "application/x-ndjson"
            case "csv": return "text/csv"
            default: throw APIError.badParameter("format", "must be one of json, ndjson, csv (got '\(format)')")
            }
        }
        guard let media = Negotiation.choose(offers, accept: request.headers["Accept"]) else {
            throw APIError(status: .notAcceptable,
                           detail: "this resource is available as \(offers.joined(separator: ", ")); the Accept header allows none of them")
        }
        return media
    }

    func limit(default d: Int = 50) throws(APIError) -> Int {
        guard let raw = params["limit"] else { return d }
        guard raw.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let v = Int(raw), (1...1000).contains(v) else {
            throw APIError.badParameter("limit", "must be an integer from 1 to 1000 (got '\(raw)')")
        }
        return v
    }

    var hasExplicitLimit: Bool { params["limit"] != nil }

    func offset() throws(APIError) -> Int {
        guard let raw = params["cursor"] else { return 0 }
        return try Cursor.decode(raw, generation: snapshot.generation)
    }

    func date(_ name: String) throws(APIError) -> String? {
        guard let raw = params[name] else { return nil }
        guard PartialDate.isValid(raw) else {
            throw APIError.badParameter(name, "must be a date YYYY, YYYY-MM or YYYY-MM-DD (got '\(raw)')")
        }
        return raw
    }

    /// A comma-separated list of enum values, nil when absent.
    func set<T: RawRepresentable & Hashable>(_ name: String, _ type: T.Type, allowed: [String]) throws(APIError) -> Set<T>?
    where T.RawValue == String {
        guard let raw = params[name] else { return nil }
        var out = Set<T>()
        for part in raw.split(separator: ",", omittingEmptySubsequences: false) {
            guard let v = T(rawValue: String(part)) else {
                throw APIError.badParameter(name, "must be one or more of \(allowed.joined(separator: ", ")), comma-separated (got '\(raw)')")
            }
            out.insert(v)
        }
        return out
    }

    func from() throws(APIError) -> (String?, String?) {
        let f = try date("from"), t = try date("to")
        if let f, let t, !PartialDate.onOrBefore(f, t) {
            throw APIError.badParameter("from", "is after 'to' (\(f) > \(t))")
        }
        return (f, t)
    }
}
