#!/usr/bin/env bash
# Re-records the sample traces the compiler's goldens read: runs each sample program against its own
# loopback site with `wtc exec --trace samples/<name>/trace`, rewrites the random loopback address to
# http://127.0.0.1:8000 (the programs' default base_url) so the files do not change from run to run
# except for timings, then compiles each trace into samples/<name>/compiled.wt.
# Usage: scripts/record-traces.sh [NAME…]   (default: every sample with a trace; needs Chromium for the
# browser samples). Review the diff of compiled.wt before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product wtc >&2
swift build --product wtc-sample-site >&2
bin=.build/debug
http_samples=" quotes products rates login "
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(quotes products rates login feed challenge quote-form search)

for name in "${names[@]}"; do
    out=$(mktemp)
    "$bin/wtc-sample-site" "$name" --seconds 300 >"$out" &
    pid=$!
    for _ in $(seq 1 100); do [ -s "$out" ] && break; sleep 0.05; done
    base=$(head -n 1 "$out")
    mode=browser
    [[ "$http_samples" == *" $name "* ]] && mode=http
    params=(--param "base_url=$base")
    [ "$name" = login ] && params+=(--param "password=correct horse battery staple")
    rm -rf "samples/$name/trace"
    "$bin/wtc" exec "samples/$name/program.wt" --quiet --mode "$mode" --trace "samples/$name/trace" "${params[@]}" \
        >/dev/null
    kill "$pid" 2>/dev/null || true
    rm -f "$out"
    # The recorded address becomes the programs' default one, in the trace and every snapshot.
    grep -rl "$base" "samples/$name/trace" | xargs -r sed -i "s#$base#http://127.0.0.1:8000#g"
    if "$bin/wtc" compile "samples/$name/trace" -o "samples/$name/compiled.wt"; then
        echo "$name: recorded in $mode mode, compiled to samples/$name/compiled.wt"
    else
        echo "$name: recorded in $mode mode; compile failed (the golden is samples/$name/compiled.diagnostics)"
    fi
done
