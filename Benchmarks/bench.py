#!/usr/bin/env python3
"""Parley vs nginx on the same bytes. Run through Benchmarks/run.sh (see --help there).

Steps: start Parley pinned to one core, pick the benchmarked URLs, capture the exact bytes
Parley serves for each, render an nginx config serving the same bodies (with Parley's own
response headers added) and start nginx pinned to the same core; then for several rounds,
alternating which server goes first, run wrk pinned to the other core: plain keep-alive at
64 and 256 connections, and 16 requests pipelined per write at 64 connections. Per run:
req/s, p50/p99, server CPU µs per request (utime+stime of the server's process tree from
/proc/PID/stat, delta over the run ÷ requests). Then memory (RSS at rest, with 10,000 idle
keep-alive connections), and each server under valgrind: callgrind instructions per request
and heap allocations per request (dhat), both as (run with N more requests − run without) ÷ N.
"""
import argparse
import json
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CLK_TCK = os.sysconf("SC_CLK_TCK")


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- HTTP over a raw socket

def read_response(sock, buf=b""):
    """One response (Content-Length framed) from a keep-alive socket: (head, body, rest)."""
    while b"\r\n\r\n" not in buf:
        d = sock.recv(65536)
        if not d:
            raise ConnectionError("closed before a full head")
        buf += d
    head, rest = buf.split(b"\r\n\r\n", 1)
    m = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    n = int(m.group(1)) if m else 0
    while len(rest) < n:
        d = sock.recv(65536)
        if not d:
            raise ConnectionError("closed inside a body")
        rest += d
    return head, rest[:n], rest[n:]


def fetch(port, target, headers=""):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}\r\n".encode())
        head, body, _ = read_response(s)
    status = int(head.split(b" ", 2)[1])
    fields = []
    for line in head.split(b"\r\n")[1:]:
        k, v = line.split(b":", 1)
        fields.append((k.decode(), v.strip().decode()))
    return status, fields, body


def fetch_raw(port, target):
    """The whole response (status line, fields, body) as the server sent it."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(plain_head(target))
        head, body, _ = read_response(s)
    return head + b"\r\n\r\n" + body


def plain_head(target):
    """The request wrk sends: request line and Host only."""
    return f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()


def hammer(port, target, n, depth=1, per_connection=5000, heads=None):
    """n GET requests over keep-alive connections (a new one every `per_connection`
    requests: Parley closes a connection after 10,000), `depth` per write; returns n.
    `heads`: raw request heads sent in turn on each connection instead of `target`'s plain
    one (consecutive requests differ, so no server can answer one as a repeat)."""
    heads = heads or [plain_head(target)]
    done = 0
    while done < n:
        with socket.create_connection(("127.0.0.1", port), timeout=600) as s:
            buf, here = b"", min(per_connection, n - done)
            sent = 0
            while sent < here:
                k = min(depth, here - sent)
                s.sendall(b"".join(heads[(sent + j) % len(heads)] for j in range(k)))
                for _ in range(k):
                    _, _, buf = read_response(s, buf)
                sent += k
            done += here
    return n


def browser_head(target):
    """A request as a browser's fetch() sends it: 9 fields, about 500 bytes."""
    fields = [
        ("Host", "127.0.0.1"),
        ("Connection", "keep-alive"),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "Chrome/131.0.0.0 Safari/537.36"),
        ("Accept", "application/json, text/plain, */*"),
        ("Sec-Fetch-Site", "same-origin"),
        ("Sec-Fetch-Mode", "cors"),
        ("Sec-Fetch-Dest", "empty"),
        ("Referer", "http://127.0.0.1/dashboard"),
        ("Accept-Encoding", "gzip, deflate, br, zstd"),
        ("Accept-Language", "en-GB,en-US;q=0.9,en;q=0.8"),
    ]
    return (f"GET {target} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + "\r\n").encode()


def distinct_row(urls):
    """The cached URLs in turn on each connection: small, large, healthz and the large page
    again from a browser-like head (Accept, gzip, ...): every request differs from the
    connection's previous one, so each takes the full parse and cache lookup."""
    by = {u["name"]: u["target"] for u in urls}
    heads = [plain_head(by["small"]), plain_head(by["large"]), plain_head(by["healthz"]), browser_head(by["large"])]
    return {"name": "distinct", "target": by["small"], "heads": heads, "nginx": False}


def wait_ready(port, proc, path="/healthz", timeout=120):
    t0 = time.time()
    while time.time() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if fetch(port, path)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("server not ready in time")


def free_port(start):
    p = start
    while True:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", p))
                return p
            except OSError:
                p += 1


# ---------------------------------------------------------------- /proc accounting

def tree(pid):
    """pid and all its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    todo += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return out


def cpu_ticks(pid):
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
        except OSError:
            pass
    return total


def rss_kib(pid, key="VmRSS"):
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith(key + ":"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def stop(proc, timeout=15):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# ---------------------------------------------------------------- servers

class Server:
    def __init__(self, name, argv, port, cwd, env=None, stdout_null=False):
        self.name, self.argv, self.port, self.cwd = name, argv, port, cwd
        self.env = env
        self.proc = None
        # An access log under load is GBs: it goes to /dev/null (each line still formatted
        # and written, as nginx's `access_log /dev/null` writes its own), errors to the log.
        self.stdout_null = stdout_null

    def start(self, ready_path):
        self.log = open(os.path.join(OUT, f"{self.name}.log"), "ab")
        out = subprocess.DEVNULL if self.stdout_null else self.log
        self.proc = subprocess.Popen(self.argv, cwd=self.cwd, stdout=out, stderr=self.log,
                                     env=self.env, start_new_session=True)
        wait_ready(self.port, self.proc, ready_path)
        return self

    def stop(self, timeout=60):
        if self.proc:
            stop(self.proc, timeout)
            self.proc = None


def ceiling_argv(args, port, urls):
    """The ceiling server (Benchmarks/ceiling/ceiling.c), compiled into OUT, answering each
    benchmarked path with the exact response bytes Parley sent for it."""
    exe = os.path.join(OUT, "ceiling")
    subprocess.run(["cc", "-O2", "-o", exe, os.path.join(HERE, "ceiling/ceiling.c")], check=True)
    paths = [f"{urllib.parse.urlsplit(u['target']).path}={u['response_file']}" for u in urls]
    return [*pin(args), exe, str(port), *paths]


def parley_argv(args, port, prefix=()):
    # Both servers log or neither does (--access-log: Parley's JSON lines on stdout, nginx's
    # default "combined" lines unbuffered as nginx ships; both to /dev/null, see Server).
    log = "on" if getattr(args, "access_log", False) else "off"
    return [*prefix, os.path.join(ROOT, ".build/release/parley"), "serve", "--host", "127.0.0.1",
            "--port", str(port), "--threads", str(args.threads), "--access-log", log]


def pin(args):
    return ["taskset", "-c", args.server_cpus]


def render_nginx(args, prefix, port, urls, master=True):
    locs = []
    for u in urls:
        if not u.get("nginx"):
            continue
        path = urllib.parse.urlsplit(u["target"]).path
        lines = [f"        location = {path} {{", "            types { }",
                 f"            default_type \"{u['content_type']}\";",
                 f"            alias {u['body_file']};"]
        for k, v in u["extra_headers"]:
            lines.append(f"            add_header {k} '{v}' always;")
        lines.append("        }")
        locs.append("\n".join(lines))
    with open(os.path.join(HERE, "nginx/nginx.conf.template")) as f:
        text = f.read()
    text = (text.replace("@PREFIX@", prefix).replace("@PORT@", str(port))
            .replace("@THREADS@", str(args.threads)).replace("@MASTER@", "on" if master else "off")
            .replace("@LOCATIONS@", "\n".join(locs))
            .replace("@ACCESS_LOG@", "/dev/null" if getattr(args, "access_log", False) else "off"))
    for d in ("tmp/client_body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi", "logs"):
        os.makedirs(os.path.join(prefix, d), exist_ok=True)
    conf = os.path.join(prefix, "nginx.conf")
    with open(conf, "w") as f:
        f.write(text)
    return conf


# ---------------------------------------------------------------- URL choice and capture

def choose_urls(port):
    """The benchmarked URLs: a small (~418 B) and a large (~20 KB) cached body, /healthz."""
    _, _, body = fetch(port, "/v1/actors?limit=100")
    actors = [a["id"] for a in json.loads(body)["data"]]
    best = None
    for a in actors[:60]:
        t = "/v1/actors/" + urllib.parse.quote(a, safe="")
        n = len(fetch(port, t)[2])
        if best is None or abs(n - 418) < abs(best[1] - 418):
            best = (t, n)
    small = best[0]
    best = None
    for a in actors[:40]:
        for limit in (10, 20, 30, 50):
            t = f"/v1/claims?speaker={urllib.parse.quote(a, safe='')}&limit={limit}"
            st, _, b = fetch(port, t)
            if st != 200:
                continue
            n = len(b)
            if best is None or abs(n - 20000) < abs(best[1] - 20000):
                best = (t, n)
    large = best[0]
    return [("small", small), ("large", large), ("healthz", "/healthz")]


def capture(port, urls, prefix):
    out = []
    skip = {"date", "server", "content-length", "connection", "content-type", "transfer-encoding"}
    for name, target in urls:
        status, fields, body = fetch(port, target)
        assert status == 200, (target, status)
        ct = dict((k.lower(), v) for k, v in fields).get("content-type", "application/octet-stream")
        bf = os.path.join(prefix, f"{name}.body")
        with open(bf, "wb") as f:
            f.write(body)
        os.chmod(bf, 0o644)
        rf = os.path.join(prefix, f"{name}.response")
        with open(rf, "wb") as f:
            f.write(fetch_raw(port, target))
        out.append({"name": name, "target": target, "body_file": bf, "response_file": rf, "bytes": len(body), "content_type": ct,
                    "extra_headers": [(k, v) for k, v in fields if k.lower() not in skip], "nginx": True})
    paths = [urllib.parse.urlsplit(u["target"]).path for u in out]
    assert len(set(paths)) == len(paths), "nginx needs distinct paths per benchmarked URL"
    return out


# ---------------------------------------------------------------- wrk

def parse_wrk(text):
    r = {}
    m = re.search(r"(\d+) requests in ([\d.]+)(\w+)", text)
    r["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Requests/sec:\s*([\d.]+)", text)
    r["rps"] = float(m.group(1)) if m else 0.0

    def ms(v, unit):
        return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    for pct in ("50", "99"):
        m = re.search(rf"^\s*{pct}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        r["p" + pct] = ms(m.group(1), m.group(2)) if m else None
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    r["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: (.*)", text)
    r["errors"] = m.group(1) if m else ""
    return r


def run_wrk(args, server, target, conns, duration, script=None, script_args=()):
    url = f"http://127.0.0.1:{server.port}{target}"
    cmd = ["taskset", "-c", args.client_cpus, "wrk", f"-t{args.wrk_threads}", f"-c{conns}", f"-d{duration}s",
           "--latency", "--timeout", "5s"]
    if script:
        cmd += ["-s", os.path.join(HERE, script)]
    cmd.append(url)
    if script_args:
        cmd += ["--", *script_args]
    t0 = cpu_ticks(server.proc.pid)
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t1 = cpu_ticks(server.proc.pid)
    r = parse_wrk(out)
    r["cpu_us"] = (t1 - t0) / CLK_TCK * 1e6 / r["requests"] if r["requests"] else None
    r["cpu_pct"] = (t1 - t0) / CLK_TCK / duration * 100
    # wrk's own CPU (user + system), to tell whether the server or the load generator was
    # the limit: a core near 100% is.
    r["client_cpu_pct"] = (c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime) / duration * 100
    with open(os.path.join(OUT, "wrk.log"), "a") as f:
        f.write(f"### {server.name} {' '.join(cmd)}\n{out}\n")
    return r


# ---------------------------------------------------------------- valgrind measurements

SEARCH_WORDS = "peace,climate,tax,health,war,energy,trade,budget,school,border,vote,law"


def search_modes(args):
    """The uncached-search rows: keep-alive at 64 connections, and `depth` searches per write."""
    return [("c64", 1), (f"pipe{args.depth} c64", args.depth)]


def cache_hits(port):
    text = fetch(port, "/metrics")[2].decode()
    m = re.search(r"^parley_response_cache_hits_total (\d+)", text, re.M)
    return int(m.group(1)) if m else 0


def run_search(args, server, rnd, mode, depth):
    """One uncached-search run (after a 1 s warm-up), every request a new q: each wrk run gets
    its own salt, since the response cache outlives a run. Counts the response-cache hits
    during the measured run (from /metrics), which must stay 0 for the row to mean searches."""
    salt = f"r{rnd}d{depth}"
    run_wrk(args, server, "/v1/search", 64, 1, "search.lua", (SEARCH_WORDS, salt + "w", str(depth)))
    before = cache_hits(server.port)
    r = run_wrk(args, server, "/v1/search", 64, args.duration, "search.lua", (SEARCH_WORDS, salt + "m", str(depth)))
    r["cache_hits"] = cache_hits(server.port) - before
    return r


def callgrind_per_request(args, name, make_argv, port, urls, n):
    """Instructions per request by URL: one server under callgrind with instrumentation off
    until it is ready; per URL, warm up, zero the counters, send n requests, dump, read the
    dump's total. Start-up and warm-up are never counted."""
    outfile = os.path.join(OUT, f"{name}.callgrind")
    vg = ["valgrind", "--tool=callgrind", "--instr-atstart=no", *os.environ.get("CALLGRIND_EXTRA", "").split(), f"--callgrind-out-file={outfile}"]
    s = Server(f"{name}-callgrind", make_argv(vg), port, ROOT).start(urls[0]["target"])
    pid = str(s.proc.pid)
    out = {}
    try:
        subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
        for u in urls:
            hammer(port, u["target"], args.vg_warmup, heads=u.get("heads"))
            subprocess.run(["callgrind_control", "-z", pid], check=True, capture_output=True)
            hammer(port, u["target"], n, heads=u.get("heads"))
            before = set(os.listdir(OUT))
            subprocess.run(["callgrind_control", "-d", pid], check=True, capture_output=True)
            dump = sorted(set(os.listdir(OUT)) - before)[-1]
            with open(os.path.join(OUT, dump)) as f:
                m = re.search(r"^summary:\s*(\d+)", f.read(), re.M)
            os.rename(os.path.join(OUT, dump), os.path.join(OUT, f"{name}-{u['name']}.callgrind"))
            out[u["name"]] = int(m.group(1)) / n
    finally:
        s.stop()
    return out


def dhat_per_request(args, name, make_argv, port, urls, n):
    """Heap blocks allocated per request by URL: (warm-up + n requests) − (warm-up only), ÷ n,
    each a separate run under valgrind's dhat (which sees every malloc). For Parley only
    allocations made while serving count (stacks through EventLoop.run), without connection
    set-up (accept) and the once-a-second Date text (tick): start-up and the readiness
    polls vary from run to run. nginx (no symbols) is counted whole; its start-up is fixed."""
    def counted(frames):
        if name != "parley":
            return True
        text = " ".join(frames)
        return "EventLoopC3run" in text and "acceptConnections" not in text and "EventLoopC4tick" not in text

    def blocks(extra):
        outfile = os.path.join(OUT, f"{name}-{extra or 'warmup'}.dhat")
        s = Server(f"{name}-dhat", make_argv(["valgrind", "--tool=dhat", "--num-callers=64", f"--dhat-out-file={outfile}"]),
                   port, ROOT).start(urls[0]["target"])
        for u in urls:
            hammer(port, u["target"], args.vg_warmup, heads=u.get("heads"))
        for u in urls:
            if u["name"] == extra:
                hammer(port, u["target"], n, heads=u.get("heads"))
        s.stop(timeout=120)
        with open(outfile) as f:
            d = json.load(f)
        ftbl = d["ftbl"]
        return sum(pp["tbk"] for pp in d["pps"] if counted([ftbl[i] for i in pp["fs"]]))
    base = blocks(None)
    return {u["name"]: (blocks(u["name"]) - base) / n for u in urls}


def idle_connections(port, n):
    """Opens n keep-alive connections, one request each, and leaves them open."""
    socks = []
    req = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(req)
        socks.append(s)
    for s in socks:
        read_response(s)
    return socks


# ---------------------------------------------------------------- report

def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def fmt(v, d=0):
    if v is None:
        return "–"
    return f"{v:,.{d}f}"


def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "–"


def main():
    global OUT
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--duration", type=int, default=8)
    ap.add_argument("--quick", action="store_true", help="1 round, 3 s runs, 5,000 valgrind requests")
    ap.add_argument("--threads", type=int, default=1, help="event loops / nginx workers")
    ap.add_argument("--server-cpus", default=None, help="taskset list for servers [1, or 0,1 with --threads 2]")
    ap.add_argument("--client-cpus", default=None, help="taskset list for wrk [0, or 0,1 with --threads 2]")
    ap.add_argument("--conns", default="64,256")
    ap.add_argument("--depth", type=int, default=16, help="requests per write in the pipelined runs")
    ap.add_argument("--vg-requests", type=int, default=20000)
    ap.add_argument("--vg-warmup", type=int, default=1000)
    ap.add_argument("--idle", type=int, default=10000, help="idle keep-alive connections for the memory row")
    ap.add_argument("--access-log", action="store_true",
                    help="both servers write an access log (Parley's default; nginx's default format, unbuffered)")
    ap.add_argument("--no-valgrind", action="store_true")
    ap.add_argument("--no-memory", action="store_true")
    ap.add_argument("--no-ceiling", action="store_true",
                    help="skip the ceiling server (Benchmarks/ceiling: wrk's limit per row; one loop only)")
    ap.add_argument("--port", type=int, default=24180)
    ap.add_argument("--out", default=None)
    ap.add_argument("--root", default=None, help="another Parley checkout (built) to measure, e.g. a baseline")
    args = ap.parse_args()
    global ROOT
    if args.root:
        ROOT = os.path.abspath(args.root)
    if args.quick:
        args.rounds, args.duration, args.vg_requests, args.idle = 1, 3, 5000, 2000
    two = args.threads > 1
    args.server_cpus = args.server_cpus or ("0,1" if two else "1")
    args.client_cpus = args.client_cpus or ("0,1" if two else "0")
    args.wrk_threads = 2 if two else 1
    OUT = args.out or tempfile.mkdtemp(prefix="parley-bench-")
    os.makedirs(OUT, exist_ok=True)
    prefix = tempfile.mkdtemp(prefix="parley-bench-nginx-")
    os.chmod(prefix, 0o755)  # nginx's workers run as nobody and read the bodies from here
    conns = [int(c) for c in args.conns.split(",")]
    log(f"results and logs: {OUT}")

    pport = free_port(args.port)
    parley = Server("parley", parley_argv(args, pport, pin(args)), pport, ROOT, stdout_null=args.access_log)
    nport = free_port(pport + 1)
    nginx = Server("nginx", [], nport, prefix)
    try:
        parley.start("/healthz")
        rest_rss = rss_kib(parley.proc.pid)
        urls = capture(pport, choose_urls(pport), prefix)
        for u in urls:
            log(f"{u['name']}: {u['target']} ({u['bytes']} B)")
        conf = render_nginx(args, prefix, nport, urls)
        nginx.argv = [*pin(args), "nginx", "-p", prefix, "-c", conf]
        nginx.start(urls[0]["target"])
        nginx_rest_rss = rss_kib(nginx.proc.pid)
        for u in urls:
            a = fetch(pport, u["target"])[2]
            b = fetch(nport, u["target"])[2]
            assert a == b, f"nginx serves other bytes for {u['target']}"
        ceiling = None
        if not args.no_ceiling and args.threads == 1:
            cport = free_port(nport + 1)
            ceiling = Server("ceiling", ceiling_argv(args, cport, urls), cport, prefix).start(urls[0]["target"])
            for u in urls:
                assert fetch_raw(cport, u["target"]) == open(u["response_file"], "rb").read()
    except BaseException:
        parley.stop()
        nginx.stop()
        raise

    modes = [(f"c{c}", c, None, ()) for c in conns] + [(f"pipe{args.depth} c64", 64, "pipeline.lua", (str(args.depth),))]
    results = {}  # (url, mode, server) -> [runs]
    servers = [parley, nginx]
    try:
        for rnd in range(args.rounds):
            order = servers if rnd % 2 == 0 else servers[::-1]
            order = order + ([ceiling] if ceiling else [])
            for u in urls:
                for mode, c, script, sargs in modes:
                    for s in order:
                        # warm-up keeps connection set-up and caches out of the measured run
                        run_wrk(args, s, u["target"], c, 1, script, sargs)
                        r = run_wrk(args, s, u["target"], c, args.duration, script, sargs)
                        results.setdefault((u["name"], mode, s.name), []).append(r)
                        log(f"round {rnd + 1} {u['name']:8} {mode:12} {s.name:7} {r['rps']:>11,.0f} req/s "
                            f"cpu {fmt(r['cpu_us'], 2)} µs/req p99 {fmt(r['p99'], 2)} ms "
                            f"cores {r['cpu_pct']:.0f}%/wrk {r['client_cpu_pct']:.0f}% {r['errors']}"
                            + (f" NON-2xx {r['non2xx']}" if r["non2xx"] else ""))
            for mode, depth in search_modes(args):
                r = run_search(args, parley, rnd, mode, depth)
                results.setdefault(("search (uncached)", mode, "parley"), []).append(r)
                log(f"round {rnd + 1} search   {mode:12} parley {r['rps']:>11,.0f} req/s cpu {fmt(r['cpu_us'], 2)} µs/req "
                    f"server core {r['cpu_pct']:.0f}% wrk core {r['client_cpu_pct']:.0f}% cache hits {r['cache_hits']}")
        peak = {s.name: rss_kib(s.proc.pid, "VmHWM") for s in servers}
        mem = {}
        if not args.no_memory:
            for s, rest in ((parley, rest_rss), (nginx, nginx_rest_rss)):
                before = rss_kib(s.proc.pid)
                socks = idle_connections(s.port, args.idle)
                time.sleep(1)
                after = rss_kib(s.proc.pid)
                for k in socks:
                    k.close()
                mem[s.name] = (rest, before, after)
    finally:
        parley.stop()
        nginx.stop()
        if ceiling:
            ceiling.stop()

    vg = {}
    try:
        if not args.no_valgrind:
            measure_valgrind(args, prefix, nport, urls, vg)
    except Exception as e:  # keep the load-test table even if a valgrind run fails
        log(f"valgrind measurements failed: {e!r}")
        vg = {}
    report(args, urls, modes, results, rest_rss, nginx_rest_rss, peak, mem, vg)
    shutil.rmtree(prefix, ignore_errors=True)


def measure_valgrind(args, prefix, nport, urls, vg):
    """Callgrind instructions and dhat allocations per request, by server and URL, into vg."""
    vport = free_port(nport + 1)
    vconf = render_nginx(args, prefix, vport, urls, master=False)
    # valgrind 3.19 cannot read the DWARF 5 the Swift toolchain emits: a copy without
    # debug info (symbols kept), next to the original so it finds its resource bundles.
    vgbin = os.path.join(ROOT, ".build/release/parley-valgrind")
    subprocess.run(["objcopy", "--strip-debug", os.path.join(ROOT, ".build/release/parley"), vgbin], check=True)
    makers = (("parley", lambda v: [*v, vgbin, *parley_argv(args, vport)[1:]]),
              ("nginx", lambda v: [*v, "nginx", "-p", prefix, "-c", vconf]))
    # Plus the row wrk cannot make: cached URLs alternating on each connection.
    urls = urls + [distinct_row(urls)]
    for name, make in makers:
        ir = callgrind_per_request(args, name, make, vport, urls, args.vg_requests)
        # nginx allocates from per-request pools (a few mallocs each) and its symbol-less
        # profile cannot be told apart from start-up: only Parley's allocations are counted.
        al = dhat_per_request(args, name, make, vport, urls, args.vg_requests) if name == "parley" \
            else {u["name"]: None for u in urls}
        for u in urls:
            vg[(u["name"], name)] = (ir[u["name"]], al[u["name"]])
            log(f"valgrind {u['name']} {name}: {ir[u['name']]:,.0f} instructions/request, "
                f"{fmt(al[u['name']], 3)} allocations/request")


def ceiling_table(urls, modes, results):
    """Rows of the same runs against the ceiling server: the most wrk can count in each row on
    this machine, and how busy wrk's core was. A server near the ceiling is bound by wrk."""
    out = ["", "wrk's ceiling in the same rounds (`Benchmarks/ceiling`: a C epoll loop that only writes the "
           "prebuilt response bytes, the least work any server can do per request):", "",
           "| URL | load | ceiling req/s | Parley / ceiling | nginx / ceiling | wrk core busy (Parley / ceiling) | "
           "server core busy (Parley / ceiling) |", "|---|---|---|---|---|---|---|"]
    for u in urls:
        for mode, *_ in modes:
            p, n, c = (results[(u["name"], mode, k)] for k in ("parley", "nginx", "ceiling"))
            pr, nr, cr = (med([r["rps"] for r in x]) for x in (p, n, c))
            pct = lambda rs, k: fmt(med([r[k] for r in rs])) + "%"
            out.append(f"| {u['name']} | {mode} | {fmt(cr)} | {ratio(pr, cr)} | {ratio(nr, cr)} | "
                       f"{pct(p, 'client_cpu_pct')} / {pct(c, 'client_cpu_pct')} | {pct(p, 'cpu_pct')} / {pct(c, 'cpu_pct')} |")
    return out


def report(args, urls, modes, results, rest_rss, nginx_rest_rss, peak, mem, vg):
    lines = []
    lines.append(f"Parley vs nginx, same body bytes; {args.rounds} round(s) × {args.duration} s per run, "
                 f"servers on CPU {args.server_cpus} ({args.threads} loop/worker), wrk -t{args.wrk_threads} on CPU {args.client_cpus}; "
                 f"medians over rounds (min–max req/s in brackets).")
    lines.append("")
    lines.append("| URL (body) | load | Parley req/s | nginx req/s | ratio | Parley p50/p99 ms | nginx p50/p99 ms | Parley CPU µs/req | nginx CPU µs/req | CPU ratio |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|")
    sizes = {u["name"]: u["bytes"] for u in urls}
    for u in urls:
        for mode, *_ in modes:
            p = results[(u["name"], mode, "parley")]
            n = results[(u["name"], mode, "nginx")]
            pr, nr = med([r["rps"] for r in p]), med([r["rps"] for r in n])
            pc, nc = med([r["cpu_us"] for r in p]), med([r["cpu_us"] for r in n])

            def rng(rs):
                v = [r["rps"] for r in rs]
                return f"{fmt(med(v))} [{fmt(min(v))}–{fmt(max(v))}]" if len(v) > 1 else fmt(med(v))
            lines.append(f"| {u['name']} ({sizes[u['name']]:,} B) | {mode} | {rng(p)} | {rng(n)} | {ratio(pr, nr)} | "
                         f"{fmt(med([r['p50'] for r in p]), 2)} / {fmt(med([r['p99'] for r in p]), 2)} | "
                         f"{fmt(med([r['p50'] for r in n]), 2)} / {fmt(med([r['p99'] for r in n]), 2)} | "
                         f"{fmt(pc, 2)} | {fmt(nc, 2)} | {ratio(pc, nc)} |")
    for mode, _ in search_modes(args):
        s = results[("search (uncached)", mode, "parley")]
        v = [r["rps"] for r in s]
        rps = f"{fmt(med(v))} [{fmt(min(v))}–{fmt(max(v))}]" if len(v) > 1 else fmt(med(v))
        lines.append(f"| search, uncached (varying q) | {mode} | {rps} | – | – | "
                     f"{fmt(med([r['p50'] for r in s]), 2)} / {fmt(med([r['p99'] for r in s]), 2)} | – | "
                     f"{fmt(med([r['cpu_us'] for r in s]), 2)} | – | – |")
    lines.append("")
    lines.append("Uncached searches (`search.lua`: a new q per request, limit=10): "
                 + "; ".join(f"{mode}: server core busy {fmt(med([r['cpu_pct'] for r in results[('search (uncached)', mode, 'parley')]]))}%, "
                             f"wrk core {fmt(med([r['client_cpu_pct'] for r in results[('search (uncached)', mode, 'parley')]]))}%, "
                             f"response-cache hits {sum(r['cache_hits'] for r in results[('search (uncached)', mode, 'parley')])}"
                             for mode, _ in search_modes(args))
                 + " (medians over rounds; hits summed over the measured runs).")
    if any(k[2] == "ceiling" for k in results):
        lines.extend(ceiling_table(urls, modes, results))
    lines.append("")
    lines.append(f"Memory (KiB, whole process tree): at rest Parley {fmt(rest_rss)} / nginx {fmt(nginx_rest_rss)}; "
                 f"peak during load (VmHWM) Parley {fmt(peak['parley'])} / nginx {fmt(peak['nginx'])}")
    for name, (rest, before, after) in mem.items():
        lines.append(f"- {name}: {args.idle:,} idle keep-alive connections add {fmt(after - before)} KiB "
                     f"(RSS {fmt(before)} → {fmt(after)})")
    if vg:
        lines.append("")
        lines.append(f"valgrind, one keep-alive connection, one request per write, after {args.vg_warmup:,} warm-up "
                     f"requests: user-space instructions (callgrind, counters zeroed before and dumped after "
                     f"{args.vg_requests:,} requests) and heap blocks allocated (dhat, run with minus run without "
                     f"them), per request:")
        lines.append("")
        lines.append("| URL | Parley instr/req | nginx instr/req | ratio | Parley allocs/req |")
        lines.append("|---|---|---|---|---|")
        names = [u["name"] for u in urls] + (["distinct"] if ("distinct", "parley") in vg else [])
        for name in names:
            pi, pa = vg[(name, "parley")]
            ni, na = vg[(name, "nginx")]
            lines.append(f"| {name} | {fmt(pi)} | {fmt(ni)} | {ratio(pi, ni)} | {fmt(pa, 3)} |")
        lines.append("")
        lines.append("distinct: small, large, healthz and large again from a browser-like head (10 fields, "
                     "Accept, gzip), in turn on each connection, so no request repeats the one before it.")
    lines.append("")
    lines.append("URLs: " + ", ".join(f"{u['name']} = `{u['target']}`" for u in urls))
    table = "\n".join(lines)
    print(table)
    with open(os.path.join(OUT, "results.md"), "w") as f:
        f.write(table + "\n")
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump({"args": vars(args), "urls": urls,
                   "runs": {" | ".join(k): v for k, v in results.items()},
                   "valgrind": {" | ".join(k): v for k, v in vg.items()}, "memory": mem}, f, indent=1)


if __name__ == "__main__":
    main()
