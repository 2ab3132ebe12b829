#!/usr/bin/env bash
# A real WordPress on 127.0.0.1 for the importer's tests: Debian's
# wordpress, mariadb-server and php packages (installed when missing, with
# sudo when not root), installed by tests/wordpress/install.php on a fresh
# database, and served by `php -S`. See ../shared/RESEARCH.md, section 4.
#
#   scripts/wordpress.sh start   prints the site's address when it answers
#   scripts/wordpress.sh stop
#
# WORDPRESS_PORT picks the port (4190). Its uploads live in
# target/wordpress/wp-content, every request it answers is listed in
# target/wordpress/requests.log, and its settings are in
# /etc/wordpress/config-127.0.0.1.php, as Debian's WordPress expects.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${WORDPRESS_PORT:-4190}
url="http://127.0.0.1:$port"
state="$PWD/target/wordpress"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

stop() {
  if [ -f "$state/server.pid" ]; then
    kill "$(cat "$state/server.pid")" 2>/dev/null || true
    rm -f "$state/server.pid"
  fi
}

install_packages() {
  local missing=()
  for package in wordpress mariadb-server php-cli php-mysql; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "wordpress.sh: installing ${missing[*]}"
    as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

database() {
  if ! as_root mysqladmin ping --silent >/dev/null 2>&1; then
    as_root service mariadb start >/dev/null
  fi
  as_root mysql -e "DROP DATABASE IF EXISTS inspir_wp_test; CREATE DATABASE inspir_wp_test;
    CREATE USER IF NOT EXISTS 'inspir_wp'@'localhost' IDENTIFIED BY 'inspir_wp';
    GRANT ALL ON inspir_wp_test.* TO 'inspir_wp'@'localhost'; FLUSH PRIVILEGES;"
}

configure() {
  as_root mkdir -p /etc/wordpress
  as_root tee /etc/wordpress/config-127.0.0.1.php >/dev/null <<PHP
<?php
// Written by scripts/wordpress.sh for the importer's tests.
define('DB_NAME', 'inspir_wp_test');
define('DB_USER', 'inspir_wp');
define('DB_PASSWORD', 'inspir_wp');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '$state/wp-content');
define('WP_CONTENT_URL', '$url/wp-content');
define('FS_METHOD', 'direct');
// No cron: php -S answers one request at a time, and WordPress's cron
// asks the server itself for the files its posts link to (do_enclose),
// which holds every request behind it for about 25 seconds.
define('DISABLE_WP_CRON', true);
PHP
}

start() {
  stop
  install_packages
  database
  configure
  rm -rf "$state"
  mkdir -p "$state/wp-content/uploads"
  # WordPress says "sendmail not found" as it installs: harmless here.
  if ! php tests/wordpress/install.php "$url" >"$state/install.log" 2>&1; then
    echo "wordpress.sh: the install failed:" >&2
    grep -v sendmail "$state/install.log" | tail -20 >&2
    return 1
  fi
  tail -1 "$state/install.log"
  INSPIR_WP_CONTENT="$state/wp-content" INSPIR_WP_REQUESTS="$state/requests.log" php -S "127.0.0.1:$port" -t /usr/share/wordpress \
    tests/wordpress/router.php >"$state/server.log" 2>&1 &
  echo $! >"$state/server.pid"
  for _ in $(seq 50); do
    if curl -sf "$url/?rest_route=/wp/v2/pages" >/dev/null; then
      echo "$url"
      return
    fi
    sleep 0.2
  done
  echo "wordpress.sh: $url did not answer; see $state/server.log" >&2
  tail -20 "$state/server.log" >&2
  return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: scripts/wordpress.sh start|stop" >&2; exit 2 ;;
esac
