import HTTP

/// What a connection machine did, in a comparable form.
enum Event: Equatable, Sendable, CustomStringConvertible {
    case request(method: String, target: String, body: [UInt8], keepAlive: Bool)
    case sendContinue
    case reject(Int)
    case close
    case stuck

    var description: String {
        switch self {
        case let .request(m, t, b, k): "request(\(m) \(t) body=\(String(decoding: b, as: UTF8.self).debugDescription) keepAlive=\(k))"
        case .sendContinue: "100-continue"
        case .reject(let c): "reject(\(c))"
        case .close: "close"
        case .stuck: "stuck"
        }
    }
}

/// Feeds chunks to a fresh machine, running `next()` after each, and records the actions.
final class Harness {
    let machine: ConnectionMachine
    var events: [Event] = []
    var requests: [Request] = []
    var ended = false

    init(limits: HTTPLimits = HTTPLimits()) {
        machine = ConnectionMachine(limits: limits)
    }

    func feed(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count && !ended {
            let n = bytes[offset...].withUnsafeBufferPointer { machine.feed($0) }
            offset += n
            drain()
            if n == 0 && !ended { events.append(.stuck); ended = true }
        }
        if bytes.isEmpty { drain() }
    }

    func drain() {
        while !ended {
            let action = machine.next()
            if !record(action) { return }
        }
    }

    func endOfInput() {
        guard !ended else { return }
        _ = record(machine.endOfInput())
    }

    /// Returns true to keep calling `next()`.
    private func record(_ action: ConnectionMachine.Action) -> Bool {
        switch action {
        case .needMore:
            return false
        case .sendContinue:
            events.append(.sendContinue)
            return true
        case let .dispatch(request, keepAlive):
            requests.append(request)
            events.append(.request(method: request.method.name, target: request.target, body: request.body, keepAlive: keepAlive))
            if !keepAlive { ended = true }
            return !ended
        case .replay:
            return true  // the harness sets no cachedResponder
        case .reject(let status):
            events.append(.reject(status.code))
            ended = true
            return false
        case .close:
            events.append(.close)
            ended = true
            return false
        }
    }

    static func run(_ chunks: [[UInt8]], limits: HTTPLimits = HTTPLimits(), eof: Bool = false) -> [Event] {
        let h = Harness(limits: limits)
        for c in chunks { h.feed(c) }
        if eof { h.endOfInput() }
        return h.events
    }
}

func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
