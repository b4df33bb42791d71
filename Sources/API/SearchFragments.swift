import Corpus
import Index

/// The fixed JSON of every searchable entity's hit, written once per snapshot: what comes
/// before the snippet's text (`{"type":…,"id":…,"title":…,"snippet":"`) and after the score
/// (`,"url":…}`). A search page copies these instead of escaping and quoting the same ids and
/// titles on every request.
final class SearchFragments: Sendable {
    private let bytes: [UInt8]
    /// Per kind (in `EntityKind.allCases` order), per ordinal: the head's and the tail's ranges.
    private let heads: [[Range<Int>]]
    private let tails: [[Range<Int>]]

    init(_ s: Snapshot) {
        var bytes: [UInt8] = []
        var heads: [[Range<Int>]] = [], tails: [[Range<Int>]] = []
        for kind in EntityKind.allCases {
            let fields: [(id: String, title: String)]
            let path: StaticString
            switch kind {
            case .claim: fields = s.claims.map { ($0.id, $0.speakerName) }; path = "/v1/claims/"
            case .document: fields = s.documents.map { ($0.id, $0.title ?? $0.file) }; path = "/v1/documents/"
            case .actor: fields = s.actors.map { ($0.id, $0.name) }; path = "/v1/actors/"
            case .proposal: fields = s.proposals.map { ($0.id, $0.name) }; path = "/v1/proposals/"
            }
            var h: [Range<Int>] = [], t: [Range<Int>] = []
            for (id, title) in fields {
                var head = JSONWriter(capacity: 256)
                head.beginObject()
                head.field("type", kind.rawValue)
                head.field("id", id)
                head.field("title", title)
                head.key("snippet")
                head.appendRaw { $0.append(UInt8(ascii: "\"")) }  // the snippet's opening quote
                h.append(bytes.count..<(bytes.count + head.bytes.count))
                bytes += head.bytes
                var tail = JSONWriter(capacity: 128)
                tail.beginObject()
                tail.key("url"); tail.unescapedString { out in
                    out.append(contentsOf: UnsafeBufferPointer(start: path.utf8Start, count: path.utf8CodeUnitCount))
                    QueryParameters.encode(id, into: &out)
                }
                tail.endObject()
                let url = [UInt8(ascii: ",")] + tail.bytes.dropFirst()  // `{"url":…}` -> `,"url":…}`
                t.append(bytes.count..<(bytes.count + url.count))
                bytes += url
            }
            heads.append(h); tails.append(t)
        }
        self.bytes = bytes
        self.heads = heads
        self.tails = tails
    }

    /// `{"type":…,"id":…,"title":…,"snippet":"` of a hit (no leading comma; the snippet's
    /// opening quote included).
    func head(_ h: SearchHit, into w: inout JSONWriter) { copy(heads, h, &w) }
    /// `,"url":…}` of a hit.
    func tail(_ h: SearchHit, into w: inout JSONWriter) { copy(tails, h, &w) }

    /// Bytes of the head and the tail of a hit together.
    func length(_ h: SearchHit) -> Int { heads[h.kind.order][h.ordinal].count + tails[h.kind.order][h.ordinal].count }

    private func copy(_ table: [[Range<Int>]], _ h: SearchHit, _ w: inout JSONWriter) {
        let r = table[h.kind.order][h.ordinal]
        bytes.withUnsafeBufferPointer { w.rawBytes(UnsafeBufferPointer(rebasing: $0[r])) }
    }
}
