import CLinux
import HTTP

/// Everything the engine needs to know to serve. Defaults follow DESIGN.md §2.
public struct ServerConfig: Sendable {
    public var host: String = "0.0.0.0"
    public var port: Int = 8080
    /// Event loops (threads), each with its own epoll and SO_REUSEPORT listener.
    public var threads: Int = ServerConfig.cpuCount
    public var limits = HTTPLimits()
    /// How long a graceful shutdown waits for in-flight requests before closing everything.
    public var drainTimeout: Duration = .seconds(10)
    /// Open connections per process; also bounded by RLIMIT_NOFILE. At the cap the listeners
    /// stop accepting until a connection closes.
    public var maxConnections: Int = 65_536
    /// Unsent output per connection above which it is not read (and no stream chunk pulled).
    public var outputHighWater: Int = 256 * 1024
    /// After an answer that ends a connection, how long unread input is drained before closing
    /// (closing with unread input would send RST and could destroy the answer in flight).
    public var lingerTimeout: Duration = .seconds(2)
    public var listenBacklog: Int32 = 1024
    /// Wraps each accepted socket (non-blocking, TCP_NODELAY set) in its transport; called on
    /// the accepting loop's thread. Nil means plain TCP. A TLS transport plugs in here.
    public var makeTransport: (@Sendable (_ fd: Int32) -> any Transport)?
    /// Marks requests as arriving over TLS (`Request.isSecure`).
    public var isSecure = false

    public init(host: String = "0.0.0.0", port: Int = 8080, threads: Int = ServerConfig.cpuCount,
                limits: HTTPLimits = HTTPLimits(), drainTimeout: Duration = .seconds(10),
                maxConnections: Int = 65_536) {
        self.host = host
        self.port = port
        self.threads = threads
        self.limits = limits
        self.drainTimeout = drainTimeout
        self.maxConnections = maxConnections
    }

    /// CPUs this process may use (taskset/cgroup affinity honoured).
    public static var cpuCount: Int { Int(parley_cpu_count()) }
}
