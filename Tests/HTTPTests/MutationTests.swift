import HTTP
import Testing

/// A deterministic generator (SplitMix64), so failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Mutated inputs")
struct MutationTests {
    static let seeds: [[UInt8]] = (validCases + invalidCases).map(\.raw)
    static let interesting: [UInt8] = Array(" \t\r\n:;,\"\\0aZ~\u{7F}".utf8) + [0, 0x80, 0xFF]

    /// Random edits of the table's requests: the machine must never crash, never produce an
    /// action after a rejection, and give the same outcome whole, byte by byte and split.
    @Test("mutations give the same outcome however they are split")
    func mutations() {
        var rng = SplitMix(state: 0x5EED)
        var limits = HTTPLimits()
        limits.maxHeadSize = 512
        limits.maxBodySize = 64
        limits.maxHeaderCount = 8
        var mismatches = 0
        for round in 0..<3000 {
            var raw = Self.seeds[Int.random(in: 0..<Self.seeds.count, using: &rng)]
            for _ in 0..<Int.random(in: 1...4, using: &rng) where !raw.isEmpty {
                let i = Int.random(in: 0..<raw.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: raw[i] = Self.interesting.randomElement(using: &rng)!
                case 1: raw.remove(at: i)
                case 2: raw.insert(Self.interesting.randomElement(using: &rng)!, at: i)
                default: raw[i] = UInt8.random(in: 0...255, using: &rng)
                }
            }
            let whole = Harness.run([raw], limits: limits, eof: true)
            let bytewise = Harness.run(raw.map { [$0] }, limits: limits, eof: true)
            let cut = raw.isEmpty ? 0 : Int.random(in: 0...raw.count, using: &rng)
            let halves = Harness.run([Array(raw[..<cut]), Array(raw[cut...])], limits: limits, eof: true)
            if whole != bytewise || whole != halves {
                mismatches += 1
                Issue.record("round \(round): \(String(decoding: raw, as: UTF8.self).debugDescription) whole=\(whole) bytewise=\(bytewise) split@\(cut)=\(halves)")
                if mismatches > 5 { return }
            }
            // Nothing follows a rejection or a close.
            if let i = whole.firstIndex(where: { if case .reject = $0 { return true }; return $0 == .close }) {
                #expect(i == whole.count - 1)
            }
            #expect(!whole.contains(.stuck))
        }
    }
}
