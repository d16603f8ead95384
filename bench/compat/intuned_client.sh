#!/usr/bin/env bash
# Compatibility proof: the hosted Web Tasks product's published Python client (PyPI `intuned-client`)
# starts and polls tasks against wtc's HTTP API (WTServer over the scripted fake backend,
# `wtc-fake-api`), sync and async, given only another base_url, and parses every state.
#
#   bench/compat/intuned_client.sh            # venv in bench/.venv/compat, pinned client version
#   INTUNED_CLIENT_VERSION=1.1.1 WTC_COMPAT_VENV=/tmp/venv bench/compat/intuned_client.sh
#
# Needs python3 and PyPI (first run only). Prints the check's summary line ('N passed, N failed');
# exits non-zero when any check fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=${WTC_COMPAT_VENV:-$root/bench/.venv/compat}
version=${INTUNED_CLIENT_VERSION:-1.1.1}
case $venv in /*) ;; *) venv="$PWD/$venv" ;; esac

if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
if ! "$venv/bin/python" -c "import intuned_client" 2>/dev/null \
    || [ "$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("intuned-client"))')" != "$version" ]; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check "intuned-client==$version"
fi

if [ -z "${WTC_FAKE_API:-}" ]; then
    (cd "$root" && swift build --product wtc-fake-api >/dev/null)
    WTC_FAKE_API="$(cd "$root" && swift build --show-bin-path)/wtc-fake-api"
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

WTC_API_KEYS="ws_compat:key_compat,ws_other:key_other" "$WTC_FAKE_API" --port 0 >"$work/out" 2>"$work/err" &
server_pid=$!
port=""
for _ in $(seq 1 300); do   # up to 30 s for the server to bind
    port=$(sed -n 's/^listening \([0-9]*\)$/\1/p' "$work/out")
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/err" >&2; exit 69; }
    sleep 0.1
done
[ -n "$port" ] || { echo "wtc-fake-api did not start" >&2; exit 69; }

"$venv/bin/python" "$root/bench/compat/check_intuned_client.py" "http://127.0.0.1:$port/api/v1/workspace"

# The same client against a real `wtc serve` (the demo's recorded conversation, the bundled quotes site),
# when WTC_BINARY names the built wtc (wtc-sample-site is beside it).
[ -n "${WTC_BINARY:-}" ] || exit 0
bin_dir=$(dirname "$WTC_BINARY")
"$bin_dir/wtc-sample-site" quotes --seconds 600 >"$work/site" &
site_pid=$!
serve_pid=""
# The site is killed outright: a test runner may hand its children SIGTERM blocked.
trap 'kill -9 $site_pid 2>/dev/null || true; kill ${serve_pid:-} 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 1 300); do [ -s "$work/site" ] && break; sleep 0.1; done
site=$(head -n 1 "$work/site")
WTC_API_KEYS="ws_serve:key_serve_0123456789" "$WTC_BINARY" serve --port 0 --data-dir "$work/data" --allow-loopback \
    --transcript "$root/samples/quotes/agent/transcript.jsonl" 2>"$work/serve" &
serve_pid=$!
api=""
for _ in $(seq 1 600); do
    api=$(grep -o "http://127.0.0.1:[0-9]*" "$work/serve" | head -n 1 || true)
    [ -n "$api" ] && break
    kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve" >&2; exit 69; }
    sleep 0.1
done
[ -n "$api" ] || { echo "wtc serve did not start" >&2; exit 69; }
"$venv/bin/python" "$root/bench/compat/check_intuned_client_serve.py" "$api/api/v1/workspace" ws_serve \
    key_serve_0123456789 "$site/tag/love/"
