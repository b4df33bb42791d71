import HTTP
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// swift-log backend writing one JSON object per line to stdout:
/// `{"time":"2026-11-22T00:00:00.123456Z","level":"info","label":"parley","msg":"...",...metadata}`.
/// Integer and floating metadata values are written as JSON numbers, the rest as strings.
/// Each line is one write(2), so lines from several loop threads never interleave.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let fd: Int32

    init(label: String, level: Logger.Level, fd: Int32 = 1) {
        self.label = label
        self.logLevel = level
        self.fd = fd
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var line = "{\"time\":\"" + Self.timestamp() + "\",\"level\":\"" + event.level.rawValue + "\""
        line += ",\"label\":" + JSONText.quoted(label) + ",\"msg\":" + JSONText.quoted("\(event.message)")
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        for key in merged.keys.sorted() {
            line += "," + JSONText.quoted(key) + ":" + Self.value(merged[key]!)
        }
        line += "}\n"
        StandardStream.write(Array(line.utf8), to: fd)
    }

    static func value(_ item: Logger.Metadata.Value) -> String {
        switch item {
        case .string(let s): return JSONText.quoted(s)
        case .stringConvertible(let c):
            if c is Int || c is Int64 || c is UInt64 || c is Double { return c.description }
            if let b = c as? Bool { return b ? "true" : "false" }
            return JSONText.quoted(c.description)
        case .array(let items): return "[" + items.map { Self.value($0) }.joined(separator: ",") + "]"
        case .dictionary(let dict):
            return "{" + dict.keys.sorted().map { JSONText.quoted($0) + ":" + Self.value(dict[$0]!) }.joined(separator: ",") + "}"
        }
    }

    /// RFC 3339 UTC with microseconds, without Foundation.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-" + pad(Int(parts.tm_mday), 2)
            + "T" + pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2) + ":" + pad(Int(parts.tm_sec), 2)
            + "." + pad(now.tv_nsec / 1000, 6) + "Z"
    }
}
