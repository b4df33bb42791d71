#!/usr/bin/env bash
# Builds the libFuzzer harnesses (ASan + libFuzzer) and runs each for a while.
#   Fuzz/run.sh            # 60 s per harness
#   Fuzz/run.sh 20         # 20 s per harness (CI)
# A finding stops the run with the crashing input saved as Fuzz/findings/<harness>/crash-*;
# replay it with: Fuzz/.build/release/<harness> Fuzz/findings/<harness>/crash-...
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address 2>&1 \
    | grep -v "Cannot export local symbol '__asan_extra_spill_area'" | tail -3
export SWIFT_BACKTRACE=enable=no
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() {  # harness, max_len, seed directories...
    local harness="$1" maxlen="$2"; shift 2
    mkdir -p "$work/$harness" "findings/$harness"
    for d in "$@"; do cp "$d"/* "$work/$harness/"; done
    echo "== $harness: ${seconds} s"
    if ! ./.build/release/"$harness" -max_total_time="$seconds" -max_len="$maxlen" -rss_limit_mb=4096 \
            -artifact_prefix="findings/$harness/" -print_final_stats=1 "$work/$harness" > "$work/$harness.log" 2>&1; then
        tail -40 "$work/$harness.log"
        echo "FINDING in $harness (input saved under Fuzz/findings/$harness/)"
        exit 1
    fi
    grep -E "^Done|stat::number_of_executed_units|stat::peak_rss_mb" "$work/$harness.log" | tr '\n' ' '; echo
}

run FuzzRequestHead 4096 corpus/request-head
run FuzzChunked 1024 corpus/chunked
run FuzzExtract 8192 ../seeds ../Benchmarks/devset/articles
echo "fuzzing: no findings"
