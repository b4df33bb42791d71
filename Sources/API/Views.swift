import Corpus
import Index

/// JSON views of the model: the field names of the contract (DESIGN §3, openapi.yaml).
enum Views {
    static func document(_ w: inout JSONWriter, _ d: Document) {
        w.beginObject()
        w.field("id", d.id); w.field("file", d.file); w.field("title", d.title); w.field("outlet", d.outlet)
        w.field("author", d.author); w.field("published", d.published); w.field("precision", d.precision?.rawValue)
        w.field("word_count", d.wordCount); w.field("claim_count", d.claimCount)
        w.endObject()
    }

    static func documentDetail(_ w: inout JSONWriter, _ d: Document, in s: Snapshot) {
        document(&w, d)
        w.reopenObject()
        w.field("text", d.text)
        w.key("claims"); w.beginArray()
        for c in s.claims(ofDocument: d.id) {
            w.beginObject()
            w.field("id", c.id); w.field("start", c.start); w.field("end", c.end); w.field("kind", c.kind.rawValue)
            w.field("speaker_id", c.speakerID); w.field("speaker_name", c.speakerName)
            w.field("stance", c.stance?.rawValue); w.field("proposal_ids", c.proposalIDs)
            w.endObject()
        }
        w.endArray()
        w.key("events"); w.beginArray()
        for e in s.events(ofDocument: d.id) { event(&w, e) }
        w.endArray()
        w.key("mentions"); w.beginArray()
        for m in d.mentions {
            w.beginObject()
            w.field("type", m.type.rawValue); w.field("id", m.id); w.field("start", m.start); w.field("end", m.end)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func actorRef(_ w: inout JSONWriter, _ a: Actor) {
        w.beginObject(); w.field("id", a.id); w.field("name", a.name); w.field("type", a.type.rawValue); w.endObject()
    }

    static func actor(_ w: inout JSONWriter, _ a: Actor) {
        w.beginObject()
        w.field("id", a.id); w.field("name", a.name); w.field("type", a.type.rawValue); w.field("aliases", a.aliases)
        w.field("roles", a.roles); w.field("country_id", a.countryID); w.field("mention_count", a.mentionCount)
        w.field("claim_count", a.claimCount); w.field("document_ids", a.documentIDs)
        w.endObject()
    }

    static func actorDetail(_ w: inout JSONWriter, _ a: Actor, in s: Snapshot) {
        actor(&w, a)
        w.reopenObject()
        w.key("affiliation")
        if let c = a.countryID, c != a.id, let country = s.actor(id: c) { actorRef(&w, country) } else { w.null() }
        w.key("members"); w.beginArray()
        for m in s.members(ofCountry: a.id) { actorRef(&w, m) }
        w.endArray()
        let claims = s.claims(bySpeaker: a.id)
        w.key("counts"); w.beginObject()
        w.field("claims", claims.count); w.field("mentions", a.mentionCount); w.field("documents", a.documentIDs.count)
        w.key("by_kind"); w.beginObject()
        for k in ClaimKind.allCases { w.field(k.rawValue, claims.filter { $0.kind == k }.count) }
        w.endObject()
        w.key("by_stance"); w.beginObject()
        for st in Stance.allCases { w.field(st.rawValue, claims.filter { $0.stance == st }.count) }
        w.endObject()
        w.endObject()
        w.key("claims"); w.beginArray()
        for c in claims { claim(&w, c) }
        w.endArray()
        w.key("stances"); w.beginArray()
        for cell in s.stances(ofActor: a.id) { stanceCell(&w, cell, in: s) }
        w.endArray()
        w.endObject()
    }

    static func claim(_ w: inout JSONWriter, _ c: Claim) {
        w.beginObject()
        w.field("id", c.id); w.field("document_id", c.documentID); w.field("speaker_id", c.speakerID)
        w.field("speaker_name", c.speakerName); w.field("kind", c.kind.rawValue); w.field("text", c.text)
        w.field("cue", c.cue); w.field("sentence", c.sentence); w.field("start", c.start); w.field("end", c.end)
        w.field("published", c.published); w.field("proposal_ids", c.proposalIDs); w.field("stance", c.stance?.rawValue)
        w.field("corroborated_by", c.corroboratedBy)
        w.endObject()
    }

    static func claimDetail(_ w: inout JSONWriter, _ c: Claim, in s: Snapshot) {
        claim(&w, c)
        w.reopenObject()
        w.key("speaker")
        if let a = s.actor(id: c.speakerID) { actorRef(&w, a) } else { w.null() }
        w.key("document")
        if let d = s.document(id: c.documentID) {
            w.beginObject(); w.field("id", d.id); w.field("title", d.title); w.field("outlet", d.outlet)
            w.field("published", d.published); w.endObject()
        } else { w.null() }
        w.key("proposals"); w.beginArray()
        for id in c.proposalIDs {
            w.beginObject(); w.field("id", id); w.field("name", s.proposal(id: id)?.name); w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func proposal(_ w: inout JSONWriter, _ p: Proposal) {
        w.beginObject()
        w.field("id", p.id); w.field("name", p.name); w.field("aliases", p.aliases)
        w.field("proponent_ids", p.proponentIDs); w.field("supporter_ids", p.supporterIDs)
        w.field("opponent_ids", p.opponentIDs); w.field("conditional_ids", p.conditionalIDs)
        w.key("figures"); w.beginArray()
        for f in p.figures {
            w.beginObject(); w.field("value", double: f.value); w.field("unit", f.unit); w.field("text", f.text)
            w.field("document_id", f.documentID); w.endObject()
        }
        w.endArray()
        w.field("document_ids", p.documentIDs); w.field("claim_count", p.claimCount)
        w.field("first_seen", p.firstSeen); w.field("last_seen", p.lastSeen)
        w.endObject()
    }

    static func proposalDetail(_ w: inout JSONWriter, _ p: Proposal, in s: Snapshot) {
        proposal(&w, p)
        w.reopenObject()
        w.key("stances"); w.beginArray()
        for cell in s.stances(ofProposal: p.id) { stanceCell(&w, cell, in: s) }
        w.endArray()
        w.key("claims"); w.beginArray()
        for c in s.claims(aboutProposal: p.id) { claim(&w, c) }
        w.endArray()
        w.endObject()
    }

    static func event(_ w: inout JSONWriter, _ e: Event) {
        w.beginObject()
        w.field("id", e.id); w.field("date", e.date); w.field("precision", e.precision.rawValue); w.field("text", e.text)
        w.field("document_id", e.documentID); w.field("actor_ids", e.actorIDs); w.field("start", e.start); w.field("end", e.end)
        w.endObject()
    }

    static func stanceCell(_ w: inout JSONWriter, _ c: StanceCell, in s: Snapshot) {
        w.beginObject()
        w.field("actor_id", c.actorID); w.field("actor_name", s.actor(id: c.actorID)?.name)
        w.field("proposal_id", c.proposalID); w.field("proposal_name", s.proposal(id: c.proposalID)?.name)
        w.field("stance", c.stance.rawValue); w.field("claim_count", c.claimCount)
        w.field("first_seen", c.firstSeen); w.field("last_seen", c.lastSeen)
        w.key("evidence"); w.beginArray()
        for e in c.evidence {
            w.beginObject(); w.field("date", e.date); w.field("stance", e.stance.rawValue)
            w.field("document_id", e.documentID); w.field("claim_ids", e.claimIDs); w.endObject()
        }
        w.endArray()
        w.key("changes"); w.beginArray()
        for ch in c.changes {
            w.beginObject(); w.field("date", ch.date); w.field("from", ch.from.rawValue); w.field("to", ch.to.rawValue)
            w.field("document_id", ch.documentID); w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// The actors and proposals a page of matrix cells names, each once, in cell order: a
    /// dashboard draws the matrix's axes from them without fetching every actor.
    static func stanceReferences(_ w: inout JSONWriter, _ cells: ArraySlice<StanceCell>, in s: Snapshot) {
        var seenActors = Set<String>(), seenProposals = Set<String>()
        w.key("actors"); w.beginArray()
        for cell in cells where seenActors.insert(cell.actorID).inserted {
            if let a = s.actor(id: cell.actorID) { actorRef(&w, a) }
            else { w.beginObject(); w.field("id", cell.actorID); w.field("name", nil as String?); w.field("type", nil as String?); w.endObject() }
        }
        w.endArray()
        w.key("proposals"); w.beginArray()
        for cell in cells where seenProposals.insert(cell.proposalID).inserted {
            w.beginObject(); w.field("id", cell.proposalID); w.field("name", s.proposal(id: cell.proposalID)?.name); w.endObject()
        }
        w.endArray()
    }

    static func timelineItem(_ w: inout JSONWriter, _ item: TimelineItem) {
        w.beginObject()
        switch item {
        case .event(let e):
            w.field("type", "event"); w.field("id", e.id); w.field("date", e.date); w.field("precision", e.precision.rawValue)
            w.field("text", e.text); w.field("document_id", e.documentID); w.field("actor_ids", e.actorIDs)
        case .claim(let c):
            w.field("type", "claim"); w.field("id", c.id); w.field("date", c.published ?? ""); w.field("precision", nil as String?)
            w.field("text", c.text); w.field("document_id", c.documentID); w.field("actor_ids", [c.speakerID])
            w.field("speaker_name", c.speakerName); w.field("kind", c.kind.rawValue)
            w.field("proposal_ids", c.proposalIDs); w.field("stance", c.stance?.rawValue)
        }
        w.endObject()
    }
}

/// CSV (RFC 4180) rows of the list endpoints: a header line, then one line per item; list
/// fields are joined with "|".
enum CSV {
    static func field(_ s: String?) -> String {
        guard let s else { return "" }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            var out = "\""
            for c in s { out += c == "\"" ? "\"\"" : String(c) }
            return out + "\""
        }
        return s
    }

    static func line(_ fields: [String?]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }
    static func list(_ l: [String]) -> String { l.joined(separator: "|") }

    static let documentHeader = line(["id", "file", "title", "outlet", "author", "published", "word_count", "claim_count"])
    static func document(_ d: Document) -> String {
        line([d.id, d.file, d.title, d.outlet, d.author, d.published, String(d.wordCount), String(d.claimCount)])
    }

    static let actorHeader = line(["id", "name", "type", "aliases", "roles", "country_id", "mention_count", "claim_count", "document_ids"])
    static func actor(_ a: Actor) -> String {
        line([a.id, a.name, a.type.rawValue, list(a.aliases), list(a.roles), a.countryID, String(a.mentionCount),
              String(a.claimCount), list(a.documentIDs)])
    }

    static let claimHeader = line(["id", "document_id", "speaker_id", "speaker_name", "kind", "stance", "published",
                                   "proposal_ids", "cue", "start", "end", "text"])
    static func claim(_ c: Claim) -> String {
        line([c.id, c.documentID, c.speakerID, c.speakerName, c.kind.rawValue, c.stance?.rawValue, c.published,
              list(c.proposalIDs), c.cue, String(c.start), String(c.end), c.text])
    }

    static let proposalHeader = line(["id", "name", "aliases", "proponent_ids", "supporter_ids", "opponent_ids",
                                      "conditional_ids", "document_ids", "claim_count", "first_seen", "last_seen"])
    static func proposal(_ p: Proposal) -> String {
        line([p.id, p.name, list(p.aliases), list(p.proponentIDs), list(p.supporterIDs), list(p.opponentIDs),
              list(p.conditionalIDs), list(p.documentIDs), String(p.claimCount), p.firstSeen, p.lastSeen])
    }

    static let stanceHeader = line(["actor_id", "actor_name", "proposal_id", "proposal_name", "stance", "claim_count",
                                    "first_seen", "last_seen", "change_count", "claim_ids"])
    /// One matrix cell per line; the evidence's claim ids are flattened in date order.
    static func stanceCell(_ c: StanceCell, in s: Snapshot) -> String {
        line([c.actorID, s.actor(id: c.actorID)?.name, c.proposalID, s.proposal(id: c.proposalID)?.name, c.stance.rawValue,
              String(c.claimCount), c.firstSeen, c.lastSeen, String(c.changes.count), list(c.evidence.flatMap(\.claimIDs))])
    }

    static let timelineHeader = line(["type", "id", "date", "document_id", "actor_ids", "stance", "text"])
    static func timelineItem(_ item: TimelineItem) -> String {
        switch item {
        case .event(let e): line(["event", e.id, e.date, e.documentID, list(e.actorIDs), nil, e.text])
        case .claim(let c): line(["claim", c.id, c.published, c.documentID, c.speakerID, c.stance?.rawValue, c.text])
        }
    }
}
