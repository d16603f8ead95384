#!/usr/bin/env bash
# Samples benchmark (issue: wtc vs Playwright): for each sample, `wtc exec --mode browser` against a
# Python Playwright + parsel script doing the same work (bench/playwright/<sample>.py) on the same
# chromium-headless-shell binary and the same loopback site, whole process each, RUNS runs interleaved,
# medians; plus wtc --mode http where the program can run over HTTP, launch and per-step times, the
# browser's own page-load time, and DevTools round-trip latency (Playwright here, wtc via bench/cdp.sh).
# Checks first that both print the same result. Usage: bench/playwright.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
# The peers import bench/playwright/common.py; keep __pycache__ out of the source tree.
export PYTHONDONTWRITEBYTECODE=1

swift build -c release --product wtc >&2
swift build -c release --product wtc-sample-site >&2
[ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
# No `playwright install`: the peer launches the system browser through executable_path.
bench/.venv/bin/pip install -q playwright parsel >&2

echo "browser: ${WTC_CHROMIUM:-/usr/lib/chromium/chromium-headless-shell} ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
bench/.venv/bin/python bench/playwright/harness.py "$runs"

echo
echo "== DevTools round trip =="
bench/.venv/bin/python bench/playwright/roundtrip.py 1000
if [ -f bench/cdp.sh ]; then
  echo "-- bench/cdp.sh (wtc's CDP client and Playwright, same binary):"
  bash bench/cdp.sh 1000 || echo "bench/cdp.sh failed (exit $?; its error is on stderr)"
else
  echo "(bench/cdp.sh is not there: no wtc round-trip numbers)"
fi
