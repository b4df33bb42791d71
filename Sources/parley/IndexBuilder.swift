import Corpus
import Index

/// Builds an index snapshot from the seeds folder with the lexicon: at start-up, and again
/// on SIGHUP (SeedReloader), so both read the same settings the same way.
struct IndexBuilder: Sendable {
    let seeds: String
    let lexicon: String?

    /// A snapshot and the one-line summary the log prints about it.
    struct Built {
        let snapshot: Snapshot
        let summary: String
    }

    func build(generation: UInt64) throws(CorpusError) -> Built {
        let clock = ContinuousClock()
        let started = clock.now
        let extractor = try Extractor(lexiconDirectory: lexicon)
        let extraction = try extractor.extract(directory: seeds)
        let snapshot = Snapshot(extraction: extraction, generation: generation)
        let elapsed = clock.now - started
        let summary = "\(extraction.documents.count) documents, \(extraction.actors.count) actors, "
            + "\(extraction.claims.count) claims, \(extraction.proposals.count) proposals, "
            + "\(extraction.events.count) events indexed in \(elapsed.milliseconds) ms (generation \(generation))"
        return Built(snapshot: snapshot, summary: summary)
    }
}
