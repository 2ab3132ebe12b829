#!/usr/bin/env bash
# Builds the release and prints the size table of dist/ (raw, gzip, brotli)
# against the budgets in DESIGN.md.
#   --no-build     measure dist/ as it is
#   --lighthouse   also serve dist/ and print Lighthouse scores (about 15 s a route)
set -euo pipefail
cd "$(dirname "$0")/.."
build=true lighthouse=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --lighthouse) lighthouse=true ;;
    *) echo "usage: scripts/bench.sh [--no-build] [--lighthouse]" >&2; exit 2 ;;
  esac
done
scripts/setup.sh $($lighthouse && echo --tests)
source scripts/env.sh
$build && trunk build --release
node scripts/bench.mjs dist
if $lighthouse; then
  port=4190
  # Started directly (not through npx) so that $! is the server itself.
  sirv dist --single --host 127.0.0.1 --port "$port" --quiet >/dev/null 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null' EXIT
  sleep 1
  node scripts/lighthouse.mjs "http://127.0.0.1:$port"
fi
