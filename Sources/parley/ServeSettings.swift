import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Every serve setting resolved (flag, then PARLEY_* environment, then default) and checked.
struct ServeSettings {
    var host: String
    var port: Int
    var threads: Int
    var seeds: String
    var lexicon: String?
    var openapi: String
    var maxHeadBytes: Int
    var maxHeaders: Int
    var maxBodyBytes: Int
    var headerTimeout: Double
    var idleTimeout: Double
    var maxRequests: Int
    var maxConnections: Int
    var drainTimeout: Double
    var logLevel: Logger.Level

    init(options o: ServeOptions, environment env: Environment) throws(StartupError) {
        host = env.string(o.host, "PARLEY_HOST", default: "0.0.0.0")
        port = try env.int(o.port, "PARLEY_PORT", default: 8080, range: 0...65535)
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        threads = try env.int(o.threads, "PARLEY_THREADS", default: max(1, cores), range: 1...256)
        seeds = env.string(o.seeds, "PARLEY_SEEDS", default: "seeds")
        lexicon = env.optionalString(o.lexicon, "PARLEY_LEXICON")
        openapi = env.string(o.openapi, "PARLEY_OPENAPI", default: "openapi.yaml")
        maxHeadBytes = try env.int(o.maxHeadBytes, "PARLEY_MAX_HEAD_BYTES", default: 16 * 1024, range: 256...(1 << 20))
        maxHeaders = try env.int(o.maxHeaders, "PARLEY_MAX_HEADERS", default: 100, range: 1...10_000)
        maxBodyBytes = try env.int(o.maxBodyBytes, "PARLEY_MAX_BODY_BYTES", default: 1 << 20, range: 0...(1 << 30))
        headerTimeout = try env.seconds(o.headerTimeout, "PARLEY_HEADER_TIMEOUT", default: 10)
        idleTimeout = try env.seconds(o.idleTimeout, "PARLEY_IDLE_TIMEOUT", default: 60)
        maxRequests = try env.int(o.maxRequests, "PARLEY_MAX_REQUESTS", default: 10_000, range: 1...Int(Int32.max))
        maxConnections = try env.int(o.maxConnections, "PARLEY_MAX_CONNECTIONS", default: 65_536, range: 1...(1 << 24))
        drainTimeout = try env.seconds(o.drainTimeout, "PARLEY_DRAIN_TIMEOUT", default: 10)
        let level = env.string(o.logLevel, "PARLEY_LOG_LEVEL", default: "info")
        guard let parsed = Logger.Level(rawValue: level.lowercased()) else {
            throw StartupError("log level \(level) is not one of trace, debug, info, notice, warning, error, critical")
        }
        logLevel = parsed
    }
}
