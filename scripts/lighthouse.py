#!/usr/bin/env python
"""Lighthouse on six public pages of a production-mode site: four scores per page.

Without --url the script prepares and serves its own site as `make bench` does
(gunicorn, DJANGO_DEBUG=0, a throw-away SQLite with the demo content and collected
static files) behind Debian's nginx running deploy/nginx/kede.conf, so uploads, static
files and compression are as in production. With --url it measures a running stack,
e.g. `make prod`'s.

Lighthouse comes from tools/package.json (pinned in tools/package-lock.json) and
is installed into tools/node_modules with `npm ci` when missing. It drives Debian's
Chromium with the flags of the browser journeys, in its default mobile form factor
with simulated throttling. Each score below its target is followed by the titles of
the audits that cost it. The exit status says whether the run worked, not whether
the targets were met (performance varies with the machine's load).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prodsite import NGINX, free_port, nginx_front, production_site  # noqa: E402

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

TOOLS = ROOT / "tools"
LIGHTHOUSE = TOOLS / "node_modules" / ".bin" / "lighthouse"
PAGES = [
    ("home", "/"),
    ("category", "/products/breakers/"),
    ("product", "/products/breakers-side/kd-68s/"),
    ("article", "/news/company/spring-festival-service-2025/"),
    ("careers", "/careers/"),
    ("message form", "/service/message/"),
]
METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]
CATEGORIES = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def install():
    """npm ci from the committed lock file; no install scripts (vnu-jar's would fetch a Java)."""
    if LIGHTHOUSE.exists():
        return
    print("Installing the pinned tools (npm ci in tools/) …", flush=True)
    subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=TOOLS, check=True)


def run_lighthouse(url, report):
    flags = [arg for arg in CHROMIUM_ARGS if arg != "--headless"] + ["--headless=new"]
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(flags)}",
        "--max-wait-for-load=60000",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    # Lighthouse now and then fails to record the page load's trace (NO_NAVSTART: "Please run Lighthouse
    # again"); a second try is what it asks for. A page that fails twice stops the run.
    for attempt in range(2):
        if subprocess.run(command, env=env, stdout=subprocess.DEVNULL).returncode == 0:
            return json.loads(Path(report).read_text())
        print(f"Lighthouse failed on {url}" + (", trying once more …" if attempt == 0 else ""), flush=True)
    raise SystemExit(f"Lighthouse failed twice on {url}")


def shortfalls(result, category):
    """Titles of the audits that keep a category below 100 (the scored ones, and for
    performance the metrics under 0.9 and the opportunities with savings)."""
    audits = result["audits"]
    lines = []
    for ref in result["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        score = audit.get("score")
        if score is None or audit.get("scoreDisplayMode") in ("notApplicable", "manual", "informative"):
            continue
        if category == "performance":
            if ref.get("weight") and score < 0.9:
                lines.append(f"{audit['title']}: {audit.get('displayValue', '')} (score {score:.2f})")
            elif not ref.get("weight") and score < 0.9 and audit.get("details", {}).get("overallSavingsMs"):
                lines.append(f"{audit['title']}: saves {audit['details']['overallSavingsMs']:.0f} ms")
        elif score < 1:
            items = audit.get("details", {}).get("items") or []
            where = [
                item.get("node", {}).get("selector") or item.get("url") or item.get("sourceLocation", {}).get("url")
                for item in items
                if isinstance(item, dict)
            ]
            where = [each for each in where if each][:3]
            lines.append(audit["title"] + (f" — {', '.join(where)}" if where else ""))
    return lines


def measure(base, out):
    print(f"Lighthouse {lighthouse_version()} (mobile, simulated throttling) with {CHROMIUM} on {base}\n")
    print(f"{'page':<14}{'perf':>6}{'a11y':>6}{'best':>6}{'seo':>6}", end="")
    print(f"{'FCP s':>7}{'LCP s':>7}{'TBT ms':>8}{'CLS':>6}  path")
    missed = []
    notes = []
    for name, path in PAGES:
        report = out / f"{name.replace(' ', '-')}.json"
        # One request first: a visitor meets pages from the warm page cache, not the first render after a start.
        urllib.request.urlopen(base.rstrip("/") + path, timeout=30).read()
        result = run_lighthouse(base.rstrip("/") + path, report)
        if result.get("runtimeError"):
            print(f"{name:<14} runtime error: {result['runtimeError'].get('message')}")
            missed.append(name)
            continue
        scores = {key: round((result["categories"][key]["score"] or 0) * 100) for key in CATEGORIES}
        metric = {key: result["audits"][key]["numericValue"] for key in METRICS}
        print(
            f"{name:<14}"
            + "".join(f"{scores[key]:>6}" for key in CATEGORIES)
            + f"{metric['first-contentful-paint'] / 1000:>7.1f}{metric['largest-contentful-paint'] / 1000:>7.1f}"
            + f"{metric['total-blocking-time']:>8.0f}{metric['cumulative-layout-shift']:>6.2f}  {path}",
            flush=True,
        )
        for key, target in CATEGORIES.items():
            if scores[key] < target:
                missed.append(f"{name} {key} {scores[key]} < {target}")
                notes.append((name, key, shortfalls(result, key)))
    for name, key, lines in notes:
        print(f"\n{name} — {key}:")
        for line in lines or ["(no single audit; see the report)"]:
            print(f"  - {line}")
    print(f"\nTargets: performance ≥ 95, the others 100. JSON reports in {out}")
    print("Missed: " + "; ".join(missed) if missed else "Every target met.")


def lighthouse_version():
    return json.loads((TOOLS / "node_modules" / "lighthouse" / "package.json").read_text())["version"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="base URL of a running site (default: start a production-mode gunicorn)")
    parser.add_argument("--out", type=Path, help="folder for the JSON reports (default: a temporary one)")
    args = parser.parse_args()
    install()
    out = args.out or Path(tempfile.mkdtemp(prefix="kede-lighthouse-"))
    out.mkdir(parents=True, exist_ok=True)
    if args.url:
        measure(args.url, out)
        return
    if not os.path.exists(NGINX):
        raise SystemExit(f"{NGINX} not found (apt-get install nginx libnginx-mod-http-brotli-static), or pass --url")
    public = free_port()
    with production_site(public_port=public) as (port, _server, work), nginx_front(port, work, public) as front:
        measure(f"http://127.0.0.1:{front}", out)


if __name__ == "__main__":
    main()
