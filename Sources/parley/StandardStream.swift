#if canImport(Glibc)
import Glibc
#endif

/// Writes to stdout/stderr by file descriptor (no shared C `FILE*` state, which Swift 6's
/// strict concurrency rightly refuses), retrying partial writes and EINTR.
enum StandardStream {
    static func write(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { write($0, to: fd) }
    }

    static func write(_ raw: UnsafeRawBufferPointer, to fd: Int32) {
        var offset = 0
        while offset < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
        }
    }
}

/// One line on stderr and exit 1: how every startup failure ends.
enum FileHandleOut {
    static func fail(_ line: String) -> Never {
        StandardStream.write(Array((line + "\n").utf8), to: 2)
        exit(1)
    }
}
