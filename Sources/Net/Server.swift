import CLinux
import Glibc
import HTTP
import Synchronization

/// The HTTP/1.1 server: `threads` event loops, each with its own SO_REUSEPORT listener.
/// `init` binds (so a bad address or a port in use fails there, with a one-line NetError);
/// `run()` serves until a graceful shutdown completes.
public final class Server: @unchecked Sendable {
    public let config: ServerConfig
    public let lifecycle: Lifecycle
    public let stats: ServerStats
    /// The actual listening port (useful with `config.port == 0`).
    public let boundPort: Int
    /// `config.maxConnections`, lowered to fit RLIMIT_NOFILE.
    public let maxConnections: Int

    private var loops: [EventLoop] = []
    private let shuttingDown = Atomic<Bool>(false)
    private let running = Atomic<Bool>(false)
    private let signalFD = Atomic<Int32>(-1)
    private let shutdownHooks = Mutex<[@Sendable () -> Void]>([])

    public init(config: ServerConfig, handler: any HTTPHandler, lifecycle: Lifecycle,
                stats: ServerStats) throws(NetError) {
        self.config = config
        self.lifecycle = lifecycle
        self.stats = stats
        parley_ignore_sigpipe()
        // Each connection costs one fd; keep some for listeners, epoll, eventfds, files.
        let nofile = Int(parley_raise_nofile_limit())
        maxConnections = max(1, min(config.maxConnections, nofile - 64 - 3 * max(config.threads, 1)))

        let threads = max(1, config.threads)
        var fds: [Int32] = []
        do throws(NetError) {
            // SO_REUSEPORT lets any process of the same user bind the port too, so a second
            // server would silently share it. A listener without it first proves the port free
            // (it fails with EADDRINUSE next to any other listener), then makes way for ours.
            if config.port != 0 {
                _ = Glibc.close(try Socket.listen(host: config.host, port: config.port, backlog: 1, reusePort: false))
            }
            let first = try Socket.listen(host: config.host, port: config.port, backlog: config.listenBacklog)
            fds.append(first)
            let port = config.port == 0 ? Socket.localPort(first) : config.port
            for _ in 1..<threads {
                fds.append(try Socket.listen(host: config.host, port: port, backlog: config.listenBacklog))
            }
            boundPort = port
        } catch {
            for fd in fds { _ = Glibc.close(fd) }
            throw error
        }
        var made: [EventLoop] = []
        for (i, fd) in fds.enumerated() {
            do throws(NetError) {
                made.append(try EventLoop(index: i, config: config, listenFD: fd, handler: handler,
                                          stats: stats, server: self))
            } catch {
                for j in i..<fds.count { _ = Glibc.close(fds[j]) }
                throw error
            }
        }
        loops = made
    }

    deinit {
        let fd = signalFD.load(ordering: .acquiring)
        if fd >= 0 {
            parley_reset_shutdown_signals()
            _ = Glibc.close(fd)
        }
    }

    var isShuttingDown: Bool { shuttingDown.load(ordering: .acquiring) }

    /// SIGTERM/SIGINT begin a graceful shutdown; SIGPIPE is ignored. The signal handler only
    /// writes to an eventfd that loop 0 watches. May be called before or during `run()`.
    public func installSignalHandlers() {
        guard signalFD.load(ordering: .acquiring) < 0, let loop = loops.first else { return }
        let fd = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard fd >= 0 else { return }
        guard signalFD.compareExchange(expected: -1, desired: fd, ordering: .acquiringAndReleasing).exchanged else {
            _ = Glibc.close(fd)
            return
        }
        loop.watchSignals(fd: fd)
        _ = parley_install_shutdown_signals(fd)
    }

    /// Loop 0 saw the signal eventfd become readable.
    func signalArrived() {
        let fd = signalFD.load(ordering: .acquiring)
        if fd >= 0 {
            var value: UInt64 = 0
            _ = Syscall.run { Glibc.read(fd, &value, 8) }
        }
        shutdown()
    }

    /// Serves until shutdown completes: loop 0 runs on the calling thread, the others on
    /// threads of their own; returns when every loop has drained.
    public func run() {
        guard !running.exchange(true, ordering: .acquiringAndReleasing) else { return }
        var threads: [pthread_t] = []
        for loop in loops.dropFirst() {
            let box = Unmanaged.passRetained(loop).toOpaque()
            var tid = pthread_t()
            let r = pthread_create(&tid, nil, { arg in
                let loop = Unmanaged<EventLoop>.fromOpaque(arg!).takeRetainedValue()
                loop.run()
                return nil
            }, box)
            if r == 0 {
                threads.append(tid)
            } else {
                Unmanaged<EventLoop>.fromOpaque(box).release()
            }
        }
        loops[0].run()
        for t in threads { pthread_join(t, nil) }
    }

    /// Thread-safe and idempotent: stop accepting, finish in-flight requests, close idle
    /// connections, and make `run()` return within `config.drainTimeout`.
    public func shutdown() {
        lifecycle.markDraining()
        guard !shuttingDown.exchange(true, ordering: .acquiringAndReleasing) else { return }
        for loop in loops { loop.wake() }
        for hook in shutdownHooks.withLock({ $0 }) { hook() }
    }

    /// Runs `hook` once when this server begins shutting down (however it was asked to): an
    /// HTTPS server beside the HTTP one drains on the same SIGTERM. Capture servers weakly.
    public func onShutdown(_ hook: @escaping @Sendable () -> Void) {
        shutdownHooks.withLock { $0.append(hook) }
        if isShuttingDown { hook() }
    }
}
