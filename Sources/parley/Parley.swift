import ArgumentParser

/// `parley`: serve the index (the default) or print what the extractor finds.
@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Who said what about which proposal: a JSON API over news articles on peacekeeping troops for Ukraine.",
        discussion: """
        `parley` (or `parley serve`) reads every .txt article in the seeds folder, extracts documents, \
        actors, claims, proposals and events, and serves them over HTTP/1.1 (and HTTPS).
        `parley extract` prints the same extraction as JSON, without starting a server.
        Every serve option also reads an environment variable (PARLEY_PORT, PARLEY_THREADS, ...); \
        a flag wins over the environment.
        """,
        subcommands: [ServeCommand.self, ExtractCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
