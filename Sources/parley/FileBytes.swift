#if canImport(Glibc)
import Glibc
#endif

/// Reads a small file the server needs at start-up; a failure names the file and the reason.
enum FileBytes {
    static func read(_ path: String, what: String) throws(StartupError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw StartupError("cannot read the \(what) \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count {
                if ferror(file) != 0 { throw StartupError("cannot read the \(what) \(path): read error") }
                break
            }
        }
        return bytes
    }
}
