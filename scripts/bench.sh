#!/usr/bin/env bash
# Builds the release and prints the size table of dist/ (raw, gzip, brotli)
# against the budgets in DESIGN.md. `--no-build` measures dist/ as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-build" ]]; then
  scripts/setup.sh
  source scripts/env.sh
  trunk build --release
fi
node scripts/bench.mjs dist
