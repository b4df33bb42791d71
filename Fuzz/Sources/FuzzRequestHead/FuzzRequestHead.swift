import HTTP

/// The request-head parser must give the same answer however its input is split: the engine
/// feeds it whatever each read returned (RFC 9112 says nothing of TCP segments). The first
/// input byte picks a split point; inputs up to 512 bytes are also fed one byte at a time.
/// Any difference, and any crash, is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestHead(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    var limits = HTTPLimits()
    limits.maxHeadSize = 2048
    limits.maxHeaderCount = 16
    let input = UnsafeBufferPointer(start: data, count: size)

    var whole = RequestHeadParser(limits: limits)
    let expected = whole.parse(input)

    let split = Int(input[0]) % size
    var twoPieces = RequestHeadParser(limits: limits)
    var result = twoPieces.parse(UnsafeBufferPointer(rebasing: input[0..<split]))
    if result == .incomplete { result = twoPieces.parse(input) }
    guard result == expected else {
        fatalError("split at \(split) gave \(result), whole input gave \(expected)")
    }

    if size <= 512 {
        var byByte = RequestHeadParser(limits: limits)
        var first = RequestHeadParser.Result.incomplete
        for end in 1...size {
            first = byByte.parse(UnsafeBufferPointer(rebasing: input[0..<end]))
            if first != .incomplete { break }
        }
        guard first == expected else {
            fatalError("byte by byte gave \(first), whole input gave \(expected)")
        }
    }
    return 0
}
