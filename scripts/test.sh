#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test:
#   formatting and clippy (host and wasm), host tests (model, validation,
#   routes, pages rendered to HTML, the pre-renderer on fixture sites), the
#   WordPress importer (recorded answers, failing servers, and a real
#   WordPress from Debian's packages), check-content on the shipped bundle
#   and on broken fixtures, browser tests in headless Chromium, the release
#   build with every page pre-rendered (at /, under /sub/, and with test
#   newsletter services), every page through the W3C HTML checker, its
#   nginx and Caddy configurations on real servers, end-to-end tests over it
#   (with stand-in newsletter services on 127.0.0.1), a smoke suite in
#   Firefox and WebKit, and the size table.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
source scripts/env.sh

passed=0
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }
ok() { passed=$((passed + 1)); }
# Runs one check. Not `cmd && ok`: set -e ignores a failure on the left of
# &&, so a failing check would pass unnoticed.
check() { "$@"; ok; }
trap 'echo; echo "checks: $passed passed, 1 failed"' ERR

step "formatting"
check cargo fmt --all --check

step "clippy: host (the site with ssr, the pre-renderer, the content crate, the importer), wasm (csr, split into chunks as shipped)"
check cargo clippy --workspace --all-targets --quiet -- -D warnings
check cargo clippy -p inspir-site --all-targets --target wasm32-unknown-unknown --features split --quiet -- -D warnings

step "host tests: content model and validation"
check cargo test -p inspir-content

step "host tests: routes, labels, page heads and pages rendered to HTML (ssr)"
check cargo test -p inspir-site --features ssr

step "host tests: the pre-renderer builds fixture sites and refuses broken ones"
check cargo test -p inspir-prerender

step "host tests: the WordPress importer, on recorded Polylang answers and on failing servers"
check cargo test -p inspir-import

step "the WordPress importer against a real WordPress (Debian's packages, served by php -S): the fixture site, and every shape of WordPress's HTML in both editors"
check scripts/wordpress.sh start
trap 'scripts/wordpress.sh stop' EXIT
check env INSPIR_WORDPRESS_URL=http://127.0.0.1:4190 \
  cargo test -p inspir-import --test real_wordpress --test wordpress_shapes -- --ignored
scripts/wordpress.sh stop

step "check-content: the shipped bundle"
check cargo run --quiet -p inspir-content --bin check-content -- public/content/*.json

step "check-content: each broken fixture is refused with its path"
for fixture in crates/content/tests/fixtures/broken/*.json; do
  if out=$(cargo run --quiet -p inspir-content --bin check-content -- \
      --public crates/content/tests/fixtures/public "$fixture" 2>&1); then
    echo "check-content accepted $fixture:"; echo "$out"; false
  fi
  echo "$out" | head -1
done
ok

step "check-content: a partial translation passes, with a warning per missing item"
out=$(cargo run --quiet -p inspir-content --bin check-content -- \
  --public crates/content/tests/fixtures/public crates/content/tests/fixtures/translation/fr.json 2>&1)
echo "$out"
grep -q "warning: themes/third-theme: whole item not translated" <<<"$out"
grep -q "warning: quote: text not translated" <<<"$out"
ok

step "browser tests: wasm-bindgen-test in headless Chromium"
check cargo test -p inspir-site --target wasm32-unknown-unknown --features csr

step "release build, every page pre-rendered: at /, under /sub/ (with Netlify Forms), and with the test newsletter services"
check trunk build --release
rm -rf target/e2e-sub target/e2e-newsletter
check env INSPIR_CONFIG=tests/e2e/netlify-config.json \
  trunk build --release --public-url /sub/ --dist target/e2e-sub/sub
check env INSPIR_CONFIG=tests/e2e/newsletter-config.json \
  trunk build --release --dist target/e2e-newsletter/site

step "the first-load wasm within its budget, and the wasm by chunk"
check node scripts/wasm-ledger.mjs dist --check

step "the W3C Nu HTML checker (vnu): every pre-rendered page, 0 errors"
check java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html dist

step "host configurations: real nginx and Caddy send what _headers says, at / and under /sub/"
check node tests/hosts/check.mjs dist
check node tests/hosts/check.mjs target/e2e-sub --site /sub/

step "end-to-end: Playwright and axe over dist/"
check npx playwright test --config tests/e2e/playwright.config.js
echo "screenshots: tests/e2e/artifacts/home{,-dark}-{375,1280}.png; printed: tests/e2e/artifacts/theme-advocacy.pdf"

step "other engines: the start-up smoke suite in Firefox ESR and WebKitGTK, over WebDriver"
check node tests/engines/smoke.mjs firefox
check node tests/engines/smoke.mjs webkit

step "sizes (see scripts/bench.sh)"
node scripts/bench.mjs dist

trap - ERR
echo
echo "checks: $passed passed, 0 failed"
