// swift-tools-version:6.0
// Parley: "who said what about which proposal", served from our own HTTP/1.1 server.
// Layout and module boundaries: docs/ARCHITECTURE.md.
import PackageDescription

// The request path's modules skip the run-time exclusivity checks in release builds: they
// cost ~2,500 instructions per cached request (swift_beginAccess on every class-property
// access, through thread-local storage), more than everything else on that path together.
// Debug builds (and so `swift test`) keep them, so a violation still traps under test.
let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        // For the libFuzzer harnesses in Fuzz/ (a package of its own, built with sanitizers).
        .library(name: "ParleyHTTP", targets: ["HTTP"]),
        .library(name: "ParleyCorpus", targets: ["Corpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // C shims: epoll, eventfd, timerfd, accept4 (Glibc's Swift module does not export sys/epoll.h).
        .target(name: "CLinux"),
        // OpenSSL 3 and zlib as system libraries, found through pkg-config.
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Bytes in, values out: request parser, limits, response encoding. No sockets, no Foundation.
        .target(name: "HTTP", swiftSettings: hotPath),
        // Everything that touches a file descriptor: syscalls, sockets, the epoll loop, connections, TLS.
        .target(name: "Net", dependencies: ["CLinux", "COpenSSL", "HTTP"], swiftSettings: hotPath),
        // Text in, knowledge out: loading, cleaning, sentences, actors, claims, proposals, events.
        .target(name: "Corpus", resources: [.copy("Lexicon")], swiftSettings: hotPath),
        // The immutable snapshot and its queries.
        .target(name: "Index", dependencies: ["Corpus"]),
        // The product's surface: router, handlers, JSON views, errors, caching, negotiation.
        .target(name: "API", dependencies: ["HTTP", "Index", "Corpus", "CZlib"], swiftSettings: hotPath),
        .executableTarget(
            name: "parley",
            dependencies: [
                "Net", "HTTP", "API", "Index", "Corpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "NetTests", dependencies: ["Net", "HTTP", "CLinux", "COpenSSL"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus"]),
        // The hand-made extraction IndexTests and APITests share.
        .target(name: "TestFixtures", dependencies: ["Corpus"], path: "Tests/TestFixtures"),
        .testTarget(name: "IndexTests", dependencies: ["Index", "Corpus", "TestFixtures"]),
        .testTarget(name: "APITests", dependencies: ["API", "Index", "Corpus", "HTTP", "Net", "TestFixtures"]),
        .testTarget(name: "ParleyTests", dependencies: ["parley", "API", "HTTP", "Net"]),
    ],
    swiftLanguageModes: [.v6]
)
