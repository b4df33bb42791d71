import Foundation
import HTTP
import Testing
@testable import API

@Suite struct EndpointTests {
    let h = Harness()

    @Test func rootIsAMapOfLinks() throws {
        let r = h.get("/")
        #expect(r.status == .ok)
        #expect(r.headers["Content-Type"] == "application/json")
        let links = try #require(json(r)["links"] as? [String: String])
        #expect(links["claims"] == "/v1/claims" && links["claim"] == "/v1/claims/{id}" && links["metrics"] == "/metrics")
        #expect(links.count == APIHandler.routeTemplates.count - 1)
    }

    @Test func rootServesTheDashboardToBrowsers() {
        let r = h.get("/", [("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")])
        #expect(r.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(text(r).contains("/v1/stances"))
        #expect(h.get("/", [("Accept", "*/*")]).headers["Content-Type"] == "application/json")
    }

    @Test func healthAndReadiness() throws {
        let r = h.get("/healthz")
        #expect(r.status == .ok && text(r) == #"{"status":"ok"}"#)
        #expect(r.headers["Cache-Control"] == "no-store")
        let notReady = Harness(ready: false)
        let nr = notReady.get("/readyz")
        #expect(nr.status == .serviceUnavailable)
        #expect(nr.headers["Content-Type"] == "application/problem+json")
        #expect(json(nr)["status"] as? Int == 503)
        notReady.lifecycle.markReady()
        #expect(notReady.get("/readyz").status == .ok)
        notReady.lifecycle.markDraining()
        #expect(notReady.get("/readyz").status == .serviceUnavailable)
        #expect((json(notReady.get("/readyz"))["detail"] as? String)?.contains("draining") == true)
    }

    @Test func openAPIIsServedAsGiven() {
        let r = h.get("/openapi.yaml")
        #expect(r.status == .ok && bodyBytes(r) == Harness.yaml)
        #expect(r.headers["Content-Type"] == "application/yaml")
        #expect(h.get("/openapi.yaml", [("Accept", "text/plain")]).headers["Content-Type"] == "text/plain; charset=utf-8")
    }

    @Test func metricsCountRequestsAndReadTheEngineCounters() {
        h.stats.openConnections.store(3, ordering: .relaxed)
        h.stats.bytesIn.store(1234, ordering: .relaxed)
        _ = h.get("/v1/claims")
        _ = h.get("/v1/claims")
        _ = h.get("/v1/claims?limit=0")
        _ = h.get("/nowhere")
        let r = h.get("/metrics")
        let m = text(r)
        #expect(r.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8")
        #expect(r.headers["Cache-Control"] == "no-store")
        #expect(m.contains(#"parley_http_requests_total{route="/v1/claims",method="GET",status="200"} 2"#))
        #expect(m.contains(#"parley_http_requests_total{route="/v1/claims",method="GET",status="400"} 1"#))
        #expect(m.contains(#"parley_http_requests_total{route="unmatched",method="GET",status="404"} 1"#))
        #expect(m.contains(#"parley_http_request_duration_seconds_bucket{route="/v1/claims",le="+Inf"} 3"#))
        #expect(m.contains(#"parley_http_request_duration_seconds_count{route="/v1/claims"} 3"#))
        #expect(m.contains("parley_open_connections 3\n"))
        #expect(m.contains("parley_bytes_received_total 1234\n"))
        #expect(m.contains(#"parley_index_items{kind="claims"} 10"#))
        #expect(m.contains(#"parley_build_info{version="1.2.3",commit="abc123""#))
        #expect(m.contains("parley_response_cache_hits_total 1\n"))
        // every sample line is "name{labels} value" or "name value"
        for line in m.split(separator: "\n") where !line.hasPrefix("#") {
            #expect(line.split(separator: " ").count == 2, "bad line: \(line)")
        }
    }

    @Test func documents() throws {
        #expect(dataIDs(h.get("/v1/documents")) == ["doc-a", "doc-b", "doc-c"])
        let first = try #require((json(h.get("/v1/documents"))["data"] as? [[String: Any]])?.first)
        #expect(first["word_count"] as? Int == 45 && first["claim_count"] as? Int == 3 && first["published"] as? String == "2025-02-17")
        #expect(first["text"] == nil)
        #expect(dataIDs(h.get("/v1/documents?outlet=Example%20Times")) == ["doc-a", "doc-c"])
        #expect(dataIDs(h.get("/v1/documents?from=2025-03&to=2025-03-10")) == ["doc-b"])
        #expect(dataIDs(h.get("/v1/documents?q=moscow")) == ["doc-c"])
    }

    @Test func documentDetailHasTextAndClaimSpans() throws {
        let d = json(h.get("/v1/documents/doc-b"))
        let textValue = try #require(d["text"] as? String)
        let claims = try #require(d["claims"] as? [[String: Any]])
        #expect(claims.map { $0["id"] as? String } == ["c4", "c5", "c6"])
        let scalars = Array(textValue.unicodeScalars)
        for c in claims {
            let s = c["start"] as! Int, e = c["end"] as! Int
            let piece = String(String.UnicodeScalarView(scalars[s..<e]))
            #expect(json(h.get("/v1/claims/\(c["id"] as! String)"))["text"] as? String == piece)
        }
        #expect((d["events"] as? [[String: Any]])?.map { $0["id"] as? String } == ["e2"])
        // mention spans (DESIGN §3): type, id and offsets that slice the served text to the name
        let mentions = try #require(d["mentions"] as? [[String: Any]])
        #expect(mentions.map { "\($0["type"] as? String ?? "-") \($0["id"] as? String ?? "-")" }
                == ["actor keir-starmer", "proposal reassurance_force", "actor emmanuel-macron"])
        #expect(mentions.map { String(String.UnicodeScalarView(scalars[($0["start"] as! Int)..<($0["end"] as! Int)])) }
                == ["Starmer", "coalition of the willing", "Macron"])
    }

    @Test func actors() throws {
        #expect(dataIDs(h.get("/v1/actors?type=person")) == ["keir-starmer", "emmanuel-macron", "sergey-lavrov"])
        #expect(dataIDs(h.get("/v1/actors?type=group,anonymous")) == ["analysts", "anonymous-official"])
        #expect(dataIDs(h.get("/v1/actors?q=Kremlin")) == ["russia"])
        #expect(dataIDs(h.get("/v1/actors?type=country&sort=-mention_count")) == ["russia", "united-kingdom", "france"])
        let a = try #require((json(h.get("/v1/actors?q=macron"))["data"] as? [[String: Any]])?.first)
        #expect(a["aliases"] as? [String] == ["Macron"] && a["country_id"] as? String == "france" && a["type"] as? String == "person")
    }

    @Test func actorDetail() throws {
        let a = json(h.get("/v1/actors/emmanuel-macron"))
        #expect(a["roles"] as? [String] == ["President"])
        #expect((a["affiliation"] as? [String: Any])?["id"] as? String == "france")
        let counts = try #require(a["counts"] as? [String: Any])
        #expect(counts["claims"] as? Int == 3)
        #expect((counts["by_stance"] as? [String: Int])?["conditional"] == 1)
        #expect((a["claims"] as? [[String: Any]])?.map { $0["id"] as? String } == ["c2", "c5", "c9"])
        let stances = try #require(a["stances"] as? [[String: Any]])
        let rf = try #require(stances.first { $0["proposal_id"] as? String == "reassurance_force" })
        #expect(rf["stance"] as? String == "support")
        #expect((rf["changes"] as? [[String: Any]])?.count == 2)
        let country = json(h.get("/v1/actors/russia"))
        #expect((country["members"] as? [[String: Any]])?.map { $0["id"] as? String } == ["sergey-lavrov"])
        #expect(country["affiliation"] is NSNull)
    }

    @Test func claimsAndEveryFilter() {
        #expect(dataIDs(h.get("/v1/claims")) == (1...10).map { "c\($0)" })
        #expect(dataIDs(h.get("/v1/claims?speaker=keir-starmer")) == ["c1", "c4", "c10"])
        #expect(dataIDs(h.get("/v1/claims?proposal=us_backstop")) == ["c5", "c8", "c10"])
        #expect(dataIDs(h.get("/v1/claims?document=doc-a")) == ["c1", "c2", "c3"])
        #expect(dataIDs(h.get("/v1/claims?kind=partial")) == ["c4"])
        #expect(dataIDs(h.get("/v1/claims?stance=oppose")) == ["c3", "c7", "c8"])
        #expect(dataIDs(h.get("/v1/claims?stance=none")) == ["c6"])
        #expect(dataIDs(h.get("/v1/claims?stance=support,conditional&speaker=emmanuel-macron")) == ["c2", "c5", "c9"])
        #expect(dataIDs(h.get("/v1/claims?q=European+troops")) == ["c2"])
        #expect(dataIDs(h.get("/v1/claims?q=European%20troops")) == ["c2"])
        #expect(dataIDs(h.get("/v1/claims?from=2025-03-20")) == ["c7", "c8", "c9", "c10"])
        #expect(dataIDs(h.get("/v1/claims?to=2025-02")) == ["c1", "c2", "c3"])
        #expect(dataIDs(h.get("/v1/claims?sort=-published&limit=4")) == ["c7", "c8", "c9", "c10"])
        #expect(dataIDs(h.get("/v1/claims?sort=speaker&limit=2")) == ["c8", "c6"])
        #expect(dataIDs(h.get("/v1/claims?speaker=")) .count == 10)  // empty value = absent
    }

    @Test func claimDetail() throws {
        let c = json(h.get("/v1/claims/c5"))
        #expect(c["kind"] as? String == "direct" && c["stance"] as? String == "conditional" && c["cue"] as? String == "said")
        #expect(c["proposal_ids"] as? [String] == ["reassurance_force", "us_backstop"])
        #expect((c["speaker"] as? [String: Any])?["name"] as? String == "Emmanuel Macron")
        #expect((c["document"] as? [String: Any])?["outlet"] as? String == "Daily Sample")
        #expect((c["proposals"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Reassurance force", "US backstop"])
        #expect(json(h.get("/v1/claims/c6"))["stance"] is NSNull)
    }

    @Test func proposals() throws {
        #expect(dataIDs(h.get("/v1/proposals")) == ["reassurance_force", "us_backstop"])
        #expect(dataIDs(h.get("/v1/proposals?q=peacekeeping")) == ["reassurance_force"])
        let p = json(h.get("/v1/proposals/reassurance_force"))
        #expect(p["opponent_ids"] as? [String] == ["sergey-lavrov"])
        let fig = try #require((p["figures"] as? [[String: Any]])?.first)
        #expect(fig["value"] as? Int == 30000 && fig["unit"] as? String == "troops")
        #expect((p["claims"] as? [[String: Any]])?.count == 7)
        #expect((p["stances"] as? [[String: Any]])?.count == 3)
        #expect(p["first_seen"] as? String == "2025-02-17")
    }

    @Test func stanceMatrix() throws {
        let m = json(h.get("/v1/stances"))
        #expect(m["total"] as? Int == 7)
        #expect((m["proposals"] as? [[String: Any]])?.map { $0["id"] as? String } == ["reassurance_force", "us_backstop"])
        let opp = json(h.get("/v1/stances?stance=oppose"))
        #expect((opp["data"] as? [[String: Any]])?.map { $0["actor_id"] as? String } == ["sergey-lavrov", "anonymous-official"])
        let cell = try #require((json(h.get("/v1/stances?actor=emmanuel-macron&proposal=reassurance_force"))["data"] as? [[String: Any]])?.first)
        let evidence = try #require(cell["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["stance"] as? String } == ["support", "conditional", "support"])
        #expect(evidence.map { $0["claim_ids"] as? [String] } == [["c2"], ["c5"], ["c9"]])
        let changes = try #require(cell["changes"] as? [[String: Any]])
        #expect(changes.map { $0["to"] as? String } == ["conditional", "support"])
        #expect(changes.last?["date"] as? String == "2025-03-20")
        // as of 2025-03-05 Macron's latest evidence is the conditional one of 2025-03-02
        let asOf = try #require((json(h.get("/v1/stances?actor=emmanuel-macron&proposal=reassurance_force&to=2025-03-05"))["data"] as? [[String: Any]])?.first)
        #expect(asOf["stance"] as? String == "conditional" && (asOf["evidence"] as? [Any])?.count == 2)
        #expect((asOf["changes"] as? [Any])?.count == 1)
        // nothing before February: no cells
        #expect(json(h.get("/v1/stances?to=2025-01"))["total"] as? Int == 0)
        #expect(json(h.get("/v1/stances?from=2025-03-20&stance=support"))["total"] as? Int == 1)  // c9
    }

    @Test func stanceMatrixPagesLikeEveryList() throws {
        let all = try #require(json(h.get("/v1/stances"))["data"] as? [[String: Any]])
        let first = h.get("/v1/stances?limit=3")
        let p1 = json(first)
        #expect(p1["total"] as? Int == all.count && p1["limit"] as? Int == 3)
        let rows1 = try #require(p1["data"] as? [[String: Any]])
        let cursor = try #require(p1["next_cursor"] as? String)
        #expect(first.headers["Link"]?.contains("cursor=\(cursor)") == true)
        // the sidecar names exactly the actors and proposals of the page's cells
        let pageActors = (p1["actors"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        var expected: [String] = []
        for r in rows1 { if let a = r["actor_id"] as? String, !expected.contains(a) { expected.append(a) } }
        #expect(pageActors == expected)
        // pages concatenate to the whole matrix, in order, and the last has no next cursor
        var ids = rows1.map { "\($0["actor_id"]!)|\($0["proposal_id"]!)" }
        var next: String? = cursor
        while let c = next {
            let page = json(h.get("/v1/stances?limit=3&cursor=\(c)"))
            ids += (page["data"] as? [[String: Any]] ?? []).map { "\($0["actor_id"]!)|\($0["proposal_id"]!)" }
            next = page["next_cursor"] as? String
        }
        #expect(ids == all.map { "\($0["actor_id"]!)|\($0["proposal_id"]!)" })
        // a cursor issued by a longer list (claims) points past the matrix's end: an empty page,
        // not a crash (schemathesis found this one)
        let claims = json(h.get("/v1/claims?limit=8"))
        let far = try #require(claims["next_cursor"] as? String)
        let past = h.get("/v1/stances?cursor=\(far)")
        #expect(past.status == .ok)
        #expect((json(past)["data"] as? [Any])?.isEmpty == true && (json(past)["actors"] as? [Any])?.isEmpty == true)
        // streamed like the other lists: a CSV header plus one line per cell
        let csv = text(h.get("/v1/stances?format=csv"))
        #expect(csv.hasPrefix("actor_id,actor_name,proposal_id,proposal_name,stance,claim_count,"))
        #expect(csv.split(separator: "\r\n").count == all.count + 1)
        #expect(csv.contains("emmanuel-macron,Emmanuel Macron,reassurance_force,"))
    }

    @Test func timeline() {
        let all = h.get("/v1/timeline?limit=1000")
        #expect(json(all)["total"] as? Int == 12)
        let dates = (json(all)["data"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
        #expect(dataIDs(h.get("/v1/timeline?actor=keir-starmer")) == ["e1", "c1", "e2", "c4", "c10"])
        #expect(dataIDs(h.get("/v1/timeline?proposal=us_backstop")) == ["c5", "c8", "c10"])
        #expect(dataIDs(h.get("/v1/timeline?type=event")) == ["e1", "e3", "e2"])
        #expect(dataIDs(h.get("/v1/timeline?from=2025-02-18&to=2025-03-02&type=claim")) == ["c4", "c5"])
        #expect(dataIDs(h.get("/v1/timeline?type=event&limit=1"), key: "type") == ["event"])
    }

    @Test func searchRanksAndHighlights() throws {
        let r = json(h.get("/v1/search?q=backstop"))
        let hits = try #require(r["data"] as? [[String: Any]])
        #expect(Set(hits.compactMap { $0["type"] as? String }) == ["claim", "document", "proposal"])
        #expect(hits.allSatisfy { ($0["snippet"] as? String)?.lowercased().contains("<mark>backstop</mark>") == true })
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >) && scores.count == hits.count)
        let facets = try #require((r["facets"] as? [String: Any])?["type"] as? [String: Int])
        #expect(facets["proposal"] == 1 && facets["actor"] == 0)
        let stanceFacet = try #require((r["facets"] as? [String: Any])?["claim_stance"] as? [String: Int])
        #expect(stanceFacet["oppose"] == 1 && stanceFacet["conditional"] == 1 && stanceFacet.values.reduce(0, +) == facets["claim"])
        let onlyClaims = json(h.get("/v1/search?q=backstop&type=claim"))
        #expect((onlyClaims["data"] as? [[String: Any]])?.allSatisfy { $0["type"] as? String == "claim" } == true)
        #expect(onlyClaims["total"] as? Int == facets["claim"])
        #expect((hits.first { $0["type"] as? String == "proposal" })?["url"] as? String == "/v1/proposals/us_backstop")
    }

    @Test func graphIsGrafanaShaped() throws {
        let g = json(h.get("/v1/graph"))
        let nodes = try #require(g["nodes"] as? [[String: Any]])
        let edges = try #require(g["edges"] as? [[String: Any]])
        #expect(nodes.allSatisfy { $0["id"] is String && $0["title"] is String && $0["mainstat"] is Int })
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        #expect(edges.allSatisfy { ids.contains($0["source"] as! String) && ids.contains($0["target"] as! String) })
        #expect(edges.contains { $0["source"] as? String == "sergey-lavrov" && $0["detail__relation"] as? String == "oppose" })
        let noAff = json(h.get("/v1/graph?affiliations=false"))
        #expect((noAff["edges"] as? [[String: Any]])?.contains { $0["relation"] as? String == "affiliation" } == false)
        #expect((json(h.get("/v1/graph?proposal=us_backstop"))["edges"] as? [[String: Any]])?.count == 4)
    }

    @Test func statsForDashboards() throws {
        let s = json(h.get("/v1/stats"))
        let counts = try #require(s["counts"] as? [String: Int])
        #expect(counts == ["documents": 3, "actors": 8, "claims": 10, "proposals": 2, "events": 3])
        let facets = try #require(s["facets"] as? [String: [[String: Any]]])
        #expect(facets["claims_by_month"]?.map { $0["value"] as? String } == ["2025-02", "2025-03"])
        #expect((s["top_speakers"] as? [[String: Any]])?.first?["claim_count"] as? Int == 3)
        #expect((s["proposals"] as? [[String: Any]])?.first?["opponents"] as? Int == 1)
    }

    @Test func unknownIDsAre404() {
        for path in ["/v1/documents/nope", "/v1/actors/nope", "/v1/claims/nope", "/v1/proposals/nope"] {
            let r = h.get(path)
            #expect(r.status == .notFound, "\(path)")
            #expect(r.headers["Content-Type"] == "application/problem+json")
            #expect((json(r)["detail"] as? String)?.contains("'nope'") == true)
        }
        #expect(h.get("/v1/actors/keir%2Dstarmer").status == .ok)  // the id segment is percent-decoded
    }
}
