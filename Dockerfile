# syntax=docker/dockerfile:1
# Parley: a two-stage build. The base images are arguments so the same file builds from the
# official images (the defaults, with network access) or from locally made bases:
#   docker build -t parley .
#   podman build --build-arg SWIFT_IMAGE=... --build-arg RUNTIME_IMAGE=... -t parley .
# Swift package dependencies are fetched by `swift package resolve` through git, as configured
# in the build image. The official image fetches from GitHub; the local build base made by
# scripts/container-smoke.sh carries a package mirror and a git `url.<mirror>.insteadOf` rule in
# /etc/gitconfig, so the same step resolves offline there. Nothing here depends on which.
ARG SWIFT_IMAGE=swift:6.3-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${SWIFT_IMAGE} AS build
# Unpinned on purpose: the distribution's current security fixes are wanted in every build.
# libssl-dev and zlib1g-dev for the COpenSSL / CZlib system library targets.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Resolve dependencies in their own layer so source edits do not refetch them.
COPY Package.swift ./
RUN swift package resolve
# Tests/ too: the manifest declares the test targets, and SwiftPM checks that their folders exist.
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --static-swift-stdlib --product parley \
    && bin="$(swift build -c release --static-swift-stdlib --show-bin-path)" \
    && mkdir -p /out \
    && cp "$bin/parley" /out/parley \
    && cp -R "$bin/Parley_Corpus.resources" /out/

FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="parley" \
      org.opencontainers.image.description="Who said what about which proposal: claims from news articles as a JSON API"
# Unpinned on purpose, as above: libssl3 security fixes matter more than byte-identical layers.
# curl only for the HEALTHCHECK below.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl3 zlib1g ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 parley \
    && useradd --system --uid 10001 --gid parley --home-dir /srv/parley --no-create-home --shell /usr/sbin/nologin parley
WORKDIR /srv/parley
# The binary and its SwiftPM resource bundle side by side: Bundle.module looks next to the executable.
COPY --from=build /out/parley /usr/local/bin/parley
COPY --from=build /out/Parley_Corpus.resources /usr/local/bin/Parley_Corpus.resources
# The articles and the OpenAPI contract (served at /openapi.yaml, read at start-up), root-owned
# and read-only for the server user: works with a read-only root filesystem.
COPY seeds ./seeds
COPY openapi.yaml ./
USER 10001:10001
ENV PARLEY_HOST=0.0.0.0 PARLEY_PORT=8080 \
    PARLEY_SEEDS=/srv/parley/seeds PARLEY_OPENAPI=/srv/parley/openapi.yaml
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
    CMD ["curl", "-fsS", "-o", "/dev/null", "--max-time", "2", "http://127.0.0.1:8080/healthz"]
# The server drains in-flight requests on SIGTERM (--drain-timeout, 10 s by default) and exits 0;
# give `docker stop` more than that: docker stop -t 15.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/parley"]
CMD ["serve"]
