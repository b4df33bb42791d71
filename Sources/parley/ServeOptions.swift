import ArgumentParser

/// The flags of `parley serve`. Each is optional so that an unset flag falls back to its
/// PARLEY_* environment variable, then to the default shown in the help.
struct ServeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Address to listen on (env PARLEY_HOST, default 0.0.0.0).", valueName: "addr"))
    var host: String?

    @Option(help: ArgumentHelp("HTTP port; 0 picks a free one (env PARLEY_PORT, default 8080).", valueName: "n"))
    var port: Int?

    @Option(help: ArgumentHelp("Event loops, one per core (env PARLEY_THREADS, default: CPU count).", valueName: "n"))
    var threads: Int?

    @Option(help: ArgumentHelp("Folder of .txt articles to index (env PARLEY_SEEDS, default seeds).", valueName: "dir"))
    var seeds: String?

    @Option(help: ArgumentHelp("Folder that replaces the built-in lexicon (env PARLEY_LEXICON).", valueName: "dir"))
    var lexicon: String?

    @Option(help: ArgumentHelp("The OpenAPI contract served at /openapi.yaml (env PARLEY_OPENAPI, default openapi.yaml).", valueName: "file"))
    var openapi: String?

    @Option(help: ArgumentHelp("Largest request line + headers in bytes; 431 beyond (env PARLEY_MAX_HEAD_BYTES, default 16384).", valueName: "bytes"))
    var maxHeadBytes: Int?

    @Option(help: ArgumentHelp("Most header fields in a request; 431 beyond (env PARLEY_MAX_HEADERS, default 100).", valueName: "n"))
    var maxHeaders: Int?

    @Option(help: ArgumentHelp("Largest request body in bytes; 413 beyond (env PARLEY_MAX_BODY_BYTES, default 1048576).", valueName: "bytes"))
    var maxBodyBytes: Int?

    @Option(help: ArgumentHelp("Seconds to receive a whole request head; 408 after (env PARLEY_HEADER_TIMEOUT, default 10).", valueName: "s"))
    var headerTimeout: Double?

    @Option(help: ArgumentHelp("Seconds an idle keep-alive connection stays open (env PARLEY_IDLE_TIMEOUT, default 60).", valueName: "s"))
    var idleTimeout: Double?

    @Option(help: ArgumentHelp("Requests served on one connection before it closes (env PARLEY_MAX_REQUESTS, default 10000).", valueName: "n"))
    var maxRequests: Int?

    @Option(help: ArgumentHelp("Open connections before accepting pauses (env PARLEY_MAX_CONNECTIONS, default 65536, capped by the open-file limit).", valueName: "n"))
    var maxConnections: Int?

    @Option(help: ArgumentHelp("Memory for cached response bodies, in MiB; 0 turns the response cache off (env PARLEY_CACHE_MB, default 64).", valueName: "MiB"))
    var cacheMb: Int?

    @Option(help: ArgumentHelp("Seconds to finish in-flight requests on SIGTERM/SIGINT (env PARLEY_DRAIN_TIMEOUT, default 10).", valueName: "s"))
    var drainTimeout: Double?

    @Option(help: ArgumentHelp("PEM certificate chain (leaf first) for HTTPS (env PARLEY_TLS_CERT). With --tls-key, enables HTTPS; SIGHUP reloads both files.", valueName: "file"))
    var tlsCert: String?

    @Option(help: ArgumentHelp("PEM private key of that certificate, unencrypted (env PARLEY_TLS_KEY).", valueName: "file"))
    var tlsKey: String?

    @Option(help: ArgumentHelp("HTTPS port beside the HTTP one; 0 picks a free one (env PARLEY_TLS_PORT, default 8443).", valueName: "n"))
    var tlsPort: Int?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp("Serve HTTPS only, no plain HTTP listener (env PARLEY_TLS_ONLY, default false)."))
    var tlsOnly: Bool?

    @Option(help: ArgumentHelp("Send Strict-Transport-Security: max-age=N on HTTPS responses (env PARLEY_HSTS_MAX_AGE, default: not sent).", valueName: "s"))
    var hstsMaxAge: Int?

    @Option(help: ArgumentHelp("trace, debug, info, notice, warning, error or critical (env PARLEY_LOG_LEVEL, default info).", valueName: "level"))
    var logLevel: String?

    @Option(help: ArgumentHelp("json or text (env PARLEY_LOG_FORMAT, default json).", valueName: "format"))
    var logFormat: String?

    @Option(help: ArgumentHelp("One log line per request: on or off (env PARLEY_ACCESS_LOG, default on).", valueName: "on|off"))
    var accessLog: String?
}
