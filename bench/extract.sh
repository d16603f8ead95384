#!/usr/bin/env bash
# Extraction benchmark (issue 3): wtc's libxml2 engine against parsel and lxml on a 30 KB
# product listing (20 records) and a 5 MB listing (4,104 records); same records, same work, release build.
# Prints pages/s and MB/s per engine, the wtc/parsel ratio, and fails if the outputs differ.
# Usage: bench/extract.sh [iterations-30kb (300)] [iterations-5mb (5)]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product wtc-bench-extract >&2
if [ ! -x bench/.venv/bin/python ]; then
    python3 -m venv bench/.venv >&2
    bench/.venv/bin/pip install --quiet parsel lxml >&2
fi
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
bench/.venv/bin/python bench/extract/generate.py "$pages"
"$(swift build -c release --show-bin-path)/wtc-bench-extract" "$pages" "${1:-300}" "${2:-5}" > "$pages/wtc.jsonl"
bench/.venv/bin/python bench/extract/peers.py "$pages" "$pages/wtc.jsonl"
