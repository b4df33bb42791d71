#if canImport(Glibc)
import Glibc
#endif

/// Stance markers (" not send ", " ready ") indexed by the hash of their first word, for
/// `Cleaner.MarkerText.containsAny`: a claim's text is looked up word by word, a table probe per
/// word, instead of every marker being searched for at every word (most of `Resolver.stance`).
///
/// Finds exactly what `markers.contains { Cleaner.contains(norm, $0) }` finds: a marker written
/// " word ..." can only match where the text has a space followed by that whole word, and each
/// candidate is compared byte for byte; markers of another shape are searched for as before.
extension Cleaner {
    struct MarkerSet: Sendable {
        /// Markers whose first word hashes alike, together: `slotStart[s]..<slotStart[s] + slotCount[s]` of `indexed`.
        private(set) var indexed: [[UInt8]] = []
        private(set) var slotHash: [UInt32]
        private(set) var slotStart: [Int32]
        private(set) var slotCount: [Int32]
        let mask: Int
        /// Markers not of the shape " word ...": searched the old way.
        private(set) var others: [[UInt8]] = []

        init(_ markers: [[UInt8]]) {
            var groups: [UInt32: [[UInt8]]] = [:]
            var order: [UInt32] = []
            for m in markers {
                guard m.count >= 3, m[0] == 32, m[1] != 32, let q = m[2...].firstIndex(of: 32) else { others.append(m); continue }
                let h = Self.hash(m, 1, q)
                if groups[h] == nil { order.append(h) }
                groups[h, default: []].append(m)
            }
            var size = 8
            while size < order.count * 2 { size *= 2 }
            mask = size - 1
            slotHash = Array(repeating: 0, count: size)
            slotStart = Array(repeating: 0, count: size)
            slotCount = Array(repeating: 0, count: size)
            for h in order {
                var s = Int(h) & mask
                while slotCount[s] != 0 { s = (s + 1) & mask }
                slotHash[s] = h
                slotStart[s] = Int32(indexed.count)
                slotCount[s] = Int32(groups[h]!.count)
                indexed.append(contentsOf: groups[h]!)
            }
        }

        /// FNV-1a (32 bits) of `b[from..<to]`; `MarkerText` hashes its words the same way (`step`).
        static func hash(_ b: [UInt8], _ from: Int, _ to: Int) -> UInt32 {
            var h = hashStart
            for i in from..<to { h = step(h, b[i]) }
            return h
        }
        static let hashStart: UInt32 = 2166136261
        @inline(__always) static func step(_ h: UInt32, _ c: UInt8) -> UInt32 { (h ^ UInt32(c)) &* 16777619 }

        /// Whether a marker whose first word hashes to `h` starts at the space at `p` of `text` (`n` bytes).
        @inline(__always) func matches(_ h: UInt32, at p: Int, in text: UnsafePointer<UInt8>, _ n: Int) -> Bool {
            var s = Int(h) & mask
            while slotCount[s] != 0 {
                if slotHash[s] == h {
                    let a = Int(slotStart[s])
                    for k in a..<(a + Int(slotCount[s])) {
                        let m = indexed[k]
                        if p + m.count <= n && m.withUnsafeBufferPointer({ memcmp(text + p, $0.baseAddress!, m.count) == 0 }) { return true }
                    }
                }
                s = (s + 1) & mask
            }
            return false
        }
    }
}
