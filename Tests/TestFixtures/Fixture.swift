import Corpus
import Foundation

/// A small hand-made extraction (invented sentences, not the real articles): three documents,
/// eight actors, ten claims, two proposals, three events. It lives in a
/// test support target both IndexTests and APITests depend on.
public enum Fixture {
    /// Unicode scalar offsets of `part` in `text`.
    public static func span(_ text: String, _ part: String) -> (Int, Int) {
        guard let r = text.range(of: part) else { fatalError("fixture: '\(part)' not in text") }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        return (start, start + part.unicodeScalars.count)
    }

    public static let textA = "Leaders weigh a reassurance force. Keir Starmer said: \"We are ready to put British troops on the ground to support a peace deal.\" Emmanuel Macron argued that European troops could be deployed after a ceasefire. Sergey Lavrov warned: \"Any deployment of European soldiers would be unacceptable.\""
    public static let textB = "A summit in London. Starmer spoke of a \"coalition of the willing\" at the Élysée-style meeting. Macron said: \"France will only send forces if there is an American backstop.\" Analysts said a force of 30,000 troops would be too small to deter Russia."
    public static let textC = "Moscow hardens its line. Lavrov said Moscow rejected the idea of peacekeepers under any conditions. An official said: \"The backstop talks are going nowhere.\" Macron said: \"We stand ready to lead the mission.\" Starmer said Britain would not accept a ceasefire without guarantees."

    public static func mention(_ type: MentionSpan.Target, _ id: String, _ text: String, _ part: String) -> MentionSpan {
        let (s, e) = span(text, part)
        return MentionSpan(type: type, id: id, start: s, end: e)
    }

    public static func claim(_ id: String, _ doc: String, _ text: String, _ part: String, _ speaker: String, _ name: String,
                      _ kind: ClaimKind, _ published: String?, _ proposals: [String], _ stance: Stance?,
                      cue: String? = "said") -> Claim {
        let (s, e) = span(text, part)
        return Claim(id: id, documentID: doc, speakerID: speaker, speakerName: name, kind: kind, text: part, cue: cue,
                     sentence: part, start: s, end: e, published: published, proposalIDs: proposals, stance: stance,
                     corroboratedBy: [])
    }

    public static func extraction() -> Extraction {
        let documents = [
            Document(id: "doc-a", file: "seeds/a.txt", title: "Leaders weigh a reassurance force", outlet: "Example Times",
                     author: "A. Writer", published: "2025-02-17", precision: .day, wordCount: 45, claimCount: 3, text: textA),
            Document(id: "doc-b", file: "seeds/b.txt", title: "A summit in London", outlet: "Daily Sample",
                     author: nil, published: "2025-03-02", precision: .day, wordCount: 42, claimCount: 3, text: textB,
                     mentions: [mention(.actor, "keir-starmer", textB, "Starmer"), mention(.proposal, "reassurance_force", textB, "coalition of the willing"),
                                mention(.actor, "emmanuel-macron", textB, "Macron")]),
            Document(id: "doc-c", file: "seeds/c.txt", title: "Moscow hardens its line", outlet: "Example Times",
                     author: "B. Writer", published: "2025-03-20", precision: .day, wordCount: 48, claimCount: 4, text: textC),
        ]
        let actors = [
            Actor(id: "keir-starmer", name: "Keir Starmer", type: .person, aliases: ["Starmer"], roles: ["Prime Minister"],
                  countryID: "united-kingdom", mentionCount: 4, claimCount: 3, documentIDs: ["doc-a", "doc-b", "doc-c"]),
            Actor(id: "united-kingdom", name: "United Kingdom", type: .country, aliases: ["UK", "Britain"], roles: [],
                  countryID: nil, mentionCount: 2, claimCount: 0, documentIDs: ["doc-a", "doc-c"]),
            Actor(id: "emmanuel-macron", name: "Emmanuel Macron", type: .person, aliases: ["Macron"], roles: ["President"],
                  countryID: "france", mentionCount: 3, claimCount: 3, documentIDs: ["doc-a", "doc-b", "doc-c"]),
            Actor(id: "france", name: "France", type: .country, aliases: [], roles: [], countryID: nil, mentionCount: 1,
                  claimCount: 0, documentIDs: ["doc-b"]),
            Actor(id: "russia", name: "Russia", type: .country, aliases: ["Kremlin", "Moscow"], roles: [], countryID: nil,
                  mentionCount: 3, claimCount: 0, documentIDs: ["doc-b", "doc-c"]),
            Actor(id: "sergey-lavrov", name: "Sergey Lavrov", type: .person, aliases: ["Lavrov"], roles: ["Foreign Minister"],
                  countryID: "russia", mentionCount: 2, claimCount: 2, documentIDs: ["doc-a", "doc-c"]),
            Actor(id: "analysts", name: "analysts", type: .group, aliases: [], roles: [], countryID: nil, mentionCount: 1,
                  claimCount: 1, documentIDs: ["doc-b"]),
            Actor(id: "anonymous-official", name: "an official", type: .anonymous, aliases: [], roles: [], countryID: nil,
                  mentionCount: 1, claimCount: 1, documentIDs: ["doc-c"]),
        ]
        let rf = "reassurance_force", bs = "us_backstop"
        let claims = [
            claim("c1", "doc-a", textA, "We are ready to put British troops on the ground to support a peace deal.", "keir-starmer", "Keir Starmer", .direct, "2025-02-17", [rf], .support),
            claim("c2", "doc-a", textA, "European troops could be deployed after a ceasefire", "emmanuel-macron", "Emmanuel Macron", .indirect, "2025-02-17", [rf], .support, cue: "argued"),
            claim("c3", "doc-a", textA, "Any deployment of European soldiers would be unacceptable.", "sergey-lavrov", "Sergey Lavrov", .direct, "2025-02-17", [rf], .oppose, cue: "warned"),
            claim("c4", "doc-b", textB, "coalition of the willing", "keir-starmer", "Starmer", .partial, "2025-03-02", [rf], .support, cue: "spoke"),
            claim("c5", "doc-b", textB, "France will only send forces if there is an American backstop.", "emmanuel-macron", "Macron", .direct, "2025-03-02", [rf, bs], .conditional),
            claim("c6", "doc-b", textB, "a force of 30,000 troops would be too small to deter Russia", "analysts", "Analysts", .indirect, nil, [], nil),
            claim("c7", "doc-c", textC, "Moscow rejected the idea of peacekeepers under any conditions", "sergey-lavrov", "Lavrov", .indirect, "2025-03-20", [rf], .oppose),
            claim("c8", "doc-c", textC, "The backstop talks are going nowhere.", "anonymous-official", "An official", .direct, "2025-03-20", [bs], .oppose),
            claim("c9", "doc-c", textC, "We stand ready to lead the mission.", "emmanuel-macron", "Macron", .direct, "2025-03-20", [rf], .support),
            claim("c10", "doc-c", textC, "Britain would not accept a ceasefire without guarantees", "keir-starmer", "Starmer", .indirect, "2025-03-20", [bs], .conditional),
        ]
        let proposals = [
            Proposal(id: rf, name: "Reassurance force", aliases: ["peacekeeping force", "coalition of the willing", "peacekeepers"],
                     proponentIDs: ["keir-starmer", "emmanuel-macron"], supporterIDs: ["keir-starmer", "emmanuel-macron"],
                     opponentIDs: ["sergey-lavrov"], conditionalIDs: [],
                     figures: [Figure(value: 30000, unit: "troops", text: "30,000 troops", documentID: "doc-b")],
                     stances: [], documentIDs: ["doc-a", "doc-b", "doc-c"], claimCount: 7, firstSeen: "2025-02-17", lastSeen: "2025-03-20"),
            Proposal(id: bs, name: "US backstop", aliases: ["American backstop", "backstop"], proponentIDs: [],
                     supporterIDs: [], opponentIDs: ["anonymous-official"], conditionalIDs: ["emmanuel-macron", "keir-starmer"],
                     figures: [], stances: [DatedStance(actorID: "united-kingdom", stance: .conditional, date: "2025-03-20",
                                                        documentID: "doc-c", claimIDs: ["c10"])],
                     documentIDs: ["doc-b", "doc-c"], claimCount: 3, firstSeen: "2025-03-02", lastSeen: "2025-03-20"),
        ]
        let events = [
            Event(id: "e3", date: "2025-03", precision: .month, text: "Russia warned against peacekeepers in March",
                  documentID: "doc-c", actorIDs: ["russia"], start: 0, end: 24),
            Event(id: "e1", date: "2025-02-17", precision: .day, text: "Leaders met in Paris", documentID: "doc-a",
                  actorIDs: ["emmanuel-macron", "keir-starmer"], start: 0, end: 33),
            Event(id: "e2", date: "2025-03-02", precision: .day, text: "A summit in London on a coalition of the willing",
                  documentID: "doc-b", actorIDs: ["keir-starmer"], start: 0, end: 19),
        ]
        return Extraction(documents: documents, actors: actors, claims: claims, proposals: proposals, events: events)
    }
}
