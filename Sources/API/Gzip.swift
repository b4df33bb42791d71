import CZlib
import HTTP

/// gzip (RFC 1952) through zlib: deflate with windowBits 31. The z_stream lives at a fixed
/// heap address, since zlib keeps a pointer back to it and checks it on every call.
public enum Gzip {
    /// The gzip member for `input`, or nil when zlib fails (the caller then sends identity).
    public static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8]? {
        guard let d = Deflater(level: level) else { return nil }
        let out = d.deflate(input, flush: Z_FINISH)
        guard d.ended else { return nil }
        return out
    }

    /// Inflates a gzip or zlib stream (for tests and clients of this module).
    public static func decompress(_ input: [UInt8]) -> [UInt8]? {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deinitialize(count: 1); stream.deallocate() }
        guard parley_inflate_init_auto(stream) == Z_OK else { return nil }
        defer { inflateEnd(stream) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Int32 = Z_OK
        input.withUnsafeBufferPointer { inBuf in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.pointee.avail_in = UInt32(inBuf.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.pointee.next_out = outBuf.baseAddress
                    stream.pointee.avail_out = UInt32(outBuf.count)
                    status = inflate(stream, Z_NO_FLUSH)
                    return outBuf.count - Int(stream.pointee.avail_out)
                }
                result.append(contentsOf: chunk[0..<produced])
            } while status == Z_OK && (stream.pointee.avail_in > 0 || outputFull(stream))
        }
        return status == Z_STREAM_END ? result : nil
    }

    private static func outputFull(_ s: UnsafeMutablePointer<z_stream>) -> Bool { s.pointee.avail_out == 0 }
}

/// One deflate stream, fed chunk by chunk.
final class Deflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private(set) var ended = false
    private var scratch = [UInt8](repeating: 0, count: 32 * 1024)

    init?(level: Int32 = 6) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard parley_deflate_init_gzip(stream, level) == Z_OK else {
            stream.deinitialize(count: 1); stream.deallocate()
            return nil
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `input`; `Z_SYNC_FLUSH` makes everything so far decodable (for streams),
    /// `Z_FINISH` writes the trailer.
    func deflate(_ input: [UInt8], flush: Int32) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 3 + 64)
        input.withUnsafeBufferPointer { inBuf in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.pointee.avail_in = UInt32(inBuf.count)
            while true {
                let (status, n): (Int32, Int) = scratch.withUnsafeMutableBufferPointer { outBuf in
                    stream.pointee.next_out = outBuf.baseAddress
                    stream.pointee.avail_out = UInt32(outBuf.count)
                    let status = CZlib.deflate(stream, flush)
                    return (status, outBuf.count - Int(stream.pointee.avail_out))
                }
                out.append(contentsOf: scratch[0..<n])
                if status == Z_STREAM_END { ended = true; break }
                if status != Z_OK && status != Z_BUF_ERROR { break }
                // done when zlib left room in the output: it has nothing more to say for now
                if stream.pointee.avail_out != 0 && stream.pointee.avail_in == 0 { break }
            }
        }
        stream.pointee.next_in = nil
        return out
    }
}

/// Compresses another body stream chunk by chunk (each chunk sync-flushed so a client can
/// decode rows as they arrive), ending with the gzip trailer.
final class GzipStream: BodyStream {
    private let inner: any BodyStream
    private let deflater: Deflater
    private var done = false

    init?(_ inner: any BodyStream) {
        guard let d = Deflater() else { return nil }
        self.inner = inner
        deflater = d
    }

    func next() -> [UInt8]? {
        guard !done else { return nil }
        // never hand out an empty chunk: in chunked coding that would end the body
        while let chunk = inner.next() {
            let out = deflater.deflate(chunk, flush: Z_SYNC_FLUSH)
            if !out.isEmpty { return out }
        }
        done = true
        return deflater.deflate([], flush: Z_FINISH)
    }
}
