/// Anything that stops the executable before or while starting: a bad setting, unreadable
/// seeds, a port in use. Printed as one line on stderr, exit status 1.
struct StartupError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
