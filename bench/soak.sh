#!/usr/bin/env bash
# Reliability soak (issue 4): 200 runs in a row in one process, each with its own Chromium; reports RSS,
# open file descriptors and Chromium processes before and after. Usage: bench/soak.sh [RUNS] [browser|http]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product wtc-bench-soak >&2
"$(swift build -c release --show-bin-path)/wtc-bench-soak" "${1:-200}" "${2:-browser}"
