#!/usr/bin/env python3
"""Sanity checks for deploy/kubernetes.yaml (needs PyYAML: apt-get install python3-yaml).

Parses every document and checks what the deployment relies on: 3 replicas, probes on
/healthz and /readyz, requests and limits, a locked-down securityContext, a grace period above
the server's drain timeout, a ClusterIP Service 80 -> 8080 and an autoscaling/v2 CPU HPA.
If `kubernetes-validate` (PyPI) is installed, the file is also validated against the
Kubernetes schemas. Prints PASS/FAIL lines; exits 1 on any failure.
"""
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "deploy/kubernetes.yaml")
failures = 0


def check(ok, what):
    global failures
    print(("PASS  " if ok else "FAIL  ") + what)
    failures += 0 if ok else 1


docs = [d for d in yaml.safe_load_all(path.read_text()) if d]
check(len(docs) >= 3, f"{path.name} parses: {', '.join(d['kind'] for d in docs)}")
by_kind = {d["kind"]: d for d in docs}

dep = by_kind.get("Deployment", {})
spec = dep.get("spec", {})
pod = spec.get("template", {}).get("spec", {})
ctr = (pod.get("containers") or [{}])[0]
env = {e["name"]: e.get("value") for e in ctr.get("env", [])}
port = next((p for p in ctr.get("ports", []) if p.get("name") == "http"), {})
csc = ctr.get("securityContext", {})
psc = pod.get("securityContext", {})

check(spec.get("replicas") == 3, "Deployment: 3 replicas")
check(spec.get("selector", {}).get("matchLabels", {}).items() <= spec.get("template", {}).get("metadata", {}).get("labels", {}).items(),
      "Deployment: selector matches the pod labels")
check(port.get("containerPort") == 8080, "container port http = 8080")
check(ctr.get("livenessProbe", {}).get("httpGet", {}).get("path") == "/healthz", "liveness probe GET /healthz")
check(ctr.get("readinessProbe", {}).get("httpGet", {}).get("path") == "/readyz", "readiness probe GET /readyz")
res = ctr.get("resources", {})
check(all(k in res.get(s, {}) for s in ("requests", "limits") for k in ("cpu", "memory")), "resources: cpu and memory requests and limits")
check(csc.get("runAsNonRoot") is True or psc.get("runAsNonRoot") is True, "securityContext: runAsNonRoot")
check(isinstance(psc.get("runAsUser", csc.get("runAsUser")), int) and psc.get("runAsUser", csc.get("runAsUser")) != 0,
      "securityContext: numeric non-zero runAsUser")
check(csc.get("readOnlyRootFilesystem") is True, "securityContext: readOnlyRootFilesystem")
check(csc.get("allowPrivilegeEscalation") is False, "securityContext: allowPrivilegeEscalation false")
check(csc.get("capabilities", {}).get("drop") == ["ALL"], "securityContext: capabilities drop ALL")
drain = float(env.get("PARLEY_DRAIN_TIMEOUT", 10))
pre_stop = ctr.get("lifecycle", {}).get("preStop", {}).get("exec", {}).get("command", [])
pre_stop_s = float(pre_stop[1]) if len(pre_stop) == 2 and pre_stop[0] == "sleep" else 0.0
grace = pod.get("terminationGracePeriodSeconds", 30)
check(grace > pre_stop_s + drain, f"terminationGracePeriodSeconds {grace} > preStop {pre_stop_s:g} s + drain timeout {drain:g} s")

svc = by_kind.get("Service", {}).get("spec", {})
sp = (svc.get("ports") or [{}])[0]
check(svc.get("type", "ClusterIP") == "ClusterIP" and sp.get("port") == 80 and sp.get("targetPort") in (8080, "http"),
      "Service: ClusterIP port 80 -> 8080")
check(svc.get("selector", {}).items() <= spec.get("template", {}).get("metadata", {}).get("labels", {}).items(),
      "Service: selector matches the pod labels")

hpa = by_kind.get("HorizontalPodAutoscaler", {})
hs = hpa.get("spec", {})
metric = (hs.get("metrics") or [{}])[0]
check(hpa.get("apiVersion") == "autoscaling/v2", "HPA: autoscaling/v2")
check(hs.get("scaleTargetRef", {}).get("name") == dep.get("metadata", {}).get("name"), "HPA: targets the Deployment")
check(metric.get("type") == "Resource" and metric.get("resource", {}).get("name") == "cpu", "HPA: CPU utilization target")
check(hs.get("minReplicas", 1) <= spec.get("replicas", 1) <= hs.get("maxReplicas", 0), "HPA: min <= replicas <= max")

if shutil.which("kubernetes-validate"):
    r = subprocess.run(["kubernetes-validate", "--strict", str(path)], capture_output=True, text=True)
    check(r.returncode == 0, "kubernetes-validate --strict (schemas): " + (r.stdout + r.stderr).strip().replace("\n", "; "))
else:
    print("SKIP  kubernetes-validate not installed (pip install kubernetes-validate)")

print("RESULT:", "PASS" if failures == 0 else f"FAIL, {failures} check(s)")
sys.exit(1 if failures else 0)
