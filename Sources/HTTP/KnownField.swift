/// The header fields the engine and the cached path act on, recognised once per field line
/// while the head is scanned (one length switch and a word compare or two), so nothing
/// searches the field table by name afterwards.
public enum KnownField: Int, Sendable, CaseIterable {
    case host, contentLength, transferEncoding, connection, expect
    case accept, acceptEncoding, ifNoneMatch, xRequestID

    /// The field named by `count` bytes at `name` (a validated token: RFC 9110 §5.1 names are
    /// case-insensitive), or nil for any other name.
    ///
    /// Compares whole words with every byte OR 0x20: for a token byte that folds exactly the
    /// letters (A-Z to a-z) and keeps "-" (only CR, which no token holds, would also become
    /// "-"), so it is an ASCII case-insensitive comparison with the lower-case names below.
    /// The constants are those names' bytes read as little-endian words.
    @inline(__always)
    static func classify(_ name: UnsafePointer<UInt8>, count: Int) -> KnownField? {
        let raw = UnsafeRawPointer(name)
        @inline(__always) func w64(_ at: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) | 0x2020_2020_2020_2020 }
        @inline(__always) func w32(_ at: Int) -> UInt32 { raw.loadUnaligned(fromByteOffset: at, as: UInt32.self) | 0x2020_2020 }
        @inline(__always) func w16(_ at: Int) -> UInt16 { raw.loadUnaligned(fromByteOffset: at, as: UInt16.self) | 0x2020 }
        switch count {
        case 4:
            return w32(0) == 0x7473_6F68 ? .host : nil  // "host"
        case 6:
            let head = w32(0), tail = w16(4)
            if head == 0x6563_6361 && tail == 0x7470 { return .accept }  // "acce" "pt"
            if head == 0x6570_7865 && tail == 0x7463 { return .expect }  // "expe" "ct"
            return nil
        case 10:
            return w64(0) == 0x6974_6365_6E6E_6F63 && w16(8) == 0x6E6F ? .connection : nil  // "connecti" "on"
        case 12:
            return w64(0) == 0x7365_7571_6572_2D78 && w32(8) == 0x6469_2D74 ? .xRequestID : nil  // "x-reques" "t-id"
        case 13:
            return w64(0) == 0x2D65_6E6F_6E2D_6669 && w64(5) == 0x6863_7461_6D2D_656E ? .ifNoneMatch : nil  // "if-none-" "ne-match"
        case 14:
            return w64(0) == 0x2D74_6E65_746E_6F63 && w64(6) == 0x6874_676E_656C_2D74 ? .contentLength : nil  // "content-" "t-length"
        case 15:
            return w64(0) == 0x652D_7470_6563_6361 && w64(7) == 0x676E_6964_6F63_6E65 ? .acceptEncoding : nil  // "accept-e" "encoding"
        case 17:
            return w64(0) == 0x7265_6673_6E61_7274 && w64(8) == 0x6E69_646F_636E_652D
                && name[16] | 0x20 == 0x67 ? .transferEncoding : nil  // "transfer" "-encodin" "g"
        default:
            return nil
        }
    }
}
