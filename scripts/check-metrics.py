#!/usr/bin/env python3
"""Fetch a running Parley's /metrics and parse it with the Prometheus client's own parser.

    check-metrics.py --url http://127.0.0.1:8080

Fails (exit 1) when the text does not parse or a family operators rely on is missing.
"""
import argparse
import sys
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

REQUIRED = {
    "parley_http_requests": "counter",
    "parley_http_request_duration_seconds": "histogram",
    "parley_open_connections": "gauge",
    "parley_bytes_received": "counter",
    "parley_bytes_sent": "counter",
    "parley_index_items": "gauge",
    "parley_build_info": "gauge",
    "process_resident_memory_bytes": "gauge",
    "process_open_fds": "gauge",
    "process_start_time_seconds": "gauge",
    "process_cpu_seconds": "counter",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    args = ap.parse_args()
    base = args.url.rstrip("/")
    urllib.request.urlopen(f"{base}/healthz", timeout=5).read()  # so a request counter exists
    with urllib.request.urlopen(f"{base}/metrics", timeout=5) as resp:
        ctype = resp.headers.get("Content-Type", "")
        text = resp.read().decode("utf-8")
    if not ctype.startswith("text/plain"):
        print(f"FAIL /metrics Content-Type is {ctype!r}, expected text/plain; version=0.0.4")
        return 1
    families = {f.name: f for f in text_string_to_metric_families(text)}
    problems = []
    for name, kind in REQUIRED.items():
        fam = families.get(name)
        if fam is None:
            problems.append(f"missing {name}")
        elif fam.type != kind:
            problems.append(f"{name} is a {fam.type}, expected {kind}")
        elif not fam.samples:
            problems.append(f"{name} has no samples")
    for p in problems:
        print("FAIL", p)
    print(f"metrics: {len(families)} families parsed, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
