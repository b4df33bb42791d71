// swift-tools-version:6.0
// libFuzzer harnesses for Parley's parsers and extractor. A package of its own so that the
// product never links libFuzzer: build and run with Fuzz/run.sh (see Fuzz/README.md).
import PackageDescription

let package = Package(
    name: "ParleyFuzz",
    dependencies: [.package(name: "Parley", path: "..")],
    targets: [
        .executableTarget(name: "FuzzRequestHead", dependencies: [.product(name: "ParleyHTTP", package: "Parley")]),
        .executableTarget(name: "FuzzChunked", dependencies: [.product(name: "ParleyHTTP", package: "Parley")]),
        .executableTarget(name: "FuzzExtract", dependencies: [.product(name: "ParleyCorpus", package: "Parley")]),
    ],
    swiftLanguageModes: [.v6]
)
