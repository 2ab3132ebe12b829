#!/usr/bin/env bash
# trunk's post_build hook (Trunk.toml): pre-render every page into the
# staging folder, then index those pages for search. One hook, because
# trunk runs the hooks of a stage side by side and the index needs the pages.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --locked --offline -p inspir-prerender
node scripts/search-index.mjs "${TRUNK_STAGING_DIR:?trunk sets it}"
