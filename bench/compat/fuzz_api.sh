#!/usr/bin/env bash
# Fuzzes wtc's HTTP API from its own OpenAPI document with schemathesis (PyPI), against WTServer over
# the scripted fake backend (`wtc-fake-api`) on a free loopback port. Every check runs except:
#   positive_data_acceptance - the API has rules the schema cannot state (a diff needs both `from` and
#       `to`; `cursor` must be one the server handed out; each `secrets` name must be a parameter), so a
#       schema-valid request can rightly get a 400 that names the field;
#   unsupported_method - Hummingbird answers 404 (not 405) for a method a path does not have.
#
#   bench/compat/fuzz_api.sh [MAX_EXAMPLES]      # default 100 per operation
# Prints schemathesis' summary; exits non-zero when a check fails (a 500 among them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=${WTC_FUZZ_VENV:-$root/bench/.venv/fuzz}
version=${SCHEMATHESIS_VERSION:-4.32.5}
examples=${1:-100}
case $venv in /*) ;; *) venv="$PWD/$venv" ;; esac

if [ ! -x "$venv/bin/schemathesis" ] || [ "$("$venv/bin/schemathesis" --version | awk '{print $NF}')" != "$version" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
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

WTC_API_KEYS="ws_fuzz:key_fuzz" "$WTC_FAKE_API" --port 0 >"$work/out" 2>"$work/err" &
server_pid=$!
port=""
for _ in $(seq 1 300); do   # up to 30 s for the server to bind
    port=$(sed -n 's/^listening \([0-9]*\)$/\1/p' "$work/out")
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/err" >&2; exit 69; }
    sleep 0.1
done
[ -n "$port" ] || { echo "wtc-fake-api did not start" >&2; exit 69; }

# The workspace in every path is the key's own, so requests reach the handlers instead of stopping at 404.
cat >"$work/schemathesis.toml" <<TOML
[parameters]
"path.workspaceId" = "ws_fuzz"
TOML
cd "$work"
"$venv/bin/schemathesis" run "http://127.0.0.1:$port/openapi.json" -H "x-api-key: key_fuzz" \
    --checks all --exclude-checks positive_data_acceptance,unsupported_method \
    --max-examples "$examples" --seed 20261207 --no-color
