import Foundation
import Logging
import Net
#if canImport(Glibc)
import Glibc
#endif

/// SIGHUP rebuilds the index from the seeds folder and, with HTTPS, reloads the certificate
/// and key; it never terminates the server (the default action of an unhandled SIGHUP, which
/// a daemon must not take). The signal is blocked in every thread (call
/// `blockInThisThread()` before any thread starts: threads inherit the mask) and one thread
/// takes it with sigwait, so the reload runs as ordinary code, not in a signal handler.
enum ReloadSignal {
    static func blockInThisThread() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGHUP)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Starts the thread that waits for SIGHUP and reloads the index and `store`, logging
    /// each outcome. Either may fail alone: the failing one keeps serving what it had.
    static func start(reloader: SeedReloader, store: TLSContextStore?, logger: Logger) {
        let thread = Thread {
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, SIGHUP)
            while true {
                var signal: Int32 = 0
                guard sigwait(&set, &signal) == 0, signal == SIGHUP else { continue }
                switch reloader.reload() {
                case .success(let summary):
                    logger.info("SIGHUP: index rebuilt: \(summary)")
                case .failure(let error):
                    logger.error("SIGHUP: index rebuild failed, keeping the current index: \(error)")
                }
                guard let store else { continue }
                if let error = store.reload() {
                    logger.error("SIGHUP: TLS reload failed, keeping the current certificate: \(error)")
                } else {
                    logger.info("SIGHUP: TLS certificate reloaded from \(store.certificateChainFile)")
                }
            }
        }
        thread.name = "parley-sighup"
        thread.start()
    }
}
