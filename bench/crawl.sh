#!/usr/bin/env bash
# HTTP crawl benchmark (issue 3): the generated catalog (list pages + every detail page) crawled by
# `wtc exec bench/crawl/program.wt` and by a Python requests + parsel script doing the same work, against
# the same loopback server, whole process each, several runs. Prints medians and the ratio.
# Usage: bench/crawl.sh [PAGES] [ITEMS_PER_PAGE] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10}; per=${2:-20}; runs=${3:-5}

swift build -c release --product wtc >&2
swift build -c release --product wtc-sample-site >&2
[ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
bench/.venv/bin/pip install -q requests parsel lxml >&2

site=$(mktemp -d)
total=$(python3 bench/crawl/make_site.py "$site" "$pages" "$per")
.build/release/wtc-sample-site --root "$site" --seconds 600 >"$site/.url" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$site"' EXIT
for _ in $(seq 1 100); do [ -s "$site/.url" ] && break; sleep 0.05; done
base=$(head -n 1 "$site/.url")
echo "site: $pages list pages, $total detail pages, served at $base"

.build/release/wtc exec bench/crawl/program.wt --quiet --param "base_url=$base" >"$site/wtc.json"
bench/.venv/bin/python bench/crawl/peer.py "$base" >"$site/peer.json"
python3 - "$site/wtc.json" "$site/peer.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
print("outputs identical:", a == b, f"({len(a['items'])} items)")
sys.exit(0 if a == b else 1)
PY

python3 - "$base" "$runs" <<'PY'
import statistics, subprocess, sys, time
base, runs = sys.argv[1], int(sys.argv[2])
cmds = {
    "wtc exec": [".build/release/wtc", "exec", "bench/crawl/program.wt", "--quiet", "--param", f"base_url={base}"],
    "requests+parsel": ["bench/.venv/bin/python", "bench/crawl/peer.py", base],
}
med = {}
for name, cmd in cmds.items():
    times = []
    for _ in range(runs):
        t = time.perf_counter(); subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL); times.append(time.perf_counter() - t)
    med[name] = statistics.median(times)
    print(f"{name:16s} median {med[name]*1000:8.1f} ms  (runs: {', '.join(f'{x*1000:.0f}' for x in times)})")
print(f"ratio: wtc is {med['requests+parsel']/med['wtc exec']:.2f}x faster than requests+parsel")
PY
