#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL cluster: initdb into a fresh temporary folder (trust auth,
# listening on 127.0.0.1 only, on a free port, its unix socket inside the folder), a database `wtc_test`,
# then CMD with WTC_TEST_POSTGRES_URL=postgres://wtc@127.0.0.1:PORT/wtc_test in its environment. The server
# also speaks TLS with a throwaway certificate for 127.0.0.1 (when openssl is installed), whose CA file is in
# WTC_TEST_POSTGRES_CA, so the store's sslmode=verify-full is tested against a real server. The
# cluster is stopped and its folder removed on every exit path. CMD's exit code is this script's.
#
#     ./scripts/with-postgres.sh swift test
#
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user (Debian's package makes
# it) and the folder is handed to it. Exit codes: CMD's own; 64 no CMD; 69 PostgreSQL missing or failed to
# start (the message says which; ./scripts/install-system-deps.sh installs it).
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 CMD [ARG…]   (runs CMD with WTC_TEST_POSTGRES_URL set)" >&2
    exit 64
fi

# Debian keeps the server binaries off PATH, one folder per major version: take the newest.
bin=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin="$candidate"
done
if [ -z "$bin" ] && command -v initdb >/dev/null 2>&1; then bin="$(dirname "$(command -v initdb)")"; fi
if [ -z "$bin" ]; then
    echo "with-postgres: no PostgreSQL server found (initdb); install it with ./scripts/install-system-deps.sh" >&2
    exit 69
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/wtc-postgres.XXXXXX")"
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
    as_owner=(runuser -u postgres --)
fi

stop_cluster() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
trap stop_cluster EXIT

fail() {
    echo "with-postgres: $1 (log below)" >&2
    cat "$dir/$2" >&2 2>/dev/null || true
    exit 69
}

# A throwaway CA and a server certificate for 127.0.0.1 signed by it; the key must belong to the server's user.
tls_options=""
if command -v openssl >/dev/null 2>&1; then
    (
        cd "$dir"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=wtc test CA" -keyout ca.key -out ca.pem
        openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr
        printf 'subjectAltName=IP:127.0.0.1\n' >san.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext \
            -out server.pem
        chmod 600 server.key
    ) >"$dir/openssl.log" 2>&1 || fail "openssl could not make the test certificate" openssl.log
    if [ ${#as_owner[@]} -gt 0 ]; then chown postgres:postgres "$dir/server.key" "$dir/server.pem"; fi
    tls_options="-c ssl=on -c ssl_cert_file=$dir/server.pem -c ssl_key_file=$dir/server.key"
    export WTC_TEST_POSTGRES_CA="$dir/ca.pem"
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U wtc -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
    || fail "initdb failed" initdb.log
# fsync off: the cluster is thrown away, and the tests' many small transactions run much faster without it.
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=400 $tls_options" start >/dev/null \
    || fail "the server did not start" server.log
"${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U wtc wtc_test >"$dir/createdb.log" 2>&1 \
    || fail "createdb failed" createdb.log

export WTC_TEST_POSTGRES_URL="postgres://wtc@127.0.0.1:$port/wtc_test"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
# CMD runs in the background so a signal to this script is handled at once (bash runs traps only between
# commands): it is passed on to CMD, and the cluster goes when CMD has. `<&0` keeps CMD's standard input.
"$@" <&0 &
child=$!
trap 'kill -INT "$child" 2>/dev/null || true' INT
trap 'kill -TERM "$child" 2>/dev/null || true' TERM
status=0
while true; do
    wait "$child" && status=0 || status=$?
    # wait returns early (above 128) when a trapped signal arrives; wait again until CMD has really ended.
    kill -0 "$child" 2>/dev/null || break
done
exit "$status"
