#!/usr/bin/env python3
"""Instructions (and optionally heap blocks) per cached request, fast: only the valgrind part
of bench.py, for Parley only, measured exactly as bench.py measures it (same functions).

    python3 Benchmarks/irprofile.py                 # Ir/request per URL + top functions
    python3 Benchmarks/irprofile.py --requests 5000 --top 30
    python3 Benchmarks/irprofile.py --dhat          # also heap blocks per request
    python3 Benchmarks/irprofile.py --access-log    # the default configuration (access log on)
    python3 Benchmarks/irprofile.py --only distinct # cached URLs alternating on each connection

Rows small, large and healthz repeat one request per connection (what wrk sends); distinct
sends small, large, healthz and large from a browser-like head in turn, so every request
differs from the one before it on its connection (bench.distinct_row).

The URLs (bench.py's choice) are looked up once against a plain server and remembered in
.build/irprofile-urls.json (delete it to choose again). Profiles stay in --out.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench  # noqa: E402

URLS_FILE = os.path.join(os.path.dirname(HERE), ".build", "irprofile-urls.json")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=20000)
    ap.add_argument("--warmup", type=int, default=1000)
    ap.add_argument("--port", type=int, default=27311)
    ap.add_argument("--top", type=int, default=25, help="functions shown per profile (0: none)")
    ap.add_argument("--only", default=None, help="comma-separated URL names (small,large,healthz,distinct)")
    ap.add_argument("--dhat", action="store_true")
    ap.add_argument("--access-log", action="store_true", help="serve with the access log on (default configuration)")
    ap.add_argument("--search", action="store_true",
                    help="profile uncached searches (search.lua's queries, every one new) instead of the cached URLs")
    ap.add_argument("--words", default=",".join(SEARCH_WORDS), help="with --search: the words the queries cycle over")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    bench.OUT = args.out or tempfile.mkdtemp(prefix="parley-ir-")
    os.makedirs(bench.OUT, exist_ok=True)
    bench.ROOT = os.path.dirname(HERE)
    args.threads, args.vg_warmup = 1, args.warmup
    port = bench.free_port(args.port)

    def argv(prefix=()):
        a = bench.parley_argv(args, port, prefix)
        if args.access_log:
            a[a.index("--access-log") + 1] = "on"
        return a

    if args.search:
        search_profile(args, argv, port)
        return
    if os.path.exists(URLS_FILE):
        with open(URLS_FILE) as f:
            chosen = [tuple(x) for x in json.load(f)]
    else:
        s = bench.Server("parley-plain", argv(), port, bench.ROOT).start("/healthz")
        try:
            chosen = bench.choose_urls(port)
        finally:
            s.stop()
        with open(URLS_FILE, "w") as f:
            json.dump(chosen, f)
    urls = [{"name": n, "target": t} for n, t in chosen]
    urls.append(bench.distinct_row(urls))
    if args.only:
        keep = args.only.split(",")
        urls = [u for u in urls if u["name"] in keep]
    for u in urls:
        print(f"# {u['name']}: {u['target']}", file=sys.stderr)

    vgbin = os.path.join(bench.ROOT, ".build/release/parley-valgrind")
    subprocess.run(["objcopy", "--strip-debug", os.path.join(bench.ROOT, ".build/release/parley"), vgbin], check=True)

    def make(v):
        return [*v, vgbin, *argv()[1:]]

    ir = bench.callgrind_per_request(args, "parley", make, port, urls, args.requests)
    al = bench.dhat_per_request(args, "parley", make, port, urls, args.requests) if args.dhat else {}
    for u in urls:
        extra = f"  allocs/req {al[u['name']]:.4f}" if args.dhat else ""
        print(f"{u['name']:9} Ir/req {ir[u['name']]:8,.0f}{extra}")
    if args.top:
        for u in urls:
            prof = os.path.join(bench.OUT, f"parley-{u['name']}.callgrind")
            for inclusive in ("no", "yes"):
                out = subprocess.run(["callgrind_annotate", f"--inclusive={inclusive}", "--threshold=99.9", prof],
                                     capture_output=True, text=True).stdout
                lines = [ln for ln in out.splitlines() if ln.strip() and ln.strip()[0].isdigit()][: args.top + 1]
                kind = "inclusive" if inclusive == "yes" else "self"
                print(f"\n## {u['name']} ({kind}, Ir over {args.requests} requests)")
                for ln in lines:
                    print(ln[:200])
    print(f"\nprofiles: {bench.OUT}", file=sys.stderr)


# ---------------------------------------------------------------- uncached searches

SEARCH_WORDS = bench.SEARCH_WORDS.split(",")


def search_targets(words, salt, n):
    """search.lua's targets: a word cycling over `words` plus a term that is new for every
    request (so no answer is ever served from the response cache)."""
    return [f"/v1/search?q={words[i % len(words)]}+x{salt}z{i}&limit=10" for i in range(n)]


def hammer_targets(port, targets, per_connection=5000):
    """One GET per target, in order, over keep-alive connections (a new one every
    `per_connection` requests: Parley closes a connection after 10,000)."""
    import socket
    for c in range(0, len(targets), per_connection):
        with socket.create_connection(("127.0.0.1", port), timeout=600) as s:
            buf = b""
            for t in targets[c:c + per_connection]:
                s.sendall(f"GET {t} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
                head, _, buf = bench.read_response(s, buf)
                assert head.startswith(b"HTTP/1.1 200"), head[:40]


def search_profile(args, argv, port):
    """`irprofile.py --search`: instructions per uncached search, bench.callgrind_per_request's procedure (instrumentation
    off until ready, warm up, zero, n requests, dump) with a new q per request; the response
    cache's hit counter (from /metrics) must not move."""
    import re
    vgbin = os.path.join(bench.ROOT, ".build/release/parley-valgrind")
    subprocess.run(["objcopy", "--strip-debug", os.path.join(bench.ROOT, ".build/release/parley"), vgbin], check=True)
    outfile = os.path.join(bench.OUT, "parley-search.callgrind")
    vg = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={outfile}"]
    s = bench.Server("parley-callgrind", [*vg, vgbin, *argv()[1:]], port, bench.ROOT).start("/healthz")
    pid = str(s.proc.pid)

    def hits():
        text = bench.fetch(port, "/metrics")[2].decode()
        return int(re.search(r"^parley_response_cache_hits_total (\d+)", text, re.M).group(1))
    try:
        subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
        hammer_targets(port, search_targets(args.words.split(","), "w", args.warmup))
        before_hits = hits()
        subprocess.run(["callgrind_control", "-z", pid], check=True, capture_output=True)
        hammer_targets(port, search_targets(args.words.split(","), "m", args.requests))
        before = set(os.listdir(bench.OUT))
        subprocess.run(["callgrind_control", "-d", pid], check=True, capture_output=True)
        dump = sorted(set(os.listdir(bench.OUT)) - before)[-1]
        with open(os.path.join(bench.OUT, dump)) as f:
            total = int(re.search(r"^summary:\s*(\d+)", f.read(), re.M).group(1))
        prof = os.path.join(bench.OUT, "parley-search-measured.callgrind")
        os.rename(os.path.join(bench.OUT, dump), prof)
        cache_hits = hits() - before_hits
    finally:
        s.stop()
    print(f"search   Ir/req {total / args.requests:8,.0f}  response-cache hits {cache_hits}")
    if args.top:
        for inclusive in ("no", "yes"):
            out = subprocess.run(["callgrind_annotate", f"--inclusive={inclusive}", "--threshold=99.9", prof],
                                 capture_output=True, text=True).stdout
            lines = [ln for ln in out.splitlines() if ln.strip() and ln.strip()[0].isdigit()][: args.top + 1]
            print(f"\n## search ({'inclusive' if inclusive == 'yes' else 'self'}, Ir over {args.requests} requests)")
            for ln in lines:
                print(ln[:200])
    print(f"\nprofiles: {bench.OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
