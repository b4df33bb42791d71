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
    /// Bytes of response bodies the API may keep cached (0: no response cache).
    var cacheBytes: Int
    var drainTimeout: Double
    var logLevel: Logger.Level
    var logFormat: LogFormat
    var accessLog: Bool
    /// HTTPS: nil when no certificate is configured.
    var tls: TLSSettings?

    struct TLSSettings: Equatable {
        var certificateFile: String
        var keyFile: String
        var port: Int
        /// No plain HTTP listener.
        var only: Bool
        /// Strict-Transport-Security max-age on HTTPS responses; nil: no header.
        var hstsMaxAge: Int?
    }

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
        cacheBytes = try env.int(o.cacheMb, "PARLEY_CACHE_MB", default: 64, range: 0...65_536) << 20
        drainTimeout = try env.seconds(o.drainTimeout, "PARLEY_DRAIN_TIMEOUT", default: 10)
        let level = env.string(o.logLevel, "PARLEY_LOG_LEVEL", default: "info")
        guard let parsed = Logger.Level(rawValue: level.lowercased()) else {
            throw StartupError("log level \(level) is not one of trace, debug, info, notice, warning, error, critical")
        }
        logLevel = parsed
        let format = env.string(o.logFormat, "PARLEY_LOG_FORMAT", default: "json")
        guard let parsedFormat = LogFormat(rawValue: format.lowercased()) else {
            throw StartupError("log format \(format) is not json or text")
        }
        logFormat = parsedFormat
        let accessFlag: Bool? = if let text = o.accessLog { try Self.onOff(text) } else { nil }
        accessLog = try env.bool(accessFlag, "PARLEY_ACCESS_LOG", default: true)
        tls = try Self.tlsSettings(o, env, httpPort: port)
    }

    /// Both files or neither; the other TLS settings only make sense with them.
    private static func tlsSettings(_ o: ServeOptions, _ env: Environment, httpPort: Int) throws(StartupError) -> TLSSettings? {
        let cert = env.optionalString(o.tlsCert, "PARLEY_TLS_CERT")
        let key = env.optionalString(o.tlsKey, "PARLEY_TLS_KEY")
        let port = try env.int(o.tlsPort, "PARLEY_TLS_PORT", default: 8443, range: 0...65535)
        let only = try env.bool(o.tlsOnly, "PARLEY_TLS_ONLY", default: false)
        let hsts: Int?
        if o.hstsMaxAge != nil || env.lookup("PARLEY_HSTS_MAX_AGE") != nil {
            hsts = try env.int(o.hstsMaxAge, "PARLEY_HSTS_MAX_AGE", default: 0, range: 0...(1 << 30))
        } else {
            hsts = nil
        }
        guard let cert, let key else {
            if cert != nil { throw StartupError("tls-cert needs tls-key (PARLEY_TLS_KEY) too") }
            if key != nil { throw StartupError("tls-key needs tls-cert (PARLEY_TLS_CERT) too") }
            let set = [(o.tlsPort != nil || env.lookup("PARLEY_TLS_PORT") != nil, "tls-port"),
                       (only, "tls-only"), (hsts != nil, "hsts-max-age")].filter(\.0).map(\.1)
            if let first = set.first { throw StartupError("\(first) needs tls-cert and tls-key") }
            return nil
        }
        guard !cert.isEmpty, !key.isEmpty else { throw StartupError("tls-cert and tls-key must not be empty") }
        if !only && port != 0 && port == httpPort {
            throw StartupError("tls-port and port are both \(port); give HTTPS a port of its own or use --tls-only")
        }
        return TLSSettings(certificateFile: cert, keyFile: key, port: port, only: only, hstsMaxAge: hsts)
    }

    static func onOff(_ text: String) throws(StartupError) -> Bool {
        switch text.lowercased() {
        case "on", "true", "yes", "1": return true
        case "off", "false", "no", "0": return false
        default: throw StartupError("--access-log \(text) is not on or off")
        }
    }
}
