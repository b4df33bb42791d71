#if canImport(Glibc)
import Glibc
#endif

/// The standard process metrics Prometheus clients export (names from the client libraries'
/// conventions), read from /proc at scrape time: resident and virtual memory, open file
/// descriptors, CPU seconds, start time, and the fd limit.
struct ProcessMetrics: Sendable {
    /// Wall-clock start of the process, seconds since the epoch.
    let startTime: Double

    init() {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var started = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
        // Prefer the kernel's record (field 22 of /proc/self/stat, in clock ticks since boot).
        if let stat = Self.readProcFile("/proc/self/stat"), let uptime = Self.readProcFile("/proc/uptime"),
           let fields = Self.statFields(stat), fields.count > 19, let ticks = Double(fields[19]),
           let up = Double(uptime.split(separator: " ").first ?? "") {
            let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
            started = started - up + ticks / hz
        }
        startTime = started
    }

    func render() -> String {
        var o = ""
        func metric(_ name: String, _ help: String, _ type: String, _ value: String) {
            o += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n\(name) \(value)\n"
        }
        let page = Double(sysconf(Int32(_SC_PAGESIZE)))
        if let statm = Self.readProcFile("/proc/self/statm") {
            let parts = statm.split(separator: " ")
            if parts.count > 1, let pages = Double(parts[0]), let resident = Double(parts[1]) {
                metric("process_virtual_memory_bytes", "Virtual memory size in bytes.", "gauge", Self.integer(pages * page))
                metric("process_resident_memory_bytes", "Resident memory size in bytes.", "gauge", Self.integer(resident * page))
            }
        }
        if let stat = Self.readProcFile("/proc/self/stat"), let fields = Self.statFields(stat), fields.count > 12,
           let user = Double(fields[11]), let system = Double(fields[12]) {
            let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
            metric("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter",
                   String((user + system) / hz))
        }
        metric("process_open_fds", "Number of open file descriptors.", "gauge", String(Self.openFileDescriptors()))
        var limit = rlimit()
        if getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 {
            metric("process_max_fds", "Maximum number of open file descriptors.", "gauge", String(limit.rlim_cur))
        }
        metric("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", "gauge",
               String(startTime))
        return o
    }

    static func integer(_ value: Double) -> String { String(Int(value)) }

    /// Fields of /proc/self/stat after the command name (which may hold spaces), so
    /// index 0 is field 3 ("state") of proc(5).
    static func statFields(_ stat: String) -> [Substring]? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ")
    }

    static func openFileDescriptors() -> Int {
        guard let dir = opendir("/proc/self/fd") else { return 0 }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            let first = withUnsafeBytes(of: entry.pointee.d_name) { $0[0] }
            if first != UInt8(ascii: ".") { count += 1 }
        }
        return max(0, count - 1)  // the directory stream's own descriptor
    }

    static func readProcFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n], as: UTF8.self).trimmingTrailingNewline
    }
}

private extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
