#if canImport(Glibc)
import Glibc
#endif

/// Everything `body` writes to the write end of a pipe (closed when `body` returns): how the
/// tests read what the log writers put on a file descriptor.
func capturedBytes(_ body: (Int32) throws -> Void) rethrows -> [UInt8] {
    var fds: [Int32] = [0, 0]
    precondition(pipe(&fds) == 0)
    defer { close(fds[0]) }
    do {
        try body(fds[1])
    } catch {
        close(fds[1])
        throw error
    }
    close(fds[1])
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = read(fds[0], &chunk, chunk.count)
        if n <= 0 { break }
        out.append(contentsOf: chunk[0..<n])
    }
    return out
}

func captured(_ body: (Int32) throws -> Void) rethrows -> String {
    String(decoding: try capturedBytes(body), as: UTF8.self)
}
