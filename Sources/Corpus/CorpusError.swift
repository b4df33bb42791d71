/// The one error type of the Corpus layer. Every message names the file it is about.
public enum CorpusError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The folder does not exist or is not a directory.
    case missingFolder(path: String)
    /// The folder holds no `.txt` file.
    case emptyFolder(path: String)
    /// The file exists but cannot be read.
    case unreadableFile(path: String, reason: String)
    /// The file is not valid UTF-8; `offset` is the byte offset of the first bad byte, `line` its 1-based line.
    case invalidUTF8(path: String, offset: Int, line: Int)
    /// A lexicon file is missing or malformed; `line` is 1-based, 0 when the whole file is at fault.
    case badLexicon(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingFolder(let p): return "\(p): no such folder"
        case .emptyFolder(let p): return "\(p): folder holds no .txt file"
        case .unreadableFile(let p, let r): return "\(p): cannot read file (\(r))"
        case .invalidUTF8(let p, let o, let l): return "\(p):\(l): invalid UTF-8 at byte offset \(o)"
        case .badLexicon(let p, let l, let r): return l > 0 ? "\(p):\(l): bad lexicon line: \(r)" : "\(p): bad lexicon file: \(r)"
        }
    }
}
