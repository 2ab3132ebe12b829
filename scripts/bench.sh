#!/usr/bin/env bash
# Builds the release and prints the size table of dist/ (raw, gzip, brotli),
# each pre-rendered page's HTML size and the budgets in DESIGN.md; the wasm
# by chunk (what each holds); the wasm by crate (top 15, twiggy; after a build only); the host
# configurations run on real nginx and Caddy (headers, CSP length); and how
# long a hostile bundle takes to show, the longest start-up task per kind of
# page (4x CPU slowdown, median of 20), and how long a client-side navigation
# takes (click to the new page shown, 4x CPU slowdown, median of 20), and
# what search costs (bytes of the first and a second search, keystroke to
# results painted), and what reading offline costs and saves (bytes of a
# first and a repeat visit, and what the worker keeps per language).
#   --no-build     measure dist/ as it is
#   --dist DIR     measure another build (implies --no-build), e.g. an older one
#   --lighthouse   also Lighthouse, mobile, slow 4G: the home page and a theme
#                  page against a plain-HTML baseline, 3 runs each, medians
#                  (about 5 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
build=true lighthouse=false dist=dist
while (($#)); do
  case "$1" in
    --no-build) build=false ;;
    --dist) dist="${2:?--dist needs a folder}"; build=false; shift ;;
    --lighthouse) lighthouse=true ;;
    *) echo "usage: scripts/bench.sh [--no-build] [--dist DIR] [--lighthouse]" >&2; exit 2 ;;
  esac
  shift
done
scripts/setup.sh --bench
source scripts/env.sh
$build && trunk build --release
node scripts/bench.mjs "$dist"
node scripts/wasm-ledger.mjs "$dist"
# The wasm by crate needs cargo's own output, which only a build here leaves.
$build && node scripts/wasm-crates.mjs
if [[ -f "$dist/_headers" ]]; then
  # A report here (scripts/test.sh is where it must pass): a difference is
  # printed, and the timings below still run. It reads deploy/ beside the
  # dist folder, so two builds written into one folder share one deploy/.
  node tests/hosts/check.mjs "$dist" || echo "(the host configurations differ from _headers: see above)"
  node scripts/hostile.mjs "$dist"
  node scripts/startup.mjs "$dist"
  node scripts/navigation.mjs "$dist"
  [[ -d "$dist/pagefind" ]] && node scripts/search-bench.mjs "$dist"
  [[ -f "$dist/sw.js" ]] && node scripts/offline-bench.mjs "$dist"
fi
if $lighthouse; then
  node scripts/lighthouse.mjs "$dist" --runs 3
fi
