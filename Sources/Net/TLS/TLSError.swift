import COpenSSL

/// What can go wrong setting up TLS. Each message names the file and OpenSSL's reason, so a
/// bad path, an unreadable or mismatched key is one clear startup line.
public enum TLSError: Error, CustomStringConvertible, Equatable {
    case openSSL(String, String)
    case certificate(String, String)
    case privateKey(String, String)
    case keyMismatch(String, String)

    public var description: String {
        switch self {
        case .openSSL(let what, let reason):
            "TLS: \(what): \(reason)"
        case .certificate(let file, let reason):
            "TLS certificate \(file): cannot load a PEM certificate chain (\(reason))"
        case .privateKey(let file, let reason):
            "TLS key \(file): cannot load a PEM private key (\(reason))"
        case .keyMismatch(let cert, let key):
            "TLS key \(key) does not match the certificate \(cert)"
        }
    }

    /// Empties OpenSSL's thread-local error queue into one readable string.
    static func drainErrors() -> String {
        var reasons: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            reasons.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return reasons.isEmpty ? "no reason given" : reasons.joined(separator: "; ")
    }
}
