/// The endpoints, frozen at start-up. Matching is segment by segment; `{id}` takes one
/// percent-decoded segment. Every route answers GET and HEAD (and OPTIONS for CORS).
enum RouteID: String, Sendable, CaseIterable {
    case root, healthz, readyz, metrics, openapi
    case documents, document, actors, actor, claims, claim, proposals, proposal
    case stances, timeline, search, graph, stats
}

struct Route: Sendable {
    var id: RouteID
    var template: String
    var segments: [String]
    /// Position in `Router.all` (metrics count by it).
    var index = 0
    /// `Endpoints.policy(id)`, `Endpoints.parameters(id)` and whether the query is ignored,
    /// looked up once here instead of per request (a policy is built, a set hashed, otherwise).
    var policy = Policy(offers: [])
    var parameters: [String] = []
    var ignoresQuery = false

    init(_ id: RouteID, _ template: String) {
        self.id = id
        self.template = template
        segments = template.split(separator: "/").map(String.init)
    }
}

struct Router: Sendable {
    let routes: [Route]

    static let all: [Route] = table.enumerated().map { i, r in
        var r = r
        r.index = i
        r.policy = Endpoints.policy(r.id)
        r.parameters = Endpoints.parameters(r.id)
        r.ignoresQuery = Endpoints.ignoresQuery.contains(r.id)
        return r
    }

    private static let table: [Route] = [
        Route(.root, "/"),
        Route(.healthz, "/healthz"),
        Route(.readyz, "/readyz"),
        Route(.metrics, "/metrics"),
        Route(.openapi, "/openapi.yaml"),
        Route(.documents, "/v1/documents"),
        Route(.document, "/v1/documents/{id}"),
        Route(.actors, "/v1/actors"),
        Route(.actor, "/v1/actors/{id}"),
        Route(.claims, "/v1/claims"),
        Route(.claim, "/v1/claims/{id}"),
        Route(.proposals, "/v1/proposals"),
        Route(.proposal, "/v1/proposals/{id}"),
        Route(.stances, "/v1/stances"),
        Route(.timeline, "/v1/timeline"),
        Route(.search, "/v1/search"),
        Route(.graph, "/v1/graph"),
        Route(.stats, "/v1/stats"),
    ]

    /// Routes without a parameter, by exact path: most requests are found with one lookup.
    let exact: [String: Route]

    init(routes: [Route] = Router.all) {
        self.routes = routes
        var exact: [String: Route] = [:]
        for r in routes where !r.template.contains("{") { exact[r.template] = r }
        self.exact = exact
    }

    static let allowedMethods = "GET, HEAD, OPTIONS"

    /// The route and its `{id}` (percent-decoded), nil when no route matches.
    func match(_ path: Substring) throws(APIError) -> (Route, String?)? {
        guard path.utf8.first == UInt8(ascii: "/") else { return nil }
        if let r = exact[String(path)] { return (r, nil) }
        let parts = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst()
        // "/" splits into [""]; "/v1/claims/" keeps a trailing "" and so matches nothing
        let segments = parts.count == 1 && parts.first!.isEmpty ? [] : parts.map { Substring($0) }
        for route in routes where route.segments.count == segments.count {
            var id: String?
            var ok = true
            for (want, got) in zip(route.segments, segments) {
                if want == "{id}" {
                    guard !got.isEmpty else { ok = false; break }
                    id = try QueryParameters.decode(got, what: "path", plusIsSpace: false)
                } else if want != got {
                    ok = false; break
                }
            }
            if ok { return (route, id) }
        }
        return nil
    }
}
