# syntax=docker/dockerfile:1
# Parley: a two-stage build. The base images are arguments so the same file builds from
# locally made bases (scripts/container-smoke.sh) or from the official ones (the defaults).
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
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --static-swift-stdlib --product parley \
    && mkdir -p /out \
    && cp "$(swift build -c release --show-bin-path)/parley" /out/parley \
    && cp -R "$(swift build -c release --show-bin-path)/Parley_Corpus.resources" /out/

FROM ${RUNTIME_IMAGE}
# Unpinned on purpose, as above: libssl3 security fixes matter more than byte-identical layers.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl3 zlib1g ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 parley \
    && useradd --system --uid 10001 --gid parley --home-dir /srv/parley --shell /usr/sbin/nologin parley
WORKDIR /srv/parley
COPY --from=build /out/parley /usr/local/bin/parley
COPY --from=build /out/Parley_Corpus.resources /usr/local/bin/Parley_Corpus.resources
COPY seeds ./seeds
USER 10001:10001
ENV PARLEY_HOST=0.0.0.0 PARLEY_PORT=8080 PARLEY_SEEDS=/srv/parley/seeds
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
    CMD ["curl", "-fsS", "http://127.0.0.1:8080/healthz"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/parley"]
CMD ["serve"]
