#!/usr/bin/env bash
# Load benchmarks of `wtc serve` on loopback (issue 13), release build, embedded SQLite store in a temporary
# data folder, the recorded model conversation (samples/quotes/agent/transcript.jsonl) and the bundled quotes
# site (samples/quotes/site, served by bench/replay/serve.py):
#   1. polls: one task completed, then GET its result at RATE/s for SECONDS, open loop over keep-alive
#      connections (bench/service/polls.py); the peer is the same load on /healthz of the same server, printed
#      as poll p99 / healthz p99.
#   2. drain: TASKS tasks started at once over KEYS reuse keys (the first run per key explores, the rest
#      replay) against `wtc serve --workers WORKERS`, time until all are completed (bench/service/drain.py);
#      the peer is the same with --workers 1, printed as the speed-up.
# With WTC_BENCH_POSTGRES_URL=postgres://… both run against that PostgreSQL store too, e.g.
#   scripts/with-postgres.sh sh -c 'WTC_BENCH_POSTGRES_URL=$WTC_TEST_POSTGRES_URL bench/service.sh'
# Environment: WTC_BINARY (default .build/release/wtc, built when missing), WTC_BENCH_RATE (1000; a list
# such as 250,1000 measures each rate in turn),
# WTC_BENCH_SECONDS (60), WTC_BENCH_WARMUP (3), WTC_BENCH_TASKS (200), WTC_BENCH_KEYS (4),
# WTC_BENCH_WORKERS (4), WTC_BENCH_ONLY (polls or drain: run one part), WTC_BENCH_KEEP (a file to copy the
# raw JSON lines to). Exit 0; 1 when a request failed or a drained task did not succeed; 69 a server or the
# site did not start.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PYTHONDONTWRITEBYTECODE=1
rate=${WTC_BENCH_RATE:-1000}
seconds=${WTC_BENCH_SECONDS:-60}
warmup=${WTC_BENCH_WARMUP:-3}
tasks=${WTC_BENCH_TASKS:-200}
keys=${WTC_BENCH_KEYS:-4}
workers=${WTC_BENCH_WORKERS:-4}
only=${WTC_BENCH_ONLY:-}
postgres=${WTC_BENCH_POSTGRES_URL:-}
binary=${WTC_BINARY:-.build/release/wtc}
[ -x "$binary" ] || swift build -c release --product wtc >&2
workspace=bench
key=bench-key-0123456789

work=$(mktemp -d)
site_pid=""
serve_pid=""
stop_serve() {
    if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
    serve_pid=""
}
cleanup() {
    stop_serve
    if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

python3 bench/replay/serve.py samples/quotes/site 0 >"$work/site.port" &
site_pid=$!
for _ in $(seq 1 100); do [ -s "$work/site.port" ] && break; sleep 0.05; done
[ -s "$work/site.port" ] || { echo "service.sh: the sample site did not start" >&2; exit 69; }
start_url="http://127.0.0.1:$(cat "$work/site.port")/tag/love/"

# start_serve NAME ARGS…: `wtc serve --port 0 ARGS…` in the background; sets serve_pid and api.
start_serve() {
    local log="$work/$1.serve.log"
    shift
    : >"$log"   # before the server starts, so the wait below never greps a missing file
    WTC_API_KEYS="$workspace:$key" "$binary" serve --port 0 --allow-loopback \
        --transcript "$root/samples/quotes/agent/transcript.jsonl" "$@" 2>"$log" &
    serve_pid=$!
    api=""
    for _ in $(seq 1 600); do   # up to 60 s to open the store and bind
        api=$(grep -o "serving on http://127.0.0.1:[0-9]*" "$log" | head -n 1 | cut -d' ' -f3 || true)
        [ -n "$api" ] && return 0
        kill -0 "$serve_pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$log" >&2
    echo "service.sh: wtc serve $* did not start" >&2
    exit 69
}

# The stores to measure: NAME and the serve flag choosing it (a fresh data folder per server).
stores=(sqlite)
[ -n "$postgres" ] && stores+=(postgres)
store_args() {
    if [ "$1" = postgres ]; then echo "--store $postgres"; else echo "--data-dir $work/$2.data"; fi
}

echo "wtc serve benchmark: $binary ($("$binary" --version)), $(nproc) cores"
echo "before: $(uptime)"
run_id=$(date +%s)
if [ "$only" != drain ]; then
    for store in "${stores[@]}"; do
        echo "polls ($store): ${rate}/s for ${seconds} s per target" >&2
        # shellcheck disable=SC2046
        start_serve "polls-$store" $(store_args "$store" "polls")
        python3 bench/service/polls.py "$api" "$workspace" "$key" "$start_url" "$serve_pid" "$store" \
            "$rate" "$seconds" "$warmup" >>"$work/results.jsonl"
        stop_serve
    done
fi
if [ "$only" != polls ]; then
    for store in "${stores[@]}"; do
        for n in "$workers" 1; do
            echo "drain ($store): $tasks tasks over $keys keys, --workers $n" >&2
            # shellcheck disable=SC2046
            start_serve "drain-$store-$n" --workers "$n" $(store_args "$store" "drain-$n")
            python3 bench/service/drain.py "$api" "$workspace" "$key" "$start_url" "drain-$run_id-w$n" "$store" \
                "$tasks" "$keys" "$n" >>"$work/results.jsonl"
            stop_serve
        done
    done
fi
echo "after:  $(uptime)"
if [ -n "${WTC_BENCH_KEEP:-}" ]; then cp "$work/results.jsonl" "$WTC_BENCH_KEEP"; fi
python3 bench/service/report.py "$work/results.jsonl"
