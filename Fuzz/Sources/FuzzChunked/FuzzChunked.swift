import HTTP

/// The chunked body decoder must decode the same body, stop at the same byte and give the same
/// verdict however its input is split (RFC 9112 §7.1); two split points come from the input's
/// first two bytes. Any difference, and any crash, is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChunked(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 2 else { return 0 }
    var limits = HTTPLimits()
    limits.maxBodySize = 4096
    let input = UnsafeBufferPointer(start: data + 2, count: size - 2)
    let a = Int(data[0]) % (input.count + 1), b = Int(data[1]) % (input.count + 1)

    let expected = decode(input, splits: [], limits: limits)
    let split = decode(input, splits: [min(a, b), max(a, b)], limits: limits)
    guard split.result == expected.result, split.body == expected.body, split.consumed == expected.consumed else {
        fatalError("splits \(a),\(b) gave \(split.result) (\(split.consumed) consumed, \(split.body.count) body bytes); "
            + "whole input gave \(expected.result) (\(expected.consumed), \(expected.body.count))")
    }
    return 0
}

func decode(_ input: UnsafeBufferPointer<UInt8>, splits: [Int], limits: HTTPLimits)
    -> (result: ChunkedDecoder.Result, body: [UInt8], consumed: Int) {
    var decoder = ChunkedDecoder(limits: limits)
    var body: [UInt8] = []
    var offset = 0
    var result = ChunkedDecoder.Result.needMore
    for end in splits + [input.count] where end > offset {
        var consumed = 0
        result = decoder.decode(UnsafeBufferPointer(rebasing: input[offset..<end]), into: &body, consumed: &consumed)
        offset += consumed
        if result != .needMore { break }
    }
    return (result, body, offset)
}
