#!/usr/bin/env bash
# Installs what is missing, then builds and serves the site with its bundled
# content at http://127.0.0.1:8080 (rebuilding on change).
# Extra arguments go to `trunk serve`, e.g. `--release` or `--port 9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve "$@"
