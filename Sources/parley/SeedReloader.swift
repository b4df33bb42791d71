import API
import Corpus
import Synchronization

/// Rebuilds the index from the seeds folder (and lexicon) and swaps it into the API while
/// serving: an operator adds or fixes an article and sends SIGHUP, with no restart and no
/// dropped connection. The rebuild runs on the caller's thread (the SIGHUP thread), never on
/// an event loop; requests in flight finish on the old snapshot. A failed rebuild (an
/// unreadable or invalid file, an empty folder, a bad lexicon) keeps the current snapshot.
final class SeedReloader: Sendable {
    let builder: IndexBuilder
    let api: APIHandler
    /// Serialises reloads, so two signals in a row cannot race to install generations.
    private let lock = Mutex<Void>(())

    init(builder: IndexBuilder, api: APIHandler) {
        self.builder = builder
        self.api = api
    }

    /// The new index's summary, or the error that left the current one in place.
    func reload() -> Result<String, CorpusError> {
        lock.withLock { _ in
            let next = api.snapshot.generation + 1
            do throws(CorpusError) {
                let built = try builder.build(generation: next)
                api.replace(snapshot: built.snapshot)
                return .success(built.summary)
            } catch {
                return .failure(error)
            }
        }
    }
}
