import Corpus
import HTTP
import Index

/// What an endpoint built: a body to cache (status nil means 200), or a non-cacheable answer.
struct Built {
    var body: [UInt8]
    var contentType: String? = nil
    var link: String? = nil
    var status: HTTPStatus? = nil
}

struct Policy {
    var offers: [String]
    var isList = false
    var cacheable = true
    var cacheControl = "public, max-age=60"
    /// A 200 depends only on the target, Accept and Accept-Encoding (and the snapshot), so
    /// it may be replayed from the `ReplayCache`; false when it depends on server state.
    var replayable = true
    /// Cached only once asked before (`CacheAdmission`): for answers mostly asked once.
    var cachedFromRepeat = false
}

/// The endpoints: their parameters, representations and bodies.
enum Endpoints {
    static let json = ["application/json"]
    static let listOffers = ["application/json", "application/x-ndjson", "text/csv"]
    static let page = ["limit", "cursor", "format"]

    static func parameters(_ id: RouteID) -> [String] { parameterTable[id] ?? [] }

    /// Probes and documents that take no parameters ignore their query string, as health
    /// checkers and proxies add cache-busting parameters (and absolute-form requests such as
    /// `GET http://host?x=1` reach `/` with one); data endpoints stay strict.
    static let ignoresQuery: Set<RouteID> = [.root, .healthz, .readyz, .metrics, .openapi]

    /// Built once: the hot path only looks the list up.
    static let parameterTable: [RouteID: [String]] = {
        var t: [RouteID: [String]] = [:]
        for id in RouteID.allCases {
            t[id] = switch id {
            case .root, .healthz, .readyz, .metrics, .openapi, .stats, .document, .actor, .claim, .proposal: []
            case .documents: page + ["q", "outlet", "from", "to"]
            case .actors: page + ["type", "q", "sort"]
            case .claims: page + ["speaker", "proposal", "document", "kind", "stance", "q", "from", "to", "sort"]
            case .proposals: page + ["q"]
            case .timeline: page + ["actor", "proposal", "from", "to", "type"]
            case .stances: page + ["actor", "proposal", "stance", "from", "to"]
            case .search: ["q", "type", "limit", "cursor"]
            case .graph: ["actor", "proposal", "affiliations"]
            }
        }
        return t
    }()

    static func policy(_ id: RouteID) -> Policy {
        switch id {
        case .root: Policy(offers: ["application/json", "text/html"])
        case .healthz: Policy(offers: json, cacheable: false, cacheControl: "no-store")
        case .readyz: Policy(offers: json, cacheable: false, cacheControl: "no-store", replayable: false)
        case .metrics: Policy(offers: ["text/plain"], cacheable: false, cacheControl: "no-store", replayable: false)
        case .openapi: Policy(offers: ["application/yaml", "application/openapi+yaml", "text/yaml", "text/plain"],
                              cacheControl: "public, max-age=300")
        case .documents, .actors, .claims, .proposals, .timeline, .stances: Policy(offers: listOffers, isList: true)
        case .search: Policy(offers: json, cachedFromRepeat: true)
        default: Policy(offers: json)
        }
    }

    static func build(_ c: Context, media: String) throws(APIError) -> Built {
        if c.route.id == .search { return try search(c) }  // sizes its own writer
        let s = c.snapshot
        var w = JSONWriter(capacity: 4096)
        switch c.route.id {
        case .root:
            if media == "text/html" { return Built(body: Array(Dashboard.html.utf8), contentType: "text/html; charset=utf-8") }
            w.beginObject()
            w.field("name", "parley")
            w.field("description", "Who said what about which proposal: documents, actors, claims, proposals and events extracted from news reports.")
            w.field("version", c.handler.buildInfo.version)
            w.field("generation", Int(s.generation))
            w.key("links"); w.beginObject()
            for r in Router.all where r.id != .root { w.field(r.id.rawValue, r.template) }
            w.endObject()
            w.endObject()
        case .healthz:
            w.beginObject(); w.field("status", "ok"); w.endObject()
        case .readyz:
            guard c.handler.lifecycle.isReady else {
                let why = c.handler.lifecycle.isDraining ? "the server is draining" : "the index is still loading"
                var e = APIError(status: .serviceUnavailable, detail: "not ready: \(why)")
                e.headers = [("Retry-After", "1")]
                throw e
            }
            w.beginObject(); w.field("status", "ready"); w.field("generation", Int(s.generation)); w.endObject()
            return Built(body: w.bytes)
        case .metrics:
            let text = c.handler.metrics.render(stats: c.handler.stats, snapshot: s, cache: c.handler.cache,
                                                replay: c.handler.replay, build: c.handler.buildInfo, ready: c.handler.lifecycle.isReady)
            return Built(body: Array(text.utf8), contentType: "text/plain; version=0.0.4; charset=utf-8")
        case .openapi:
            return Built(body: c.handler.openAPIYAML, contentType: media == "text/plain" ? "text/plain; charset=utf-8" : media)
        case .documents, .actors, .claims, .proposals, .timeline, .stances:
            let list = try rows(c)
            let offset = try c.offset(), limit = try c.limit()
            return list.page(c, offset: offset, limit: limit)
        case .document:
            guard let d = s.document(id: c.id!) else { throw APIError.notFound("no document with id '\(c.id!)'") }
            Views.documentDetail(&w, d, in: s)
        case .actor:
            guard let a = s.actor(id: c.id!) else { throw APIError.notFound("no actor with id '\(c.id!)'") }
            Views.actorDetail(&w, a, in: s)
        case .claim:
            guard let cl = s.claim(id: c.id!) else { throw APIError.notFound("no claim with id '\(c.id!)'") }
            Views.claimDetail(&w, cl, in: s)
        case .proposal:
            guard let p = s.proposal(id: c.id!) else { throw APIError.notFound("no proposal with id '\(c.id!)'") }
            Views.proposalDetail(&w, p, in: s)
        case .search:
            return try search(c)
        case .graph:
            return try graph(c)
        case .stats:
            return stats(c)
        }
        return Built(body: w.bytes)
    }

    // MARK: - Lists

    /// A filtered list: how many rows, and how to write row i as JSON or CSV.
    struct Rows {
        var count: Int
        var json: (inout JSONWriter, Int) -> Void
        var csvHeader: String
        var csv: (Int) -> String
        /// Fields written after the envelope's, about the page's rows (the stance matrix names
        /// the actors and proposals of its cells).
        var sidecar: ((inout JSONWriter, Range<Int>) -> Void)? = nil

        func page(_ c: Context, offset: Int, limit: Int) -> Built {
            var w = JSONWriter(capacity: 256 * min(limit, max(count - offset, 0)) + 128)
            let end = min(count, offset + limit)
            w.beginObject()
            w.key("data"); w.beginArray()
            if offset < end { for i in offset..<end { json(&w, i) } }
            w.endArray()
            w.field("total", count)
            w.field("limit", limit)
            var link: String?
            if end < count {
                let next = Cursor.encode(offset: end, generation: c.snapshot.generation)
                w.field("next_cursor", next)
                link = Endpoints.nextLink(c, cursor: next)
            } else {
                w.field("next_cursor", nil as String?)
            }
            // a cursor from a longer list may point past this one's end: the page is empty
            sidecar?(&w, min(offset, end)..<end)
            w.endObject()
            return Built(body: w.bytes, link: link)
        }
    }

    static func rows(_ c: Context) throws(APIError) -> Rows {
        let s = c.snapshot
        switch c.route.id {
        case .documents:
            let (from, to, none) = try c.dateRange()
            let p = none ? [] : s.documentPositions(DocumentFilter(outlet: c.params["outlet"], q: c.params["q"], from: from, to: to))
            return Rows(count: p.count, json: { Views.document(&$0, s.documents[p[$1]]) },
                        csvHeader: CSV.documentHeader, csv: { CSV.document(s.documents[p[$0]]) })
        case .actors:
            let types = try c.set("type", ActorType.self, allowed: ActorType.allCases.map(\.rawValue))
            var sort = ActorSort.snapshot
            if let raw = c.params["sort"] {
                guard let v = ActorSort(rawValue: raw) else {
                    throw APIError.badParameter("sort", "must be one of \(ActorSort.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(raw)')")
                }
                sort = v
            }
            let p = s.actorPositions(ActorFilter(types: types, q: c.params["q"], sort: sort))
            return Rows(count: p.count, json: { Views.actor(&$0, s.actors[p[$1]]) },
                        csvHeader: CSV.actorHeader, csv: { CSV.actor(s.actors[p[$0]]) })
        case .claims:
            var f = ClaimFilter(speaker: c.params["speaker"], proposal: c.params["proposal"], document: c.params["document"])
            f.kinds = try c.set("kind", ClaimKind.self, allowed: ClaimKind.allCases.map(\.rawValue))
            if let raw = c.params["stance"] {
                var set = Set<Stance?>()
                for part in raw.split(separator: ",", omittingEmptySubsequences: false) {
                    if part == "none" { set.insert(nil); continue }
                    guard let v = Stance(rawValue: String(part)) else {
                        throw APIError.badParameter("stance", "must be one or more of support, oppose, conditional, neutral, none, comma-separated (got '\(raw)')")
                    }
                    set.insert(v)
                }
                f.stances = set
            }
            f.q = c.params["q"]
            let (from, to, none) = try c.dateRange()
            (f.from, f.to) = (from, to)
            if let raw = c.params["sort"] {
                guard let v = ClaimSort(rawValue: raw) else {
                    throw APIError.badParameter("sort", "must be one of \(ClaimSort.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(raw)')")
                }
                f.sort = v  // `relevance` without `q`: every claim is equally relevant, so snapshot order
            }
            let p = none ? [] : s.claimPositions(f)
            return Rows(count: p.count, json: { Views.claim(&$0, s.claims[p[$1]]) },
                        csvHeader: CSV.claimHeader, csv: { CSV.claim(s.claims[p[$0]]) })
        case .proposals:
            let p = s.proposalPositions(q: c.params["q"])
            return Rows(count: p.count, json: { Views.proposal(&$0, s.proposals[p[$1]]) },
                        csvHeader: CSV.proposalHeader, csv: { CSV.proposal(s.proposals[p[$0]]) })
        case .stances:
            let set = try c.set("stance", Stance.self, allowed: Stance.allCases.map(\.rawValue))
            let (from, to, none) = try c.dateRange()
            let cells = none ? [] : s.stanceMatrix(actor: c.params["actor"], proposal: c.params["proposal"], stances: set, from: from, to: to)
            return Rows(count: cells.count, json: { Views.stanceCell(&$0, cells[$1], in: s) },
                        csvHeader: CSV.stanceHeader, csv: { CSV.stanceCell(cells[$0], in: s) },
                        sidecar: { w, page in Views.stanceReferences(&w, cells[page], in: s) })
        default:  // timeline
            let (from, to, none) = try c.dateRange()
            let types = try c.set("type", TimelineType.self, allowed: TimelineType.allCases.map(\.rawValue))
            let items = none ? [] : s.timeline(TimelineFilter(actor: c.params["actor"], proposal: c.params["proposal"],
                                                  from: from, to: to, types: types))
            return Rows(count: items.count, json: { Views.timelineItem(&$0, items[$1]) },
                        csvHeader: CSV.timelineHeader, csv: { CSV.timelineItem(items[$0]) })
        }
    }

    /// NDJSON or CSV, streamed in chunks of rows: every matching row from the cursor on, or
    /// `limit` rows when a limit is given. Not cached; gzip-compressed chunk by chunk when the
    /// client accepts gzip.
    static func stream(_ c: Context, media: String) throws(APIError) -> Response {
        let list = try rows(c)
        let offset = try c.offset()
        let end = c.hasExplicitLimit ? min(list.count, offset + (try c.limit())) : list.count
        var h = HTTPHeaders()
        let stream: RowStream
        if media == "text/csv" {
            h.add("Content-Type", "text/csv; charset=utf-8; header=present")
            stream = RowStream(range: offset..<max(offset, end), header: Array(list.csvHeader.utf8)) { i, out in
                out.append(contentsOf: list.csv(i).utf8)
            }
        } else {
            h.add("Content-Type", "application/x-ndjson")
            stream = RowStream(range: offset..<max(offset, end), header: nil) { i, out in
                var w = JSONWriter(capacity: 512)
                list.json(&w, i)
                out.append(contentsOf: w.bytes)
                out.append(0x0A)
            }
        }
        h.add("Cache-Control", "public, max-age=60")
        h.add("Vary", "Accept, Accept-Encoding")
        h.add("X-Total-Count", String(list.count))
        if Negotiation.acceptsGzip(c.request.headers["Accept-Encoding"]), let packed = GzipStream(stream) {
            h.add("Content-Encoding", "gzip")
            return Response(status: .ok, headers: h, body: .stream(packed))
        }
        return Response(status: .ok, headers: h, body: .stream(stream))
    }

    // MARK: - Other views

    static func search(_ c: Context) throws(APIError) -> Built {
        let s = c.snapshot
        guard let q = c.params["q"] else { throw APIError.badParameter("q", "is required: the words to search for") }
        // A query with no searchable words (punctuation, stop words only) matches nothing: an
        // empty page with `terms: []`, like the `q` filter of the list endpoints.
        let query = s.searchIndex.terms(q)
        let kinds = try c.set("type", EntityKind.self, allowed: EntityKind.allCases.map(\.rawValue))
        var hits = query.isEmpty ? [] : s.searchIndex.hits(query)
        // facets count every hit, whatever `type` keeps: kinds, then stances, then no stance
        let stanceList = Self.stanceList
        // appended, not `Array(repeating:count:)`, whose allocation takes the stdlib's
        // unspecialized path (a run-time metadata lookup, ~700 instructions)
        var counts: [Int] = []
        counts.reserveCapacity(4 + stanceList.count + 1)
        for _ in 0..<(4 + stanceList.count + 1) { counts.append(0) }
        counts.withUnsafeMutableBufferPointer { counts in
            s.claims.withUnsafeBufferPointer { claims in
                hits.withUnsafeBufferPointer { hits in
                    for h in hits {
                        counts[h.kind.order] += 1
                        if h.kind == .claim {
                            let stance = claims[h.ordinal].stance
                            var i = 0
                            while i < stanceList.count && stanceList[i] != stance { i += 1 }
                            counts[4 + i] += 1
                        }
                    }
                }
            }
        }
        if let kinds { hits.removeAll { !kinds.contains($0.kind) } }
        let offset = try c.offset(), limit = try c.limit()
        let end = min(hits.count, offset + limit)
        SearchIndex.rank(&hits, best: end)
        // sized for the page: the hits' fixed JSON plus room for a snippet each, so the body
        // seldom grows, and is close to its size when the response cache keeps it
        var size = 320 + 2 * q.utf8.count + query.byteCount
        if offset < end { for h in hits[offset..<end] { size += c.searchFragments.length(h) + 600 } }
        var w = JSONWriter(capacity: size)
        w.raw(literal: #"{"query":"#); w.string(q)
        w.raw(literal: #","terms":["#)
        query.forEachTerm { w.string(utf8: $0) }
        w.raw(literal: #"],"data":["#)
        if offset < end {
            for h in hits[offset..<end] {
                // {"type":…,"id":…,"title":…,"snippet":"…","score":…,"url":…}, the snippet
                // copied from the snapshot's escaped texts
                w.separator()
                c.searchFragments.head(h, into: &w)  // ends with the snippet's opening quote
                w.appendRaw { s.searchIndex.writeSnippetJSON(h, query, into: &$0) }
                w.fixed4(h.score, after: #"","score":"#)  // the closing quote, then the score
                c.searchFragments.tail(h, into: &w)
            }
        }
        w.raw(literal: #"],"total":"#); w.int(hits.count)
        w.raw(literal: #","limit":"#); w.int(limit)
        w.raw(literal: #","next_cursor":"#)
        var link: String?
        if end < hits.count {
            let next = Cursor.encode(offset: end, generation: s.generation)
            w.string(next)
            link = Endpoints.nextLink(c, cursor: next)
        } else {
            w.null()
        }
        // `,"facets":{"type":{"claim":N,…},"claim_stance":{"support":N,…,"none":N}}}`: the
        // fixed text around the counts is written once (`facetText`); text and counts go
        // through a stack buffer into one append
        let facetText = Self.facetText
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.facetTextLength + 20 * counts.count) { buffer in
            var p = buffer.baseAddress!
            for (i, text) in facetText.enumerated() {
                text.withUnsafeBufferPointer { p.initialize(from: $0.baseAddress!, count: $0.count) }
                p += text.count
                if i < counts.count {
                    var v = counts[i], scale = 1
                    while scale <= v / 10 { scale *= 10 }
                    while scale > 0 { p.initialize(to: UInt8(48 + v / scale % 10)); p += 1; v %= scale; scale /= 10 }
                }
            }
            w.rawBytes(UnsafeBufferPointer(start: buffer.baseAddress!, count: p - buffer.baseAddress!))
        }
        return Built(body: w.bytes, link: link)
    }

    static let facetTextLength = facetText.reduce(0) { $0 + $1.count }

    /// `<path?canonical query with this cursor>; rel="next"`, written as bytes.
    static func nextLink(_ c: Context, cursor: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(c.path.utf8.count + 96)
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: c.path.utf8)
        out.append(UInt8(ascii: "?"))
        c.params.canonical(into: &out, setting: ("cursor", cursor))
        out.append(contentsOf: ">; rel=\"next\"".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// `Stance.allCases`, built once (the synthesized property builds an array per use).
    static let stanceList = Stance.allCases

    /// The search page's facets object around its counts: text i comes before count i (kinds
    /// in `EntityKind` order, stances, no stance); the last closes it and the page.
    static let facetText: [[UInt8]] = {
        let kinds = EntityKind.allCases.map(\.rawValue), stances = stanceList.map(\.rawValue) + ["none"]
        var texts: [String] = []
        for (i, k) in kinds.enumerated() { texts.append((i == 0 ? #","facets":{"type":{"# : ",") + "\"\(k)\":") }
        for (i, s) in stances.enumerated() { texts.append((i == 0 ? #"},"claim_stance":{"# : ",") + "\"\(s)\":") }
        texts.append("}}}")
        return texts.map { Array($0.utf8) }
    }()

    static func graph(_ c: Context) throws(APIError) -> Built {
        var affiliations = true
        if let raw = c.params["affiliations"] {
            guard raw == "true" || raw == "false" else {
                throw APIError.badParameter("affiliations", "must be true or false (got '\(raw)')")
            }
            affiliations = raw == "true"
        }
        let g = c.snapshot.graph(actor: c.params["actor"], proposal: c.params["proposal"], includeAffiliations: affiliations)
        var w = JSONWriter(capacity: 8192)
        w.beginObject()
        w.key("nodes"); w.beginArray()
        for n in g.nodes {
            w.beginObject()
            w.field("id", n.id); w.field("title", n.title); w.field("subtitle", n.subtitle); w.field("kind", n.kind)
            w.field("mainstat", n.mainstat); w.field("secondarystat", n.secondarystat); w.field("color", n.color)
            w.endObject()
        }
        w.endArray()
        w.key("edges"); w.beginArray()
        for e in g.edges {
            w.beginObject()
            w.field("id", e.id); w.field("source", e.source); w.field("target", e.target)
            w.field("relation", e.relation); w.field("detail__relation", e.relation)
            w.field("mainstat", e.mainstat); w.field("color", e.color)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return Built(body: w.bytes)
    }

    static func stats(_ c: Context) -> Built {
        let s = c.snapshot
        let st = s.stats()
        var w = JSONWriter(capacity: 4096)
        func facet(_ name: String, _ list: [(String, Int)]) {
            w.key(name); w.beginArray()
            for (v, n) in list { w.beginObject(); w.field("value", v); w.field("count", n); w.endObject() }
            w.endArray()
        }
        w.beginObject()
        w.field("generation", Int(s.generation))
        w.key("counts"); w.beginObject()
        for (k, n) in st.counts { w.field(k, n) }
        w.endObject()
        w.key("facets"); w.beginObject()
        facet("claims_by_kind", st.claimsByKind)
        facet("claims_by_stance", st.claimsByStance)
        facet("claims_by_month", st.claimsByMonth)
        facet("actors_by_type", st.actorsByType)
        facet("documents_by_outlet", st.documentsByOutlet)
        w.endObject()
        w.key("top_speakers"); w.beginArray()
        for (id, name, n) in st.topSpeakers {
            w.beginObject(); w.field("id", id); w.field("name", name); w.field("claim_count", n); w.endObject()
        }
        w.endArray()
        w.key("proposals"); w.beginArray()
        for (id, name, n, sup, opp, cond) in st.proposals {
            w.beginObject(); w.field("id", id); w.field("name", name); w.field("claim_count", n)
            w.field("supporters", sup); w.field("opponents", opp); w.field("conditional", cond); w.endObject()
        }
        w.endArray()
        w.endObject()
        return Built(body: w.bytes)
    }
}

extension Context {
    /// `from` and `to`, each validated; `empty` when `from` is after `to` (at the coarser of the
    /// two precisions). Such a range selects nothing: a 200 with no rows rather than a 400,
    /// because the contract cannot express a constraint between two parameters and an empty
    /// range has a well-defined answer.
    func dateRange() throws(APIError) -> (from: String?, to: String?, empty: Bool) {
        let f = try date("from"), t = try date("to")
        if let f, let t, !PartialDate.onOrBefore(f, t) { return (f, t, true) }
        return (f, t, false)
    }
}

/// A streamed body: rows written in chunks of about 32 KiB, produced only when the engine
/// asks for the next chunk.
final class RowStream: BodyStream {
    private var position: Int
    private let end: Int
    private var header: [UInt8]?
    private let write: (Int, inout [UInt8]) -> Void
    static let chunkSize = 32 * 1024

    init(range: Range<Int>, header: [UInt8]?, write: @escaping (Int, inout [UInt8]) -> Void) {
        position = range.lowerBound; end = range.upperBound; self.header = header; self.write = write
    }

    func next() -> [UInt8]? {
        var out = header ?? []
        header = nil
        while position < end && out.count < Self.chunkSize {
            write(position, &out)
            position += 1
        }
        return out.isEmpty ? nil : out
    }
}
