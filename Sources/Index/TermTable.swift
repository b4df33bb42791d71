#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Term ids by the term's UTF-8 bytes: what `Vocabulary` answers for a String, looked up
/// without making one (a request's query terms are bytes, `QueryTerms`). Open addressing
/// with linear probing over a power-of-two table at most half full; FNV-1a on the bytes.
struct TermTable: Sendable {
    /// Term id per slot, -1 for an empty slot.
    private let slots: [Int32]
    private let mask: Int
    /// Term id i is `text[starts[i]..<starts[i + 1]]`.
    private let text: [UInt8]
    private let starts: [Int32]

    init(_ vocabulary: Vocabulary) {
        var byID = [String](repeating: "", count: vocabulary.count)
        for (term, id) in vocabulary.ids { byID[Int(id)] = term }
        var text: [UInt8] = [], starts: [Int32] = [0]
        for t in byID { text.append(contentsOf: t.utf8); starts.append(Int32(text.count)) }
        var size = 16
        while size < byID.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        text.withUnsafeBufferPointer { all in
            for id in byID.indices {
                var i = Int(truncatingIfNeeded: Self.hash(UnsafeBufferPointer(rebasing: all[Int(starts[id])..<Int(starts[id + 1])]))) & (size - 1)
                while slots[i] >= 0 { i = (i + 1) & (size - 1) }
                slots[i] = Int32(id)
            }
        }
        self.slots = slots
        self.mask = size - 1
        self.text = text
        self.starts = starts
    }

    /// The id of the term spelled `term`, nil when no text has it.
    func id(_ term: UnsafeBufferPointer<UInt8>) -> Int32? {
        var i = Int(truncatingIfNeeded: Self.hash(term)) & mask
        return slots.withUnsafeBufferPointer { slots in
            text.withUnsafeBufferPointer { text in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let id = slots[i]
                        if id < 0 { return nil }
                        let s = Int(starts[Int(id)]), e = Int(starts[Int(id) + 1])
                        if e - s == term.count && (term.isEmpty || memcmp(text.baseAddress! + s, term.baseAddress!, term.count) == 0) {
                            return id
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always) static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }
}
