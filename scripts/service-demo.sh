#!/usr/bin/env bash
# The Web Tasks service on the embedded store: `wtc serve` on loopback, the same task submitted twice over
# the HTTP API (x-api-key, start, poll the result), first run vs second run: time, AI dollars, reuse. The
# model is a RECORDED CONVERSATION (samples/quotes/agent/transcript.jsonl): no API key, no network.
# Expects the release build of scripts/demo.sh (or builds it); `--store postgres://…` is passed on to serve.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${WTC_BIN_DIR:-.build/release}"
[ -x "$bin/wtc" ] && [ -x "$bin/wtc-sample-site" ] || {
    swift build -c release --product wtc
    swift build -c release --product wtc-sample-site
}

site_out=$(mktemp); serve_err=$(mktemp); data=$(mktemp -d)
cleanup() { kill "$site_pid" "$serve_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$site_out" "$serve_err" "$data"; }
trap cleanup EXIT
"$bin/wtc-sample-site" quotes --seconds 600 >"$site_out" &
site_pid=$!
for _ in $(seq 1 100); do [ -s "$site_out" ] && break; sleep 0.05; done
base=$(head -n 1 "$site_out")

echo "==> wtc serve --data-dir $data --port 0 --allow-loopback --transcript samples/quotes/agent/transcript.jsonl $*"
WTC_API_KEYS="demo:demo-key-0123456789" "$bin/wtc" serve --data-dir "$data" --port 0 --workers 2 --allow-loopback \
    --transcript samples/quotes/agent/transcript.jsonl "$@" 2>"$serve_err" &
serve_pid=$!
for _ in $(seq 1 200); do grep -q "serving on" "$serve_err" && break; sleep 0.05; done
api=$(grep -o "http://[0-9.:]*" "$serve_err" | head -n 1)
[ -n "$api" ] || { cat "$serve_err"; exit 1; }
echo "    $api (GET $api/openapi.json, $api/metrics; the console at $api/ , API key demo-key-0123456789)"

python3 - "$api" "$base" <<'PY'
import json, sys, time, urllib.request
api, site = sys.argv[1], sys.argv[2]
def call(method, path, body=None):
    request = urllib.request.Request(api + "/api/v1/workspace/demo" + path, method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"x-api-key": "demo-key-0123456789", "content-type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)
task = {"task": "Collect every quote tagged love, with its author and tags", "startUrl": site + "/tag/love/",
        "reuseKey": "demo-quotes"}
for n in (1, 2):
    started = time.monotonic()
    task_id = call("POST", "/web-tasks/start", task)["webTaskId"]
    while (result := call("GET", f"/web-tasks/{task_id}/result"))["status"] in ("pending", "started"):
        time.sleep(0.05)
    seconds = time.monotonic() - started
    reuse, cost, calls = result.get("reuse") or {}, result["cost"], result.get("ledger", {}).get("modelCalls")
    how = "replayed the saved program" if reuse.get("used") else "explored with the agent, compiled and verified"
    quotes = len(result.get("result", {}).get("data", {}).get("quotes", []))
    print(f"    run {n} ({task_id}): {result['outcome']}, {how}; {seconds:.2f} s, {calls} model calls, AI ${cost['aiUsd']:.4f}, "
          f"reuse used={reuse.get('used')} created={reuse.get('created')}; {quotes} quotes")
    if result["outcome"] != "success":
        print(json.dumps(result, indent=2)); sys.exit(1)
PY
echo "==> wtc keys history demo-quotes --workspace demo"
"$bin/wtc" keys history demo-quotes --workspace demo --data-dir "$data" "$@" | sed 's/^/    /'
