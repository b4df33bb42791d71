import ArgumentParser
import Corpus
#if canImport(Glibc)
import Glibc
#endif

/// `parley extract`: the extraction as JSON on stdout, the same objects the API serves.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the documents, actors, claims, proposals and events found in articles, as JSON.",
        discussion: "Give a folder of .txt articles or individual files (default: the folder `seeds`)."
    )

    @Argument(help: "A folder of .txt articles, or one or more article files.")
    var paths: [String] = []

    @Option(help: "Output format (only json).")
    var format: String = "json"

    @Flag(help: "Indent the JSON for reading.")
    var pretty = false

    @Option(name: .long, help: ArgumentHelp("A folder that replaces the built-in lexicon.", valueName: "dir"))
    var lexicon: String?

    func run() throws {
        guard format == "json" else { throw ValidationError("unknown --format \(format): only json is supported") }
        do {
            let extractor = try Extractor(lexiconDirectory: lexicon)
            let extraction: Extraction
            let targets = paths.isEmpty ? ["seeds"] : paths
            if targets.count == 1, isDirectory(targets[0]) {
                extraction = try extractor.extract(directory: targets[0])
            } else {
                extraction = try extractor.extract(files: targets)
            }
            var bytes = ExtractionJSON.encode(extraction, pretty: pretty)
            bytes.append(UInt8(ascii: "\n"))
            StandardStream.write(bytes, to: 1)
        } catch {
            FileHandleOut.fail("parley extract: \(error)")
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

