#!/usr/bin/env bash
# Front-end benchmark (issue 2): parse + check + print of generated 1k / 10k / 100k-line programs,
# release build. Prints a table and the per-line time ratio between the largest and smallest program.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product wtc-bench-frontend >&2
.build/release/wtc-bench-frontend "$@"
