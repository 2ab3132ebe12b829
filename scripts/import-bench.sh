#!/usr/bin/env bash
# What an import of the test WordPress costs: the fixture site
# (tests/wordpress/site.toml, three languages) and the shapes pages
# (tests/wordpress/shapes.toml), each imported 5 times into a copy of
# public/. Prints the requests each import makes (from the server's own
# list, target/wordpress/requests.log), by kind, and the median and range
# of its time.
#   --binary FILE   measure another build of inspir-import, e.g. an older one
set -euo pipefail
cd "$(dirname "$0")/.."
binary=""
while (($#)); do
  case "$1" in
    --binary) binary="${2:?--binary needs a file}"; shift ;;
    *) echo "usage: scripts/import-bench.sh [--binary FILE]" >&2; exit 2 ;;
  esac
  shift
done
if [[ -z "$binary" ]]; then
  cargo build --release -q -p inspir-import
  binary=target/release/inspir-import
fi
url=$(scripts/wordpress.sh start | tail -1)
trap 'scripts/wordpress.sh stop' EXIT
requests=target/wordpress/requests.log
work=$(mktemp -d)
trap 'scripts/wordpress.sh stop; rm -rf "$work"' EXIT

printf '%-8s %-8s %8s %8s %-52s %9s %12s\n' mapping import warnings requests "by kind" "median ms" "range ms"
for name in site shapes; do
  sed "s#ORIGIN#$url#" "tests/wordpress/$name.toml" >"$work/$name.toml"
  times=()
  for run in 1 2 3 4 5; do
    rm -rf "$work/public" && cp -r public "$work/public"
    : >"$requests"
    start=$(date +%s%N)
    outcome=wrote
    "$binary" wordpress --config "$work/$name.toml" --out "$work/public/content" \
      >"$work/out.log" 2>&1 || outcome=refused
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  warnings=$(grep -c '^warning:' "$work/out.log" || true)
  count=$(wc -l <"$requests")
  # By kind: each REST route (pages, posts, media, categories) and uploads.
  kinds=$(sed -E 's#^GET /\?rest_route=/wp/v2/([a-z]+).*#\1#; s#^GET /wp-content/uploads/.*#files#;
    s#^GET (/wp-json/|/\?rest_route=/)$#discovery#' "$requests" |
    sort | uniq -c | awk '{printf "%s%s %s", sep, $1, $2; sep=", "}')
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-8s %-8s %8s %8s %-52s %9s %12s\n' "$name" "$outcome" "$warnings" "$count" "$kinds" \
    "${sorted[2]}" "${sorted[0]}–${sorted[4]}"
  # Why, when it refused: the validator's first problems.
  [[ $outcome == wrote ]] || grep -m3 '^  ' "$work/out.log"
done
