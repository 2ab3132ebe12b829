#!/usr/bin/env bash
# trunk's post_build hook (Trunk.toml): cut the wasm into chunks, then
# pre-render every page into the staging folder (naming the new files),
# then index those pages for search. One hook, because trunk runs the
# hooks of a stage side by side and each step needs the one before.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/split-wasm.mjs
cargo run --quiet --locked --offline -p inspir-prerender
node scripts/search-index.mjs "${TRUNK_STAGING_DIR:?trunk sets it}"
