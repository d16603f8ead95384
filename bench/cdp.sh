#!/usr/bin/env bash
# CDP benchmark: wtc's pipe client (release) against Python Playwright driving the same
# chromium-headless-shell binary, in the same run: launch, target creation + attach, new page, 1,000
# sequential Runtime.evaluate("1") round trips (Playwright: page.evaluate and a raw CDPSession),
# navigation, screenshot, close. Prints medians and the ratios.
# Usage: bench/cdp.sh [ROUND_TRIPS]        (WTC_CHROMIUM overrides the browser for both)
set -euo pipefail
cd "$(dirname "$0")/.."
trips=${1:-1000}
exe=${WTC_CHROMIUM:-/usr/lib/chromium/chromium-headless-shell}

swift build -c release --product wtc-bench-cdp >&2
[ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
# No `playwright install`: the peer uses the system browser through executable_path.
bench/.venv/bin/pip install -q playwright >&2

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
WTC_CHROMIUM="$exe" .build/release/wtc-bench-cdp "$trips" >"$out/wtc.json"
bench/.venv/bin/python bench/cdp/playwright_peer.py "$exe" "$trips" >"$out/playwright.json"
python3 bench/cdp/report.py "$out/wtc.json" "$out/playwright.json"
