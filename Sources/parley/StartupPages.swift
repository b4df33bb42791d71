#if canImport(Glibc)
import Glibc

/// Start-up (reading the lexicon and the articles, extraction) runs through Foundation, ICU,
/// the regex engine and libstdc++; serving touches little of that code. Their pages stay
/// mapped, and counted in the resident set, long after start-up: about 20 MiB of the 26 MiB
/// a server had at rest on the seeds, against ~3 MiB of heap and data.
///
/// `release()` unmaps the file pages of read-only mappings (library and program text,
/// read-only data) from this process: `madvise(MADV_DONTNEED)` on a private file mapping
/// drops the page table entries, and a later access maps the page again from the page cache
/// (a minor fault, no I/O while the file stays cached). Pages that are not the file's bytes
/// (copy-on-write pages a read-only mapping may hold, relocated data) are never dropped:
/// /proc/self/pagemap tells file pages from anonymous ones, page by page. The pages stay in
/// the page cache; they stop counting in this process's RSS and, unmapped, are the first the
/// kernel reclaims under memory pressure.
enum StartupPages {
    /// Releases what it can; returns the bytes released (0 when /proc is not readable).
    @discardableResult
    static func release() -> Int {
        guard let maps = readFile("/proc/self/maps") else { return 0 }
        let pagemap = open("/proc/self/pagemap", O_RDONLY)
        guard pagemap >= 0 else { return 0 }
        defer { close(pagemap) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var released = 0
        for line in maps.split(separator: UInt8(ascii: "\n")) {
            // "start-end perms offset dev inode path": read-only, file-backed only
            let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[5].first == UInt8(ascii: "/"),
                  fields[1].count >= 2, fields[1][fields[1].startIndex + 1] == UInt8(ascii: "-") else { continue }
            let range = fields[0].split(separator: UInt8(ascii: "-"))
            guard range.count == 2, let start = hex(range[0]), let end = hex(range[1]), end > start else { continue }
            released += releaseFilePages(start: start, end: end, page: page, pagemap: pagemap)
        }
        return released
    }

    /// DONTNEED on each run of present file pages of [start, end).
    private static func releaseFilePages(start: Int, end: Int, page: Int, pagemap: Int32) -> Int {
        let count = (end - start) / page
        var entries = [UInt64](repeating: 0, count: count)
        let want = count * 8
        let got = entries.withUnsafeMutableBytes { pread(pagemap, $0.baseAddress, want, off_t(start / page * 8)) }
        guard got == want else { return 0 }
        var released = 0
        var runStart = -1
        func flush(_ i: Int) {
            guard runStart >= 0 else { return }
            let address = UnsafeMutableRawPointer(bitPattern: start + runStart * page)
            if madvise(address, (i - runStart) * page, MADV_DONTNEED) == 0 { released += (i - runStart) * page }
            runStart = -1
        }
        for i in 0..<count {
            // bit 63: present; bit 61: a file page (or shared anonymous), not a private copy
            let e = entries[i]
            if e & (1 << 63) != 0 && e & (1 << 61) != 0 {
                if runStart < 0 { runStart = i }
            } else {
                flush(i)
            }
        }
        flush(count)
        return released
    }

    private static func hex(_ s: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for b in s {
            switch b {
            case 48...57: v = v << 4 | Int(b - 48)
            case 97...102: v = v << 4 | Int(b - 87)
            default: return nil
            }
        }
        return v
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            out += chunk[0..<n]
        }
        return out
    }
}
#else
enum StartupPages {
    @discardableResult static func release() -> Int { 0 }
}
#endif
