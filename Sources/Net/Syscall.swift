import CLinux
import Glibc

/// The outcome of one system call. "Would block" is a result, not an error (DESIGN.md §1).
public enum SyscallResult: Equatable {
    case ok(Int)
    case wouldBlock
    case failed(Int32)
}

/// Every system call of the engine goes through here: EINTR is retried, EAGAIN/EWOULDBLOCK
/// become `.wouldBlock`, and errno is read once, right after the failing call.
enum Syscall {
    @inline(__always)
    static func run(_ call: () -> Int) -> SyscallResult {
        while true {
            let r = call()
            if r >= 0 { return .ok(r) }
            let e = errno
            if e == EINTR { continue }
            if e == EAGAIN || e == EWOULDBLOCK { return .wouldBlock }
            return .failed(e)
        }
    }

    @inline(__always)
    static func run32(_ call: () -> Int32) -> SyscallResult {
        run { Int(call()) }
    }

    /// Runs a call that must succeed at setup time, or throws the errno as a NetError.
    static func require(_ what: String, _ call: () -> Int32) throws(NetError) -> Int32 {
        switch run32(call) {
        case .ok(let v): return Int32(v)
        case .wouldBlock: throw NetError.system(what, EAGAIN)
        case .failed(let e): throw NetError.system(what, e)
        }
    }

    static func describe(_ errnoValue: Int32) -> String {
        guard let s = strerror(errnoValue) else { return "errno \(errnoValue)" }
        return String(cString: s)
    }
}
