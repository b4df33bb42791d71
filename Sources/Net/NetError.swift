/// The one error type of the Net layer. Descriptions are one line, for operators.
public enum NetError: Error, CustomStringConvertible, Equatable {
    /// The host is not an IPv4 or IPv6 literal (or "localhost").
    case invalidHost(String)
    case invalidPort(Int)
    /// bind(2) failed (address in use, not available, permission).
    case bind(host: String, port: Int, errno: Int32)
    /// Another system call failed while setting up.
    case system(String, Int32)

    public var description: String {
        switch self {
        case .invalidHost(let h):
            return "invalid listen address '\(h)': expected an IPv4 or IPv6 address"
        case .invalidPort(let p):
            return "invalid port \(p): expected 0...65535"
        case .bind(let host, let port, let e):
            return "cannot listen on \(host):\(port): \(Syscall.describe(e))"
        case .system(let what, let e):
            return "\(what) failed: \(Syscall.describe(e))"
        }
    }
}
