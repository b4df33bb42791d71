#if canImport(Glibc)
import Glibc
#endif

/// Reads `PARLEY_*` settings. A flag wins over the environment; a malformed value is a
/// startup error naming the variable, never silently ignored.
struct Environment: Sendable {
    var lookup: @Sendable (String) -> String?

    static let process = Environment { name in
        guard let raw = getenv(name) else { return nil }
        return String(cString: raw)
    }

    func string(_ flag: String?, _ name: String, default value: String) -> String {
        flag ?? lookup(name) ?? value
    }

    func optionalString(_ flag: String?, _ name: String) -> String? {
        flag ?? lookup(name)
    }

    func int(_ flag: Int?, _ name: String, default value: Int, range: ClosedRange<Int>) throws(StartupError) -> Int {
        let resolved: Int
        if let flag {
            resolved = flag
        } else if let text = lookup(name) {
            guard let parsed = Int(text) else { throw StartupError("\(name)=\(text) is not a whole number") }
            resolved = parsed
        } else {
            resolved = value
        }
        guard range.contains(resolved) else {
            throw StartupError("\(name.dropFirst(7).lowercased().replacingDashes) must be in \(range.lowerBound)...\(range.upperBound), got \(resolved)")
        }
        return resolved
    }

    func seconds(_ flag: Double?, _ name: String, default value: Double) throws(StartupError) -> Double {
        let resolved: Double
        if let flag {
            resolved = flag
        } else if let text = lookup(name) {
            guard let parsed = Double(text) else { throw StartupError("\(name)=\(text) is not a number of seconds") }
            resolved = parsed
        } else {
            resolved = value
        }
        guard resolved > 0, resolved <= 86_400 else {
            throw StartupError("\(name.dropFirst(7).lowercased().replacingDashes) must be between 0 and 86400 seconds, got \(resolved)")
        }
        return resolved
    }

    func bool(_ flag: Bool?, _ name: String, default value: Bool) throws(StartupError) -> Bool {
        if let flag { return flag }
        guard let text = lookup(name) else { return value }
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw StartupError("\(name)=\(text) is not a boolean (true/false)")
        }
    }
}

private extension String {
    /// "MAX_BODY" -> "max-body", to name the flag in messages.
    var replacingDashes: String { String(map { $0 == "_" ? "-" : $0 }) }
}

private extension Substring {
    var replacingDashes: String { String(self).replacingDashes }
}
