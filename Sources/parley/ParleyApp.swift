import API
import Corpus
import HTTP
import Index
import Logging
import Net

/// The running service: the extraction, the index snapshot, the API handler and the server,
/// wired once from the resolved settings.
struct ParleyApp {
    let settings: ServeSettings
    let server: Server
    let lifecycle: Lifecycle
    let logger: Logger
    let summary: String

    init(settings: ServeSettings, lifecycle: Lifecycle, stats: ServerStats, logger: Logger) throws(StartupError) {
        self.settings = settings
        self.lifecycle = lifecycle
        self.logger = logger

        let clock = ContinuousClock()
        let started = clock.now
        let extraction: Extraction
        do {
            let extractor = try Extractor(lexiconDirectory: settings.lexicon)
            extraction = try extractor.extract(directory: settings.seeds)
        } catch {
            throw StartupError("\(error)")
        }
        let snapshot = Snapshot(extraction: extraction, generation: 1)
        let elapsed = clock.now - started
        summary = "\(extraction.documents.count) documents, \(extraction.actors.count) actors, "
            + "\(extraction.claims.count) claims, \(extraction.proposals.count) proposals, "
            + "\(extraction.events.count) events indexed in \(elapsed.milliseconds) ms"

        let contract = try FileBytes.read(settings.openapi, what: "OpenAPI contract")
        let handler = APIHandler(snapshot: snapshot, lifecycle: lifecycle, stats: stats,
                                 openAPIYAML: contract, buildInfo: BuildInfo(version: ParleyVersion.current))
        let limits = HTTPLimits(
            maxHeadSize: settings.maxHeadBytes, maxTargetLength: settings.maxHeadBytes,
            maxHeaderCount: settings.maxHeaders, maxBodySize: settings.maxBodyBytes,
            headerTimeout: .milliseconds(Int64(settings.headerTimeout * 1000)),
            idleTimeout: .milliseconds(Int64(settings.idleTimeout * 1000)),
            maxRequestsPerConnection: settings.maxRequests)
        let config = ServerConfig(
            host: settings.host, port: settings.port, threads: settings.threads, limits: limits,
            drainTimeout: .milliseconds(Int64(settings.drainTimeout * 1000)),
            maxConnections: settings.maxConnections)
        do {
            server = try Server(config: config, handler: handler, lifecycle: lifecycle, stats: stats)
        } catch {
            throw StartupError("\(error)")
        }
    }

    /// Serves until SIGTERM/SIGINT and a drain; returns when the server has stopped.
    func run() {
        server.installSignalHandlers()
        logger.info("\(summary)")
        lifecycle.markReady()
        logger.info("parley listening on http://\(settings.host):\(server.boundPort) with \(settings.threads) event loop(s)")
        server.run()
        logger.info("parley stopped")
    }
}

enum ParleyVersion {
    static let current = "0.1.0"
}
