#!/usr/bin/env bash
# Container smoke test for Parley, runnable on a host with no container registry.
#
#   scripts/container-smoke.sh            # build bases if missing, build the image, run the checks
#   PARLEY_SMOKE_REBUILD_BASES=1 scripts/container-smoke.sh   # rebuild the cached base images
#
# 1. installs buildah, podman, runc and debootstrap when missing (Debian apt);
# 2. makes two local base images, cached between runs (skipped when present):
#    - the runtime base: a debootstrapped Debian bookworm (minbase), imported with `podman import`;
#    - the build base: that runtime base plus the C/C++ packages `swift build` needs, the Swift
#      toolchain of this machine (/opt/swift/usr, copied into /usr as in the official images)
#      and the Swift package mirror (/opt/swift-packages) with the same git `insteadOf` rule as
#      this host, so `swift package resolve` inside the Dockerfile works offline;
# 3. builds the repository's Dockerfile with podman (buildah), passing the local bases as
#    --build-arg SWIFT_IMAGE=... --build-arg RUNTIME_IMAGE=...;
# 4. runs the image (runc; port published on 127.0.0.1 only; read-only root filesystem, no
#    capabilities, as in deploy/kubernetes.yaml) and checks GET /healthz and /readyz,
#    GET /v1/claims?limit=5 (JSON with "data"), the image's HEALTHCHECK (podman healthcheck run),
#    the non-root user, and that SIGTERM (podman stop) ends the server with exit status 0 within
#    the drain timeout, closing an idle keep-alive connection held open across the stop.
# Prints PASS/FAIL lines, exits non-zero on any failure, removes the containers it started.
# Needs root on a Debian host (apt, debootstrap, rootful podman); no container registry.
# Every step is bounded (timeouts below); a run with cached bases and an unchanged tree takes
# seconds, a source change costs one release build (about 5 min on 2 cores).
# shellcheck disable=SC2015  # "check && pass ... || fail ...": pass only prints, it cannot fail
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

WORK=${PARLEY_SMOKE_WORK:-/var/tmp/parley-smoke}
SWIFT_TOOLCHAIN=${PARLEY_SMOKE_TOOLCHAIN:-/opt/swift/usr}
PACKAGE_MIRROR=${PARLEY_SMOKE_MIRROR:-/opt/swift-packages}
DEBIAN_MIRROR=${PARLEY_SMOKE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
IMAGE=${PARLEY_SMOKE_IMAGE:-localhost/parley:smoke}
DRAIN_TIMEOUT=${PARLEY_SMOKE_DRAIN_TIMEOUT:-10}   # seconds; the server's --drain-timeout default
BUILD_TIMEOUT=${PARLEY_SMOKE_BUILD_TIMEOUT:-2400} # seconds for the image build (2 shared cores)
START_TIMEOUT=${PARLEY_SMOKE_START_TIMEOUT:-60}   # seconds for the server to answer /healthz
CONTAINER=parley-smoke-$$
FAILURES=0
T0=$SECONDS

# This sandbox (and some CI runners) cannot raise rlimits (no CAP_SYS_RESOURCE), but podman asks
# for nofile=1048576 by default and runc then fails with "error setting rlimit type 7". Ask for
# limits at or below the current hard limits instead, for build steps and for the container
# (nproc: raising it to the host's hard limit fails the same way; 4096 is plenty).
NOFILE=$(ulimit -Hn); [ "$NOFILE" = unlimited ] && NOFILE=1048576; [ "$NOFILE" -gt 65536 ] && NOFILE=65536
ULIMITS=(--ulimit "nofile=$NOFILE:$NOFILE" --ulimit "nproc=4096:4096")

log() { printf '\n== %s (+%ss)\n' "$1" "$((SECONDS - T0))"; }
pass() { printf 'PASS  %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; FAILURES=$((FAILURES + 1)); }
die() { printf 'FAIL  %s\n' "$1"; printf '\nRESULT: FAIL (%ss)\n' "$((SECONDS - T0))"; exit 1; }

cleanup() {
    podman rm -f -t 0 "$CONTAINER" >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" -eq 0 ] || die "run as root (rootful podman, debootstrap)"

log "tools: buildah podman runc debootstrap"
need=()
for pkg in buildah podman runc debootstrap curl python3; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
podman --version
RUNTIME=(--runtime runc)

SWIFT_VERSION=$("$SWIFT_TOOLCHAIN/bin/swift" --version 2>/dev/null | sed -n 's/.*Swift version \([0-9][0-9.]*\).*/\1/p' | head -1)
[ -n "$SWIFT_VERSION" ] || die "no Swift toolchain at $SWIFT_TOOLCHAIN"
# Bump BASE_REV when the recipe of the base images below changes: the cache is keyed on the tag.
BASE_REV=2
RUNTIME_BASE=localhost/parley-smoke/debian:bookworm-minbase-r$BASE_REV
SWIFT_BASE=localhost/parley-smoke/swift:$SWIFT_VERSION-bookworm-r$BASE_REV
mkdir -p "$WORK"
PODMAN_LOG=$WORK/podman.log   # podman's own complaints (no systemd for healthcheck timers here)
: >"$PODMAN_LOG"

# Old revisions of this script's own base images (localhost/parley-smoke/*, nothing else) are removed.
for old in $(podman images --format '{{.Repository}}:{{.Tag}}'); do
    case "$old" in
        "$RUNTIME_BASE"|"$SWIFT_BASE") ;;
        localhost/parley-smoke/*) podman rmi "$old" >>"$PODMAN_LOG" 2>&1 && echo "removed old base $old" || true ;;
    esac
done

# ---------------------------------------------------------------- runtime base (debootstrap)
# Gives a debootstrapped tree the apt and dpkg settings of the official debian:*-slim images (no
# package caches or translations kept in layers; no docs, man pages or locales installed) and
# trims what minbase already installed. Every path is under the tree given as $1, never the host.
slim_like() {
    local tree=$1
    case "$tree" in "$WORK"/?*) ;; *) die "slim_like: refusing to work outside $WORK: '$tree'" ;; esac
    [ -x "$tree/usr/bin/dpkg" ] || die "slim_like: $tree is not a debootstrapped tree"
    printf '%s\n' \
        'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };' \
        'APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };' \
        'Dir::Cache::pkgcache "";' 'Dir::Cache::srcpkgcache "";' >"$tree/etc/apt/apt.conf.d/docker-clean"
    echo 'Acquire::Languages "none";' >"$tree/etc/apt/apt.conf.d/docker-no-languages"
    echo 'Acquire::GzipIndexes "true";' >"$tree/etc/apt/apt.conf.d/docker-gzip-indexes"
    echo 'APT::AutoRemove::SuggestsImportant "false";' >"$tree/etc/apt/apt.conf.d/docker-autoremove-suggests"
    printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-include /usr/share/doc/*/copyright' \
        'path-exclude /usr/share/man/*' 'path-exclude /usr/share/groff/*' 'path-exclude /usr/share/info/*' \
        'path-exclude /usr/share/locale/*' 'path-exclude /usr/share/lintian/*' 'path-exclude /usr/share/linda/*' \
        >"$tree/etc/dpkg/dpkg.cfg.d/docker"
    find "$tree/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
    find "$tree/usr/share/man" "$tree/usr/share/info" "$tree/usr/share/locale" -mindepth 1 -delete
    find "$tree/var/lib/apt/lists" "$tree/var/cache/apt" -type f -delete
    rm -f "$tree"/var/cache/debconf/*-old "$tree"/var/log/*.log "$tree"/var/log/apt/*
}

log "runtime base $RUNTIME_BASE"
if [ "${PARLEY_SMOKE_REBUILD_BASES:-0}" != 1 ] && podman image exists "$RUNTIME_BASE"; then
    echo "cached"
else
    rootfs=$WORK/rootfs-bookworm
    rm -rf "$rootfs"
    timeout 900 debootstrap --variant=minbase bookworm "$rootfs" "$DEBIAN_MIRROR" >"$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log"; die "debootstrap bookworm (log: $WORK/debootstrap.log)"; }
    # Same apt sources as debian:bookworm-slim, so images built on it get security updates.
    cat >"$rootfs/etc/apt/sources.list" <<EOF
deb $DEBIAN_MIRROR bookworm main
deb $DEBIAN_MIRROR bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
    slim_like "$rootfs"
    tar --numeric-owner -C "$rootfs" -c . \
        | podman import --change 'CMD ["bash"]' --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
            --message "debootstrap --variant=minbase bookworm" - "$RUNTIME_BASE" >/dev/null
    rm -rf "$rootfs"
fi
podman image exists "$RUNTIME_BASE" && pass "runtime base image $RUNTIME_BASE" || die "runtime base image"

# ---------------------------------------------------------------- build base (toolchain + mirror)
# What `swift build` needs besides the toolchain, found by trying (ldd of the toolchain, then a
# release build): the C/C++ toolchain pieces clang links with, git for package resolution,
# the shared libraries swift-package/swift-frontend load, and the project's own -dev packages.
BUILD_PACKAGES=(
    binutils gcc libc6-dev libgcc-12-dev libstdc++-12-dev
    git ca-certificates pkg-config tzdata
    libcurl4 libedit2 libncurses6 libsqlite3-0 libxml2 libicu72 libuuid1
    libssl-dev zlib1g-dev
)
log "build base $SWIFT_BASE"
if [ "${PARLEY_SMOKE_REBUILD_BASES:-0}" != 1 ] && podman image exists "$SWIFT_BASE"; then
    echo "cached"
else
    ctr=$(buildah from --pull=never "${ULIMITS[@]}" "$RUNTIME_BASE")
    # shellcheck disable=SC2064
    trap "buildah rm $ctr >/dev/null 2>&1 || true; cleanup" EXIT
    timeout 900 buildah run "${RUNTIME[@]}" --network host "$ctr" -- sh -c \
        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${BUILD_PACKAGES[*]} >/dev/null && rm -rf /var/lib/apt/lists/*" \
        || die "apt-get install in the build base"
    mnt=$(buildah mount "$ctr")
    # The toolchain goes to /usr like in the official swift images. Left out: debugger, IDE and
    # documentation tools and the Embedded Swift stdlib, none of which `swift build` uses (-1.5 GB).
    tar -C "$(dirname "$SWIFT_TOOLCHAIN")" -c \
        --exclude='usr/bin/lldb*' --exclude='usr/lib/liblldb*' --exclude='usr/bin/sourcekit-lsp' \
        --exclude='usr/lib/libsourcekitdInProc.so' --exclude='usr/lib/libSwiftSourceKit*' \
        --exclude='usr/bin/clangd' --exclude='usr/bin/docc' --exclude='usr/share/docc' \
        --exclude='usr/lib/swift/embedded' \
        "$(basename "$SWIFT_TOOLCHAIN")" | tar -C "$mnt" -x --keep-directory-symlink
    mkdir -p "$mnt/opt"
    cp -a "$PACKAGE_MIRROR" "$mnt/opt/swift-packages"
    cat >"$mnt/etc/gitconfig" <<'EOF'
# Swift package mirror baked into this local build base (scripts/container-smoke.sh):
# SwiftPM's https://github.com/... dependencies resolve offline from /opt/swift-packages.
[url "/opt/swift-packages/"]
	insteadOf = https://github.com/
	insteadOf = git@github.com:
	insteadOf = ssh://git@github.com/
EOF
    buildah umount "$ctr" >/dev/null
    buildah run "${RUNTIME[@]}" "$ctr" -- swift --version || die "swift --version in the build base"
    buildah config --label "org.opencontainers.image.description=Swift $SWIFT_VERSION toolchain from $SWIFT_TOOLCHAIN and package mirror, on debootstrapped bookworm" "$ctr"
    buildah commit --quiet --rm "$ctr" "$SWIFT_BASE" >/dev/null
    trap cleanup EXIT
fi
podman image exists "$SWIFT_BASE" && pass "build base image $SWIFT_BASE" || die "build base image"

# ---------------------------------------------------------------- the image
log "podman build -t $IMAGE (log: $WORK/build.log)"
previous=$(podman image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null || true)
# --format docker: the OCI image format has no HEALTHCHECK; docker format keeps it.
if timeout "$BUILD_TIMEOUT" podman build "${RUNTIME[@]}" "${ULIMITS[@]}" --format docker --layers --pull=never \
    --network host \
    --build-arg "SWIFT_IMAGE=$SWIFT_BASE" --build-arg "RUNTIME_IMAGE=$RUNTIME_BASE" \
    -t "$IMAGE" -f Dockerfile "$ROOT" >"$WORK/build.log" 2>&1; then
    pass "image builds from the Dockerfile ($(podman image inspect --format '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}'))"
    current=$(podman image inspect --format '{{.Id}}' "$IMAGE")
    # The image this tag named before, now untagged: ours, so removed (the layer cache stays).
    if [ -n "$previous" ] && [ "$previous" != "$current" ]; then podman rmi "$previous" >>"$PODMAN_LOG" 2>&1 || true; fi
else
    tail -40 "$WORK/build.log"
    die "podman build (exit or timeout; log: $WORK/build.log)"
fi

user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
case "$user" in
    ""|0|0:*|root|root:*) fail "image user is non-root (got '${user:-<none>}')" ;;
    *) pass "image user is non-root ($user)" ;;
esac
podman image inspect --format '{{json .Config.Healthcheck}}' "$IMAGE" | grep -q healthz \
    && pass "image carries a HEALTHCHECK on /healthz" || fail "image carries a HEALTHCHECK on /healthz"
stopsignal=$(podman image inspect --format '{{.Config.StopSignal}}' "$IMAGE")
case "$stopsignal" in SIGTERM|TERM|15) pass "image STOPSIGNAL is SIGTERM" ;; *) fail "image STOPSIGNAL is SIGTERM (got '$stopsignal')" ;; esac

# ---------------------------------------------------------------- run it
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log "podman run $IMAGE on 127.0.0.1:$PORT (read-only, no capabilities)"
# --health-interval=disable: no systemd here for podman's healthcheck timer; the check is run
# below on demand with `podman healthcheck run`, which executes the image's HEALTHCHECK command.
# Locked down as in deploy/kubernetes.yaml: read-only root filesystem (podman adds a tmpfs /tmp),
# no capabilities, no privilege escalation.
podman run "${RUNTIME[@]}" "${ULIMITS[@]}" -d --name "$CONTAINER" --health-interval=disable \
    --read-only --cap-drop ALL --security-opt no-new-privileges \
    -p "127.0.0.1:$PORT:8080" -e PARLEY_DRAIN_TIMEOUT="$DRAIN_TIMEOUT" -e PARLEY_THREADS=2 \
    "$IMAGE" >/dev/null 2>>"$PODMAN_LOG" || { tail -5 "$PODMAN_LOG"; die "podman run"; }

ready=0
for _ in $(seq 1 $((START_TIMEOUT * 4))); do
    if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/healthz" 2>/dev/null; then ready=1; break; fi
    [ "$(podman inspect --format '{{.State.Running}}' "$CONTAINER")" = true ] || break
    sleep 0.25
done
if [ "$ready" != 1 ]; then
    podman logs --tail 40 "$CONTAINER" 2>&1 || true
    die "server answered /healthz within ${START_TIMEOUT}s"
fi

code=$(curl -sS -o "$WORK/healthz.out" -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/healthz" || true)
[ "$code" = 200 ] && pass "GET /healthz -> 200 ($(head -c 80 "$WORK/healthz.out"))" || fail "GET /healthz -> 200 (got $code)"

code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/readyz" || true)
[ "$code" = 200 ] && pass "GET /readyz -> 200" || fail "GET /readyz -> 200 (got $code)"

code=$(curl -sS -o "$WORK/claims.json" -w '%{http_code}' --max-time 10 "http://127.0.0.1:$PORT/v1/claims?limit=5" || true)
if [ "$code" = 200 ] && python3 -c '
import json, sys
body = json.load(open(sys.argv[1]))
assert isinstance(body, dict) and "data" in body, "no \"data\" key"
print(len(body["data"]) if isinstance(body["data"], list) else "?")
' "$WORK/claims.json" >"$WORK/claims.count" 2>&1; then
    pass "GET /v1/claims?limit=5 -> 200, JSON with \"data\" ($(cat "$WORK/claims.count") items)"
else
    fail "GET /v1/claims?limit=5 -> 200 with JSON \"data\" (got $code: $(head -c 200 "$WORK/claims.json" 2>/dev/null); $(cat "$WORK/claims.count" 2>/dev/null))"
fi

if out=$(timeout 30 podman healthcheck run "$CONTAINER" 2>&1); then
    pass "HEALTHCHECK command (podman healthcheck run: ${out:-healthy})"
else
    fail "HEALTHCHECK command (podman healthcheck run: $out)"
fi

uid=$(podman exec "$CONTAINER" sh -c 'id -u' 2>/dev/null || echo "?")
[ "$uid" != 0 ] && [ "$uid" != "?" ] && pass "server process runs as uid $uid" || fail "server process runs as non-root (uid $uid)"

# ---------------------------------------------------------------- SIGTERM
log "SIGTERM (podman stop, drain timeout ${DRAIN_TIMEOUT}s)"
# An idle keep-alive connection is held open across the stop: draining must close it, not wait
# for it (or for the idle timeout).
python3 - "$PORT" "$((DRAIN_TIMEOUT + 20))" >"$WORK/keepalive.out" 2>&1 <<'PY' &
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(b"GET /healthz HTTP/1.1\r\nHost: smoke\r\n\r\n")
first = s.recv(65536)
print("response", first.split(b"\r\n", 1)[0].decode(), flush=True)
s.settimeout(float(sys.argv[2]))

try:
    rest = s.recv(65536)
    print("closed by server" if not rest else f"unexpected {len(rest)} bytes")
except socket.timeout:
    print("still open")
PY
holder=$!
for _ in $(seq 1 40); do grep -q '^response' "$WORK/keepalive.out" 2>/dev/null && break; sleep 0.1; done
t=$(date +%s.%N)
# podman stop sends the image's STOPSIGNAL (SIGTERM), then SIGKILL after -t seconds; the extra
# 5 s lets a hung drain show up as exit 137 instead of as a slow pass.
timeout $((DRAIN_TIMEOUT + 30)) podman stop -t $((DRAIN_TIMEOUT + 5)) "$CONTAINER" >/dev/null 2>>"$PODMAN_LOG" || true
elapsed=$(python3 -c "import time; print(f'{time.time() - $t:.2f}')")
status=$(podman inspect --format '{{.State.ExitCode}}' "$CONTAINER")
signal=$(podman inspect --format '{{.Config.StopSignal}}' "$CONTAINER" 2>/dev/null || echo "?")
[ "$signal" = 15 ] && signal=SIGTERM
if [ "$status" = 0 ] && python3 -c "import sys; sys.exit(0 if $elapsed <= $DRAIN_TIMEOUT else 1)"; then
    pass "stop signal $signal (podman stop) -> exit status 0 after ${elapsed}s (drain timeout ${DRAIN_TIMEOUT}s)"
else
    fail "stop signal $signal (podman stop) -> exit status 0 within ${DRAIN_TIMEOUT}s (got status $status after ${elapsed}s)"
    podman logs --tail 20 "$CONTAINER" 2>&1 || true
fi
wait "$holder" || true
if grep -q 'HTTP/1.1 200' "$WORK/keepalive.out" && grep -q '^closed by server' "$WORK/keepalive.out"; then
    pass "idle keep-alive connection held across the stop was closed by the drain"
else
    fail "idle keep-alive connection closed by the drain ($(tr '\n' ' ' <"$WORK/keepalive.out"))"
fi
echo "-- server log (last lines)"
podman logs --tail 8 "$CONTAINER" 2>&1 || true

if [ "$FAILURES" -eq 0 ]; then
    printf '\nRESULT: PASS (%ss)\n' "$((SECONDS - T0))"
else
    printf '\nRESULT: FAIL, %s check(s) failed (%ss)\n' "$FAILURES" "$((SECONDS - T0))"
    exit 1
fi
