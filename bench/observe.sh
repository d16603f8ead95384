#!/usr/bin/env bash
# Observation size (issue 12, item 1): tokens of the agent's view (`PageObserving.observe`, uncapped) of
# the first page of every sample site and every realistic site, next to the same page's HTML and
# Playwright's `locator("body").aria_snapshot()`, in the same run and the same Chromium binary; token
# counts are estimated the same way for all three (UTF-8 bytes / 4). Prints a table and the medians.
# Goals: median ours/aria ≤ 0.7 and median ours ≤ 3,000 tokens.
# Usage: bench/observe.sh [PYTHON]   (default: bench/.venv/bin/python, with playwright installed)
# With WTC_OBSERVE_BENCH_VIEWS=DIR, both texts of every page are kept in DIR to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-bench/.venv/bin/python}
[ -x "$python" ] || { echo "no Python with Playwright at $python (see bench/playwright.sh)" >&2; exit 66; }
out=$(mktemp)
site=$(mktemp -d)
servers=()
cleanup() { for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$site" "$out"; }
trap cleanup EXIT
swift build --build-tests >&2
# The bench pages: the replay benchmark's script-rendered catalogue and the crawl benchmark's catalogue.
python3 bench/replay/make_site.py "$site/replay" >/dev/null
python3 bench/crawl/make_site.py "$site/crawl" >/dev/null
serve() {  # serve DIR NAME: starts a static server for DIR, prints its base URL
  .build/debug/wtc-sample-site --root "$1" --seconds 900 >"$site/$2.url" &
  servers+=($!)
  for _ in $(seq 100); do [ -s "$site/$2.url" ] && break; sleep 0.05; done
}
serve "$site/replay" replay
serve "$site/crawl" crawl
detail=/catalog/item-1/
replay=$(head -1 "$site/replay.url")
crawl=$(head -1 "$site/crawl.url")
export WTC_OBSERVE_BENCH_PAGES="replay-list $replay/list/1/;crawl-catalog $crawl/catalog/;crawl-detail $crawl$detail"
WTC_OBSERVE_BENCH="$(cd "$(dirname "$python")" && pwd)/$(basename "$python")" WTC_OBSERVE_BENCH_OUT="$out" \
  swift test --skip-build --filter ObserveBenchTests >&2
cat "$out"
