#!/usr/bin/env bash
# The README's first command: build wtc (release) and run it over the bundled samples.
# Today that means the language front end: every sample must check and already be canonical.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> building wtc (release)"
swift build -c release --product wtc
wtc=".build/release/wtc"

echo "==> wtc --version: $("$wtc" --version)"
echo "==> wtc check samples/*/program.wt"
"$wtc" check samples/*/program.wt && echo "    every sample is a valid program"
echo "==> wtc check samples/quotes/program.wt --output-schema samples/quotes/output.schema.json"
"$wtc" check samples/quotes/program.wt --output-schema samples/quotes/output.schema.json \
    && echo "    the declared outputs satisfy the JSON Schema"
echo "==> wtc fmt --check samples/*/program.wt"
"$wtc" fmt --check samples/*/program.wt && echo "    every sample is already in canonical form"
echo "==> a program with mistakes, to show the diagnostics:"
"$wtc" check scripts/demo-broken.wt || echo "(exit code $? — 65 means 'invalid program', as expected)"
