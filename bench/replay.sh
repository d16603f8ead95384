#!/usr/bin/env bash
# Browser replay benchmark (issue 11 part 2): a 10-page, script-rendered paginated catalogue (100 records,
# a thumbnail each, a web font, a stylesheet, a logo and a background image) served on loopback, read by
# bench/replay/program.wt (`wtc exec`, release build), by the floor (bench/replay/floor.py: the bare
# DevTools pipe to the same headless shell, navigate, await the container, outerHTML, lxml) and by a
# Playwright + parsel peer on the same Chromium; RUNS interleaved runs, whole process each, medians, the
# ratios wtc/floor and wtc/playwright from this one run, wtc with and without --load-media, then the
# per-phase profiles (WTC_PROFILE=1).
# Usage: bench/replay.sh [RUNS]   (default 7)     WTC_CHROMIUM overrides the browser for all of them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
export PYTHONDONTWRITEBYTECODE=1

swift build -c release --product wtc >&2
[ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
# No `playwright install`: the peer launches the system browser through executable_path.
bench/.venv/bin/pip install -q playwright parsel lxml >&2

site=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$site"; }
trap cleanup EXIT
python3 bench/replay/make_site.py "$site/www" >/dev/null
python3 bench/replay/serve.py "$site/www" 0 >"$site/port" &
server=$!
for _ in $(seq 100); do [ -s "$site/port" ] && break; sleep 0.05; done
base="http://127.0.0.1:$(cat "$site/port")"

echo "browser: ${WTC_CHROMIUM:-/usr/lib/chromium/chromium-headless-shell} ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
bench/.venv/bin/python bench/replay/compare.py "$base" "$runs" .build/release/wtc bench/replay/program.wt \
  bench/.venv/bin/python
