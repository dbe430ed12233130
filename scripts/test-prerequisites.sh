#!/usr/bin/env bash
# What the tests need besides npm packages: a running MariaDB (reached through its root
# socket to create the test account) and Debian's Chromium for the browser tests.
set -euo pipefail

if ! mariadb -e 'SELECT 1' >/dev/null 2>&1; then
  if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    [ "$(id -u)" = 0 ] || { echo "MariaDB is not installed: apt-get install mariadb-server" >&2; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  fi
  echo "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do mariadb -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
  mariadb -e 'SELECT 1' >/dev/null || { echo "MariaDB did not start" >&2; exit 1; }
fi

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  [ "$(id -u)" = 0 ] || { echo "Chromium is missing: apt-get install chromium (or set CHROMIUM_PATH)" >&2; exit 1; }
  echo "installing Chromium"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
