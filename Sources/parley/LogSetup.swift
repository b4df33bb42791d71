import Logging

/// How log lines look: JSON objects (the default, for collectors) or swift-log's text lines.
enum LogFormat: String {
    case json, text
}

enum LogSetup {
    /// All logs (lifecycle and access) go to stdout at the chosen level.
    static func bootstrap(level: Logger.Level, format: LogFormat) {
        LoggingSystem.bootstrap { label in
            switch format {
            case .json:
                return JSONLogHandler(label: label, level: level)
            case .text:
                var handler = StreamLogHandler.standardOutput(label: label)
                handler.logLevel = level
                return handler
            }
        }
    }
}
