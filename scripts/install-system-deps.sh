#!/usr/bin/env bash
# Installs the Debian packages that building, testing and running wtc need on a machine that has only the
# Swift toolchain. Idempotent: it asks dpkg first and says nothing when everything is there; it runs
# apt-get (update, then install) only for what is missing, and only as root. Called by scripts/demo.sh and
# .ci/run; safe to run by hand.
#
# Exit codes: 0 everything is installed (or not a Debian system: nothing to do here), 69 apt-get failed,
# 77 something is missing and this is not root (the message gives the sudo command to run).
set -euo pipefail

# libxml2 and libcurl headers (+ pkg-config to find them) for the build; Chromium for `mode browser` and
# the browser tests; python3 for scripts/demo.sh; openssl for the TLS tests; postgresql for the store's
# PostgreSQL tests (scripts/with-postgres.sh starts a throwaway cluster from it).
packages=(libxml2-dev libcurl4-openssl-dev pkg-config chromium-headless-shell python3 openssl postgresql)

if ! command -v swift >/dev/null 2>&1; then
    echo "install-system-deps: 'swift' is not on PATH: install the Swift toolchain (https://www.swift.org/install/)" >&2
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-system-deps: not a Debian-based system; make sure the equivalents of these are installed:" \
        "${packages[*]}" >&2
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    # A browser named by WTC_CHROMIUM stands in for the Debian package (wtc and the tests use it instead).
    if [ "$p" = chromium-headless-shell ] && [ -n "${WTC_CHROMIUM:-}" ] && [ -x "${WTC_CHROMIUM}" ]; then
        continue
    fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps: missing Debian packages: ${missing[*]}" >&2
    echo "install them with:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "(or run: sudo $(cd "$(dirname "$0")" && pwd)/$(basename "$0"))" >&2
    exit 77
fi

echo "install-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -qq || ! apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    echo "install-system-deps: apt-get could not install ${missing[*]} (see its output above)" >&2
    exit 69
fi
