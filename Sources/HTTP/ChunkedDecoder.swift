/// Resumable decoder for the chunked transfer coding of a request body (RFC 9112 §7.1):
///
///     chunked-body = *chunk last-chunk trailer-section CRLF
///     chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
///     chunk-ext    = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
///
/// Extensions are validated and ignored; trailer fields are validated and discarded (§7.1.2
/// lets a recipient drop them). Data is appended to the request body.
public struct ChunkedDecoder {
    public enum Result: Equatable, Sendable {
        case done, needMore
        case invalid(HTTPStatus)
    }

    enum State: UInt8 {
        case sizeStart, size, sizeBWS, extNameStart, extName, extAfterName, extValueStart
        case extToken, extAfterValue, quoted, quotedEscape, sizeLF
        case data, dataCR, dataLF
        case trailerLineStart, trailerName, trailerValue, trailerLF, finalLF, done
    }

    /// Longest chunk-size line (size and extensions) we accept; over it: 400.
    static let maxLineLength = 4096

    let limits: HTTPLimits
    var state = State.sizeStart
    var size = 0
    var digits = 0
    var lineLength = 0
    var trailerBytes = 0
    var trailerCount = 0

    public init(limits: HTTPLimits) { self.limits = limits }

    public mutating func reset() {
        state = .sizeStart
        size = 0; digits = 0; lineLength = 0; trailerBytes = 0; trailerCount = 0
    }

    /// Decodes from `bytes`, appending data to `body`; `consumed` tells how many bytes were used.
    public mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, into body: inout [UInt8],
                                consumed: inout Int) -> Result {
        var i = 0
        defer { consumed = i }
        let token = ByteClass.token
        while i < bytes.count {
            if state == .data {
                let n = min(size, bytes.count - i)
                body.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + n)]))
                i += n
                size -= n
                if size == 0 { state = .dataCR }
                continue
            }
            let b = bytes[i]
            i += 1
            switch state {
            case .sizeStart, .size, .sizeBWS, .extNameStart, .extName, .extAfterName,
                 .extValueStart, .extToken, .extAfterValue, .quoted, .quotedEscape:
                lineLength += 1
                if lineLength > Self.maxLineLength { return .invalid(.badRequest) }
            default: break
            }
            switch state {
            case .sizeStart:
                // chunk-size = 1*HEXDIG: an empty size line (e.g. a missing last-chunk) is invalid.
                guard let v = ByteClass.hexValue(b) else { return .invalid(.badRequest) }
                size = v; digits = 1; state = .size
            case .size:
                if let v = ByteClass.hexValue(b) {
                    digits += 1
                    // Leading zeros are harmless, but more than 15 significant hex digits
                    // would overflow: an over-long chunk size is a 400 (§7.1).
                    if size == 0 { digits = 1 }
                    if digits > 15 { return .invalid(.badRequest) }
                    size = size * 16 + v
                } else if b == 0x3B { state = .extNameStart }
                else if b == 0x20 || b == 0x09 { state = .sizeBWS }
                else if b == 0x0D { state = .sizeLF }
                else { return .invalid(.badRequest) }
            case .sizeBWS:
                // BWS is only allowed before ";" (chunk-ext); "a \r\n" is invalid.
                if b == 0x20 || b == 0x09 { break }
                guard b == 0x3B else { return .invalid(.badRequest) }
                state = .extNameStart
            case .extNameStart:
                if b == 0x20 || b == 0x09 { break }
                guard token[Int(b)] else { return .invalid(.badRequest) }  // "2;" CRLF is invalid
                state = .extName
            case .extName:
                if token[Int(b)] { break }
                switch b {
                case 0x20, 0x09: state = .extAfterName
                case 0x3D: state = .extValueStart
                case 0x3B: state = .extNameStart
                case 0x0D: state = .sizeLF
                default: return .invalid(.badRequest)
                }
            case .extAfterName:
                switch b {
                case 0x20, 0x09: break
                case 0x3D: state = .extValueStart
                case 0x3B: state = .extNameStart
                default: return .invalid(.badRequest)
                }
            case .extValueStart:
                if b == 0x20 || b == 0x09 { break }
                if b == 0x22 { state = .quoted }
                else if token[Int(b)] { state = .extToken }
                else { return .invalid(.badRequest) }
            case .extToken:
                if token[Int(b)] { break }
                switch b {
                case 0x3B: state = .extNameStart
                case 0x20, 0x09: state = .extAfterValue
                case 0x0D: state = .sizeLF
                default: return .invalid(.badRequest)
                }
            case .extAfterValue:
                switch b {
                case 0x20, 0x09: break
                case 0x3B: state = .extNameStart
                default: return .invalid(.badRequest)
                }
            case .quoted:
                // quoted-string (RFC 9110 §5.6.4): qdtext / quoted-pair, no CR/LF/controls.
                if b == 0x22 { state = .extAfterValue; break }
                if b == 0x5C { state = .quotedEscape; break }
                guard b == 0x09 || b == 0x20 || b == 0x21 || (b >= 0x23 && b != 0x7F) else {
                    return .invalid(.badRequest)
                }
            case .quotedEscape:
                guard b == 0x09 || (b >= 0x20 && b != 0x7F) else { return .invalid(.badRequest) }
                state = .quoted
            case .sizeLF:
                guard b == 0x0A else { return .invalid(.badRequest) }
                lineLength = 0
                if size == 0 {
                    state = .trailerLineStart
                } else {
                    if body.count + size > limits.maxBodySize { return .invalid(.contentTooLarge) }
                    state = .data
                }
            case .data:
                break  // handled above
            case .dataCR:
                // chunk-data is followed by CRLF, exactly.
                guard b == 0x0D else { return .invalid(.badRequest) }
                state = .dataLF
            case .dataLF:
                guard b == 0x0A else { return .invalid(.badRequest) }
                state = .sizeStart
            case .trailerLineStart:
                if b == 0x0D { state = .finalLF; break }
                // trailer-section = *( field-line CRLF ): same grammar as header fields, no obs-fold.
                guard token[Int(b)] else { return .invalid(.badRequest) }
                trailerCount += 1
                if trailerCount > limits.maxHeaderCount { return .invalid(.headerFieldsTooLarge) }
                state = .trailerName
            case .trailerName:
                if token[Int(b)] { break }
                guard b == 0x3A else { return .invalid(.badRequest) }
                state = .trailerValue
            case .trailerValue:
                if ByteClass.fieldValue[Int(b)] { break }
                guard b == 0x0D else { return .invalid(.badRequest) }
                state = .trailerLF
            case .trailerLF:
                guard b == 0x0A else { return .invalid(.badRequest) }
                state = .trailerLineStart
            case .finalLF:
                guard b == 0x0A else { return .invalid(.badRequest) }
                state = .done
                return .done
            case .done:
                i -= 1
                return .done
            }
            if state.rawValue >= State.trailerLineStart.rawValue {
                trailerBytes += 1
                if trailerBytes > limits.maxHeadSize { return .invalid(.headerFieldsTooLarge) }
            }
        }
        return state == .done ? .done : .needMore
    }
}
