#!/usr/bin/env python3
"""Validate rendered Rasad manifests: Kubernetes schemas, then Rasad's own rules.

Usage: check_manifests.py [--k8s 1.30 --k8s 1.37] RENDERED.yaml...
       check_manifests.py --self-test RENDERED.yaml

Each file is one `kubectl kustomize` output. Schema validation uses
kubernetes-validate in strict mode (unknown fields fail) against every pinned
Kubernetes version; a kind without a schema fails unless it is a known CRD,
which gets a structural check here instead. The cross-object rules catch what
a schema cannot: selectors that select nothing, probes on undeclared ports,
config keys the server would reject, a grace period shorter than the drain.

--self-test feeds deliberately broken copies of a good render and fails if
any of them passes, so a green run means the checks can fail.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tomllib

import kubernetes_validate
import yaml

DEFAULT_K8S_VERSIONS = ["1.30", "1.37"]

# Kinds validated structurally here because no Kubernetes schema covers them.
CRD_KINDS = {("monitoring.coreos.com/v1", "ServiceMonitor")}

# The server's config keys (crates/rasad-server config); it rejects any other.
CONFIG_KEYS = {
    "": {"data_dir", "listen", "health_listen", "metrics_listen", "log_format", "drain_timeout_secs"},
    "auth": {"token_file"},
    "tls": {"cert_file", "key_file", "client_ca_file"},
    "limits": {
        "max_document_bytes",
        "max_message_bytes",
        "max_query_bytes",
        "max_query_terms",
        "max_page_size",
        "max_stream_in_flight",
        "max_stream_in_flight_bytes",
        "max_concurrent_rpcs",
        "max_claims_per_document",
        "max_entities_per_document",
    },
    "index": {"writer_memory_mb", "warm_mb"},
}
TABLES = {k for k in CONFIG_KEYS if k}
LOG_FORMATS = {"auto", "json", "text"}
CONFIG_MOUNT = "/etc/rasad/config"
# Seconds left for the final commit after the drain, inside the grace period.
COMMIT_MARGIN_SECS = 5


class Findings:
    def __init__(self, source: str) -> None:
        self.source = source
        self.errors: list[str] = []

    def check(self, ok: bool, message: str) -> None:
        if not ok:
            self.errors.append(message)


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        docs = [d for d in yaml.safe_load_all(f) if d]
    if not docs:
        raise SystemExit(f"{path}: no resources rendered")
    return docs


def name_of(doc: dict) -> str:
    return f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"


def validate_schemas(docs: list[dict], versions: list[str], out: Findings) -> None:
    for doc in docs:
        if (doc.get("apiVersion"), doc.get("kind")) in CRD_KINDS:
            continue
        for version in versions:
            try:
                kubernetes_validate.validate(doc, version, strict=True)
            except kubernetes_validate.SchemaNotFoundError:
                out.check(False, f"{name_of(doc)}: no Kubernetes {version} schema for {doc.get('apiVersion')}")
            except kubernetes_validate.ValidationError as e:
                path = ".".join(str(p) for p in e.path)
                out.check(False, f"{name_of(doc)}: Kubernetes {version} schema: {path}: {e.message}")


def selects(selector: dict, labels: dict) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def port_number(addr: str) -> int:
    host, _, port = addr.rpartition(":")
    return int(port) if host and port.isdigit() else -1


def config_errors(cfg: dict) -> list[str]:
    errs = []
    for key, value in cfg.items():
        if isinstance(value, dict):
            if key not in TABLES:
                errs.append(f"unknown config table [{key}]")
                continue
            errs += [f"unknown config key {key}.{k}" for k in value if k not in CONFIG_KEYS[key]]
        elif key not in CONFIG_KEYS[""]:
            errs.append(f"unknown config key {key}")
    for key in ("listen", "health_listen", "metrics_listen"):
        if key in cfg and not str(cfg[key]).startswith("0.0.0.0:"):
            errs.append(f"{key} = {cfg[key]!r}: a pod must listen on 0.0.0.0 to be reachable")
    if cfg.get("log_format", "auto") not in LOG_FORMATS:
        errs.append(f"log_format must be one of {sorted(LOG_FORMATS)}")
    return errs


def env_key(name: str) -> tuple[str, str] | None:
    """RASAD_INDEX__WRITER_MEMORY_MB -> ("index", "writer_memory_mb")."""
    parts = name.removeprefix("RASAD_").lower().split("__")
    if len(parts) == 1:
        return "", parts[0]
    if len(parts) == 2:
        return parts[0], parts[1]
    return None


def check_statefulset(sts: dict, by_kind: dict, out: Findings) -> None:
    spec = sts["spec"]
    tmpl = spec["template"]
    labels = tmpl["metadata"].get("labels", {})
    pod = tmpl["spec"]
    out.check(selects(spec["selector"]["matchLabels"], labels), "StatefulSet selector does not match its pods")
    out.check(pod.get("enableServiceLinks") is False, "enableServiceLinks must be false (RASAD_* service env vars)")
    psc = pod.get("securityContext", {})
    out.check(psc.get("runAsNonRoot") is True, "pod securityContext.runAsNonRoot must be true")
    out.check(psc.get("runAsUser", 0) != 0, "pod must not run as uid 0")

    headless = [s for s in by_kind.get("Service", []) if s["metadata"]["name"] == spec.get("serviceName")]
    out.check(
        len(headless) == 1 and headless[0]["spec"].get("clusterIP") == "None",
        f"serviceName {spec.get('serviceName')!r} must name a headless Service",
    )

    containers = [c for c in pod["containers"] if c["name"] == "rasad"]
    out.check(len(containers) == 1, "StatefulSet needs one container named rasad")
    if not containers:
        return
    c = containers[0]
    csc = c.get("securityContext", {})
    out.check(csc.get("readOnlyRootFilesystem") is True, "readOnlyRootFilesystem must be true")
    out.check(csc.get("allowPrivilegeEscalation") is False, "allowPrivilegeEscalation must be false")
    out.check(csc.get("capabilities", {}).get("drop") == ["ALL"], "capabilities must drop ALL")
    res = c.get("resources", {})
    out.check("memory" in res.get("limits", {}), "a memory limit is required")
    out.check({"cpu", "memory"} <= set(res.get("requests", {})), "cpu and memory requests are required")

    ports = {p["containerPort"]: p["name"] for p in c.get("ports", [])}
    port_names = set(ports.values())
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        grpc = c.get(probe, {}).get("grpc")
        out.check(grpc is not None, f"{probe} must be a native gRPC probe")
        if grpc:
            out.check(grpc["port"] in ports, f"{probe} port {grpc['port']} is not a container port")

    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    claims = {t["metadata"]["name"] for t in spec.get("volumeClaimTemplates", [])}
    mounts = {m["mountPath"]: m["name"] for m in c.get("volumeMounts", [])}
    for path, vol in mounts.items():
        out.check(vol in volumes or vol in claims, f"volumeMount {path} uses unknown volume {vol}")
    configmaps = {m["metadata"]["name"]: m for m in by_kind.get("ConfigMap", [])}
    for vol in volumes.values():
        if "configMap" in vol:
            out.check(vol["configMap"]["name"] in configmaps, f"volume {vol['name']}: ConfigMap not rendered")
        if "persistentVolumeClaim" in vol:
            out.check(False, f"volume {vol['name']}: data must come from volumeClaimTemplates (one writer per PVC)")

    cfg_vol = mounts.get(CONFIG_MOUNT)
    cm_name = volumes.get(cfg_vol, {}).get("configMap", {}).get("name")
    out.check(c.get("args", [])[-2:] == ["--config", f"{CONFIG_MOUNT}/rasad.toml"], "args must pass --config")
    if cm_name not in configmaps:
        out.check(False, f"no ConfigMap mounted at {CONFIG_MOUNT}")
        return
    cfg = tomllib.loads(configmaps[cm_name]["data"]["rasad.toml"])
    for err in config_errors(cfg):
        out.check(False, f"rasad.toml: {err}")
    for env in c.get("env", []):
        if env["name"].startswith("RASAD_"):
            key = env_key(env["name"])
            known = key is not None and key[1] in CONFIG_KEYS.get(key[0], set())
            out.check(known, f"env {env['name']} is not a config key")
            if known:
                if key[0]:
                    cfg.setdefault(key[0], {})[key[1]] = env.get("value")
                else:
                    cfg[key[1]] = env.get("value")

    def mounted(path: str) -> bool:
        return any(path.startswith(m.rstrip("/") + "/") for m in mounts)

    out.check(mounts.get(cfg.get("data_dir")) in claims, "data_dir must be the volumeClaimTemplate's mount")
    for key in ("listen", "metrics_listen", "health_listen"):
        if key in cfg:
            out.check(port_number(cfg[key]) in ports, f"{key} port is not a container port")
    out.check(ports.get(port_number(cfg.get("listen", ""))) == "grpc", "listen port must be the port named grpc")
    out.check(ports.get(port_number(cfg.get("metrics_listen", ""))) == "metrics", "metrics port must be named metrics")
    token = cfg.get("auth", {}).get("token_file")
    out.check(token is None or mounted(token), f"auth.token_file {token} is not on a mounted volume")
    tls = cfg.get("tls", {})
    for key, path in tls.items():
        out.check(mounted(path), f"tls.{key} {path} is not on a mounted volume")
    if tls:
        # The kubelet's gRPC probes are plaintext: with TLS on they must target health_listen.
        health = port_number(cfg.get("health_listen", ""))
        for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
            grpc = c.get(probe, {}).get("grpc", {})
            out.check(grpc.get("port") == health, f"{probe}: TLS is on, so it must use the health_listen port")

    pre_stop = c.get("lifecycle", {}).get("preStop", {}).get("sleep", {}).get("seconds", 0)
    drain = int(cfg.get("drain_timeout_secs", 20))
    grace = pod.get("terminationGracePeriodSeconds", 30)
    out.check(
        grace >= pre_stop + drain + COMMIT_MARGIN_SECS,
        f"terminationGracePeriodSeconds {grace} < preStop {pre_stop} + drain {drain} + {COMMIT_MARGIN_SECS}",
    )
    ann = tmpl["metadata"].get("annotations", {})
    if ann.get("prometheus.io/scrape") == "true":
        out.check(ports.get(int(ann.get("prometheus.io/port", -1))) == "metrics", "prometheus.io/port != metrics")

    for svc in by_kind.get("Service", []):
        out.check(selects(svc["spec"].get("selector", {}), labels), f"Service {svc['metadata']['name']} selects no pod")
        for p in svc["spec"]["ports"]:
            tp = p.get("targetPort", p["port"])
            ok = tp in port_names if isinstance(tp, str) else tp in ports
            out.check(ok, f"Service {svc['metadata']['name']}: targetPort {tp} is not a container port")
    for pdb in by_kind.get("PodDisruptionBudget", []):
        out.check(selects(pdb["spec"]["selector"]["matchLabels"], labels), "PodDisruptionBudget selects no pod")
    for sm in by_kind.get("ServiceMonitor", []):
        sel = sm.get("spec", {}).get("selector", {}).get("matchLabels", {})
        targets = [s for s in by_kind.get("Service", []) if selects(sel, s["metadata"].get("labels", {}))]
        out.check(bool(targets), "ServiceMonitor selects no Service")
        for ep in sm.get("spec", {}).get("endpoints", []):
            ok = any(ep.get("port") in {p.get("name") for p in s["spec"]["ports"]} for s in targets)
            out.check(ok, f"ServiceMonitor endpoint port {ep.get('port')!r} is on no selected Service")


def check(docs: list[dict], versions: list[str], source: str) -> Findings:
    out = Findings(source)
    validate_schemas(docs, versions, out)
    by_kind: dict[str, list[dict]] = {}
    for d in docs:
        by_kind.setdefault(d.get("kind"), []).append(d)
    sts = by_kind.get("StatefulSet", [])
    out.check(len(sts) == 1, "expected exactly one StatefulSet")
    for required in ("Service", "PodDisruptionBudget", "ConfigMap"):
        out.check(required in by_kind, f"no {required} rendered")
    if len(sts) == 1 and not out.errors:
        check_statefulset(sts[0], by_kind, out)
    return out


def broken_variants(docs: list[dict]) -> list[tuple[str, list[dict]]]:
    """Copies of a good render, each with one mistake the checks must catch."""

    def variant(label: str, mutate) -> tuple[str, list[dict]]:
        d = copy.deepcopy(docs)
        sts = next(x for x in d if x["kind"] == "StatefulSet")
        mutate(sts, d)
        return label, d

    def pod(s):
        return s["spec"]["template"]["spec"]

    def ctr(s):
        return pod(s)["containers"][0]

    def cfg_set(d, text):
        cm = next(x for x in d if x["kind"] == "ConfigMap")
        cm["data"]["rasad.toml"] += text

    variants = [
        variant("unknown field", lambda s, d: s["spec"].update(replica=2)),
        variant("wrong type", lambda s, d: s["spec"].update(replicas="one")),
        variant("unknown apiVersion", lambda s, d: s.update(apiVersion="apps/v2")),
        variant("root filesystem writable", lambda s, d: ctr(s)["securityContext"].update(readOnlyRootFilesystem=False)),
        variant("service links on", lambda s, d: pod(s).update(enableServiceLinks=True)),
        variant("probe on undeclared port", lambda s, d: ctr(s)["livenessProbe"]["grpc"].update(port=1234)),
        variant("grace shorter than drain", lambda s, d: pod(s).update(terminationGracePeriodSeconds=10)),
        variant("unknown config key", lambda s, d: cfg_set(d, "\nlisten_port = 1\n")),
        variant("unknown env key", lambda s, d: ctr(s).setdefault("env", []).append({"name": "RASAD_FOO", "value": "1"})),
        variant("selector mismatch", lambda s, d: s["spec"]["selector"]["matchLabels"].update(x="y")),
    ]
    cm = next(x for x in docs if x["kind"] == "ConfigMap")
    if "tls" in tomllib.loads(cm["data"].get("rasad.toml", "")):
        # The kubelet cannot probe a TLS port.
        variants.append(variant("probe on the TLS port", lambda s, d: ctr(s)["readinessProbe"]["grpc"].update(port=50051)))
    return variants


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--k8s", action="append", help=f"Kubernetes version(s); default {DEFAULT_K8S_VERSIONS}")
    ap.add_argument("--self-test", action="store_true", help="check that broken variants of the input fail")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    versions = args.k8s or DEFAULT_K8S_VERSIONS

    if args.self_test:
        docs = load(args.files[0])
        base = check(docs, versions, args.files[0])
        missed = [label for label, d in broken_variants(docs) if not check(d, versions, label).errors]
        for label in missed:
            print(f"FAIL self-test: the broken variant {label!r} passed")
        passed = len(broken_variants(docs)) - len(missed)
        print(f"self-test: {passed} passed, {len(missed)} failed")
        return 1 if missed or base.errors else 0

    failed = 0
    for path in args.files:
        docs = load(path)
        result = check(docs, versions, path)
        kinds = ", ".join(name_of(d) for d in docs)
        if result.errors:
            failed += 1
            for e in result.errors:
                print(f"FAIL {path}: {e}")
        else:
            print(f"ok   {path}: {len(docs)} resources valid for Kubernetes {', '.join(versions)} ({kinds})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
