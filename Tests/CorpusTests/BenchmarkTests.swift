import Foundation
import Testing
import Corpus
#if canImport(Glibc)
import Glibc
#endif

/// CPU time of the calling thread in seconds: the single-core cost, even on a loaded machine.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Extraction speed on a large generated corpus (Benchmarks/extraction/generate.py).
/// A benchmark, not a test: it runs only when PARLEY_BENCH_DIR is set, e.g.
///   python3 Benchmarks/extraction/generate.py --out /tmp/parley-bench
///   PARLEY_BENCH_DIR=/tmp/parley-bench swift test -c release -Xswiftc -enable-testing --filter extractionBenchmark
@Test func extractionBenchmark() throws {
    guard let dir = ProcessInfo.processInfo.environment["PARLEY_BENCH_DIR"] else { return }
    let clock = ContinuousClock()
    // seeds: lexicon + loading + extraction, best of 5
    var seedBest = Duration.seconds(1000), seedLexBest = Duration.seconds(1000), seedCPU = 1000.0
    for _ in 0..<5 {
        let t0 = clock.now
        let ex = try Extractor()
        let t1 = clock.now
        let c1 = threadCPUSeconds()
        _ = try ex.extract(directory: seedsDirectory)
        seedCPU = min(seedCPU, threadCPUSeconds() - c1)
        let t2 = clock.now
        seedBest = min(seedBest, t2 - t1)
        seedLexBest = min(seedLexBest, t2 - t0)
    }
    let ex = try Extractor()
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
    var texts: [(file: String, text: String)] = []
    var bytes = 0
    let tl0 = clock.now
    for n in names {
        let s = try String(contentsOfFile: dir + "/" + n, encoding: .utf8)
        bytes += s.utf8.count
        texts.append((n, s))
    }
    let load = clock.now - tl0
    let t0 = clock.now
    let c0 = threadCPUSeconds()
    let e = ex.extract(texts: texts)
    let cpu = threadCPUSeconds() - c0
    let t = clock.now - t0
    let secs = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
    let mb = Double(bytes) / 1_048_576
    print(String(format: "BENCH corpus %.1f MB, %d docs: extraction wall %.2f s = %.1f MB/s; thread CPU %.2f s = %.1f MB/s (one core); reading files %@; %d claims, %d actors",
                 mb, texts.count, secs, mb / secs, cpu, mb / cpu, "\(load)", e.claims.count, e.actors.count))
    print("BENCH seeds: load+extract \(seedBest) (thread CPU \(String(format: "%.1f ms", seedCPU * 1000))); with lexicon load \(seedLexBest)")
    #expect(e.claims.count > 0)
}
