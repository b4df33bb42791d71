import API
import ArgumentParser
import Corpus
import HTTP
import Index
import Logging
import Net

/// `parley serve` (the default): build the index from the seeds and serve the API.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the index from a folder of articles and serve the JSON API (the default command)."
    )

    @OptionGroup var options: ServeOptions

    func run() throws {
        let settings: ServeSettings
        do {
            settings = try ServeSettings(options: options, environment: .process)
        } catch {
            FileHandleOut.fail("parley: \(error)")
        }
        LogSetup.bootstrap(level: settings.logLevel, format: settings.logFormat)
        let logger = Logger(label: "parley")
        let lifecycle = Lifecycle()
        let stats = ServerStats()

        let app: ParleyApp
        do {
            app = try ParleyApp(settings: settings, lifecycle: lifecycle, stats: stats, logger: logger)
        } catch {
            FileHandleOut.fail("parley: \(error)")
        }
        app.run()
    }
}
