#!/usr/bin/env bash
# Installs whatever the project needs and is missing, from the package
# registries only (crates.io, npm, Debian). Safe to run again: each tool is
# skipped when the right version is already there.
#
#   scripts/setup.sh            tools to build and serve the site
#   scripts/setup.sh --tests    also the browser tools the tests need
#   scripts/setup.sh --bench    also twiggy, for the benchmark's wasm-by-crate table
#
# Source scripts/env.sh afterwards (the other scripts do) to put
# node_modules/.bin (wasm-opt) on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
TWIGGY_VERSION=0.8.0
# The splitter cargo-leptos uses; it has no --version, so cargo is asked.
SPLIT_VERSION=0.2.4
GECKODRIVER_VERSION=0.37.1
WANT_TESTS=false WANT_BENCH=false
[[ "${1:-}" == "--tests" ]] && WANT_TESTS=true
[[ "${1:-}" == "--bench" ]] && WANT_TESTS=true WANT_BENCH=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# System packages need root: use sudo when not running as root.
SUDO=""
[[ $EUID -ne 0 ]] && SUDO="sudo"

# Debian packages. Another apt (a fresh machine's unattended upgrades) may
# hold the lock: wait for it rather than fail.
apt_install() {
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@"
}

# cargo install puts binaries here; a fresh shell may not have it on PATH yet.
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  # 0.22 needs a newer rustc than this machine has (see TOOLCHAIN.md).
  say "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

say "fetching crates (trunk builds offline)"
cargo fetch --quiet

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION" ]]; then
  # Without --locked: its own lockfile pins a crate this registry lacks.
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (about 4 minutes, once)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

# Cuts the wasm into chunks after the build (scripts/split-wasm.mjs).
if ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "installing wasm-split-cli $SPLIT_VERSION (about 1 minute, once)"
  cargo install --locked "wasm_split_cli_support@$SPLIT_VERSION" --features build-binary
fi

# npm packages: wasm-opt (binaryen), Playwright, axe, a static server.
if [[ ! -d node_modules ]] || ! npm ls --silent >/dev/null 2>&1; then
  say "installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# Tests drive Chromium, and run the generated nginx and Caddy configurations
# on real servers.
if $WANT_BENCH && [[ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ]]; then
  say "installing twiggy $TWIGGY_VERSION (about 2 minutes, once)"
  cargo install --locked "twiggy@$TWIGGY_VERSION"
fi

if $WANT_TESTS && ! { command -v chromium && command -v chromedriver && command -v nginx && command -v caddy; } >/dev/null; then
  say "installing Debian's Chromium, ChromeDriver, nginx and Caddy"
  apt_install chromium chromium-driver nginx-light caddy
  # The tests start their own servers; Debian starts system-wide ones on
  # port 80 where systemd runs. Stop those.
  if command -v systemctl >/dev/null && [[ -d /run/systemd/system ]]; then
    $SUDO systemctl disable --now nginx caddy >/dev/null 2>&1 || true
  fi
fi

# The other engines' smoke suite (tests/engines): Firefox ESR through
# geckodriver (not packaged by Debian 12), WebKitGTK through its driver, in
# a virtual X display.
if $WANT_TESTS && ! { command -v firefox-esr && command -v WebKitWebDriver && command -v xvfb-run; } >/dev/null; then
  say "installing Firefox ESR, WebKitGTK's WebDriver and Xvfb"
  apt_install --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth
fi
if $WANT_TESTS && [[ "$(geckodriver --version 2>/dev/null | head -1)" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 2 minutes, once)"
  cargo install --locked "geckodriver@$GECKODRIVER_VERSION"
fi

# The W3C Nu HTML checker (npm vnu-jar) is a Java program.
if $WANT_TESTS && ! command -v java >/dev/null; then
  say "installing a Java runtime for the HTML checker"
  apt_install default-jre-headless
fi

say "ready"
