#!/usr/bin/env bash
# The README's first command: build wtc (release) and run it on the bundled samples, on loopback only
# (no API key, no network): check and format every sample, then run the quotes sample end to end over
# plain HTTP against its own site and compare the result with samples/quotes/expected.json; then compile
# the trace recorded from it and run the compiled program too. First it installs the Debian packages the
# build needs (scripts/install-system-deps.sh: quiet when they are all there).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-system-deps.sh

echo "==> building wtc (release)"
swift build -c release --product wtc
swift build -c release --product wtc-sample-site
bin=".build/release"
wtc="$bin/wtc"

echo "==> wtc --version: $("$wtc" --version)"
echo "==> wtc check samples/*/program.wt"
"$wtc" check samples/*/program.wt && echo "    every sample is a valid program"
echo "==> wtc check samples/quotes/program.wt --output-schema samples/quotes/output.schema.json"
"$wtc" check samples/quotes/program.wt --output-schema samples/quotes/output.schema.json \
    && echo "    the declared outputs satisfy the JSON Schema"
echo "==> wtc fmt --check samples/*/program.wt"
"$wtc" fmt --check samples/*/program.wt && echo "    every sample is already in canonical form"

echo "==> serving samples/quotes/site on loopback"
site_out=$(mktemp)
"$bin/wtc-sample-site" quotes --seconds 600 >"$site_out" &
site_pid=$!
trap 'kill $site_pid 2>/dev/null || true; rm -f "$site_out"' EXIT
for _ in $(seq 1 100); do [ -s "$site_out" ] && break; sleep 0.05; done
base=$(head -n 1 "$site_out")
echo "    $base"

echo "==> wtc exec samples/quotes/program.wt --param base_url=$base"
result=$(mktemp)
"$wtc" exec samples/quotes/program.wt --param "base_url=$base" | tee "$result"
python3 - "$result" samples/quotes/expected.json <<'PY'
import json, sys
same = json.load(open(sys.argv[1])) == json.load(open(sys.argv[2]))
print("    the result equals samples/quotes/expected.json" if same else "    MISMATCH with expected.json")
sys.exit(0 if same else 1)
PY

echo "==> wtc compile samples/quotes/trace --explain   (the trace recorded from that program)"
compiled=$(mktemp --suffix=.wt)
"$wtc" compile samples/quotes/trace -o "$compiled" --explain
cat "$compiled"
cmp -s "$compiled" samples/quotes/compiled.wt && echo "    identical to samples/quotes/compiled.wt; replayed on the trace's snapshots"
echo "==> wtc exec (the compiled program) --param base_url=$base"
"$wtc" exec "$compiled" --quiet --param "base_url=$base" >"$result.2"
python3 - "$result.2" samples/quotes/expected.json <<'PY'
import json, sys
same = json.load(open(sys.argv[1])) == json.load(open(sys.argv[2]))
print("    the compiled program's result equals samples/quotes/expected.json" if same else "    MISMATCH")
sys.exit(0 if same else 1)
PY
rm -f "$compiled" "$result.2"

echo "==> a program with mistakes, to show the diagnostics:"
"$wtc" check scripts/demo-broken.wt || echo "(exit code $? — 65 means 'invalid program', as expected)"

echo "==> wtc run, twice: the Web Tasks cycle on the same site. The model is a RECORDED CONVERSATION"
echo "    (samples/quotes/agent/transcript.jsonl, played back: no API key, no network); the browser is real."
data=$(mktemp -d)
for n in 1 2; do
    started=$(date +%s.%N)
    "$wtc" run "Collect every quote tagged love, with its author and tags" --start-url "$base/tag/love/" \
        --reuse-key demo-quotes --data-dir "$data" --transcript samples/quotes/agent/transcript.jsonl \
        >"$result.run$n" 2>"$result.err$n" || { cat "$result.err$n"; exit 1; }
    ended=$(date +%s.%N)
    grep -E '^(agent step|ledger)' "$result.err$n" | sed 's/^/    /'
    python3 - "$result.run$n" "$n" "$started" "$ended" samples/quotes/expected.json <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
n, seconds = sys.argv[2], float(sys.argv[4]) - float(sys.argv[3])
reuse, ledger = report["reuse"], report["ledger"]
how = "replayed the saved program" if reuse["used"] else "explored with the agent, compiled and verified"
print(f"    run {n}: {report['outcome']}, {how}; {ledger['modelCalls']} model calls, "
      f"AI ${report['cost']['aiUsd']:.4f}, {seconds:.2f} s, reuse key {reuse['key']} "
      f"(created {reuse['created']}, updated {reuse['updated']}, used {reuse['used']})")
same = report["result"]["data"] == json.load(open(sys.argv[5]))
print("    the result equals samples/quotes/expected.json" if same else "    MISMATCH with expected.json")
sys.exit(0 if same and report["outcome"] == "success" else 1)
PY
done
echo "==> the program the first run saved: wtc keys show demo-quotes --data-dir $data"
"$wtc" keys show demo-quotes --data-dir "$data"
echo "==> wtc keys history demo-quotes"
"$wtc" keys history demo-quotes --data-dir "$data" | sed 's/^/    /'
rm -rf "$data" "$result".*

echo "==> the same cycle through the Web Tasks HTTP API (scripts/service-demo.sh)"
./scripts/service-demo.sh

