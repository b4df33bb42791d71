import API
import Corpus
import HTTP
import Index
import Logging
import Net
import Foundation

/// The running service: the extraction, the index snapshot, the API handler and the servers
/// (HTTP, HTTPS beside it or instead of it), wired once from the resolved settings.
struct ParleyApp {
    let settings: ServeSettings
    /// The plain HTTP server; nil with --tls-only.
    let server: Server?
    /// The HTTPS server and its reloadable certificate; nil without TLS settings.
    let tlsServer: Server?
    let tlsStore: TLSContextStore?
    let reloader: SeedReloader
    let lifecycle: Lifecycle
    let logger: Logger
    let summary: String

    init(settings: ServeSettings, lifecycle: Lifecycle, stats: ServerStats, logger: Logger) throws(StartupError) {
        self.settings = settings
        self.lifecycle = lifecycle
        self.logger = logger
        // Before any thread exists, so that every thread inherits the mask and only the
        // reload thread ever takes SIGHUP (see ReloadSignal).
        ReloadSignal.blockInThisThread()

        let builder = IndexBuilder(seeds: settings.seeds, lexicon: settings.lexicon)
        let built: IndexBuilder.Built
        do {
            built = try builder.build(generation: 1)
        } catch {
            throw StartupError("\(error)")
        }
        let snapshot = built.snapshot
        summary = built.summary

        let contract = try FileBytes.read(settings.openapi, what: "OpenAPI contract")
        let api = APIHandler(snapshot: snapshot, lifecycle: lifecycle, stats: stats,
                                 openAPIYAML: contract, buildInfo: BuildInfo(version: ParleyVersion.current),
                                 cacheCapacityBytes: settings.cacheBytes)
        reloader = SeedReloader(builder: builder, api: api)
        let handler = ObservedHandler(inner: api, ids: RequestIDs(),
                                      accessLog: AccessLog.make(enabled: settings.accessLog, format: settings.logFormat,
                                                                 level: settings.logLevel))
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
        // TLS first: a bad certificate or key fails before any port is bound.
        if let tls = settings.tls {
            let store: TLSContextStore
            do {
                store = try TLSContextStore(certificateChainFile: tls.certificateFile, privateKeyFile: tls.keyFile)
            } catch {
                throw StartupError("\(error)")
            }
            tlsStore = store
        } else {
            tlsStore = nil
        }
        do {
            if let tls = settings.tls, tls.only {
                server = nil
            } else {
                server = try Server(config: config, handler: handler, lifecycle: lifecycle, stats: stats)
            }
            if let tls = settings.tls, let tlsStore {
                var secure = config
                secure.port = tls.port
                secure.useTLS(tlsStore, stats: stats)
                let secureHandler: any HTTPHandler = tls.hstsMaxAge.map { HSTSHandler(base: handler, maxAge: $0) } ?? handler
                tlsServer = try Server(config: secure, handler: secureHandler, lifecycle: lifecycle, stats: stats)
            } else {
                tlsServer = nil
            }
        } catch {
            throw StartupError("\(error)")
        }
        // One SIGTERM drains both: each server's shutdown starts the other's.
        if let server, let tlsServer {
            server.onShutdown { [weak tlsServer] in tlsServer?.shutdown() }
            tlsServer.onShutdown { [weak server] in server?.shutdown() }
        }
    }

    /// Serves until SIGTERM/SIGINT and a drain; returns when the server has stopped.
    func run() {
        // SIGTERM/SIGINT reach one server (the handler is process-wide); it stops the other.
        (server ?? tlsServer)?.installSignalHandlers()
        ReloadSignal.start(reloader: reloader, store: tlsStore, logger: logger)
        logger.info("\(summary)")
        lifecycle.markReady()
        if let server {
            logger.info("parley listening on http://\(settings.host):\(server.boundPort) with \(settings.threads) event loop(s)")
        }
        if let tlsServer {
            logger.info("parley listening on https://\(settings.host):\(tlsServer.boundPort) with \(settings.threads) event loop(s)")
        }
        // Start-up code (extraction: Foundation, ICU, regex) is done with: its pages leave
        // the resident set (see StartupPages).
        StartupPages.release()
        switch (server, tlsServer) {
        case let (plain?, secure?):
            let done = DispatchSemaphore(value: 0)
            let thread = Thread { secure.run(); done.signal() }
            thread.name = "parley-https"
            thread.start()
            plain.run()
            done.wait()
        case let (plain?, nil):
            plain.run()
        case let (nil, secure?):
            secure.run()
        case (nil, nil):
            break
        }
        logger.info("parley stopped")
    }
}

enum ParleyVersion {
    static let current = "0.1.0"
}
