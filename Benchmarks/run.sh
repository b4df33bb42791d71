#!/usr/bin/env bash
# Parley vs nginx on the same bytes: throughput, latency, CPU per request, memory,
# instructions and allocations per request. Prints a Markdown table.
#
#   Benchmarks/run.sh                    # release build, 3 rounds × 8 s per run (~20 min)
#   Benchmarks/run.sh --quick            # 1 round × 3 s, fewer valgrind requests (~5 min)
#   Benchmarks/run.sh --rounds 5 --duration 10
#   Benchmarks/run.sh --threads 2        # two event loops / two nginx workers, sharing both
#                                        # cores with wrk -t2 (see bench.py --help)
#   Benchmarks/run.sh --access-log       # both servers log every request (to /dev/null)
#   Benchmarks/run.sh --no-valgrind --no-memory --no-build
#
# Needs: swift, wrk, nginx (Debian's; started from a temp prefix, never as a service),
# valgrind, python3, taskset. Loopback only; every process it starts is stopped by PID.
# Server on CPU 1, wrk on CPU 0 (override with --server-cpus / --client-cpus).
# Logs, raw wrk output and results.{md,json} go to a temp dir (printed first) or --out DIR.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
BUILD=1
ARGS=()
for a in "$@"; do
  case "$a" in
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,16p' "$0"; python3 "$HERE/bench.py" --help; exit 0 ;;
    *) ARGS+=("$a") ;;
  esac
done
for tool in wrk nginx valgrind taskset python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is not installed" >&2; exit 1; }
done
cd "$ROOT"
if [ "$BUILD" = 1 ]; then swift build -c release >&2; fi
# 10,000 idle connections need that many descriptors on both sides.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
exec python3 "$HERE/bench.py" "${ARGS[@]}"
