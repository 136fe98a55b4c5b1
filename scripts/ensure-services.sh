#!/usr/bin/env bash
# Makes sure the PostgreSQL and Redis the Go tests use are running on 127.0.0.1 (5432 and 6379). Starts them when
# installed but stopped; installs them with apt (as root) when absent. Tests never mock them.
set -euo pipefail

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

install_pkg() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "missing: $1 — install it (Debian: apt-get install $1) and run again" >&2
    exit 1
  fi
  echo "installing $1 with apt-get ..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >&2
}

if ! port_open 6379; then
  command -v redis-server >/dev/null 2>&1 || install_pkg redis-server
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir "$( [ -w /var/lib/redis ] && echo /var/lib/redis || echo /tmp )" \
    --logfile "$( [ -w /var/log/redis ] && echo /var/log/redis/ci.log || echo /tmp/redis-ci.log )"
  for _ in $(seq 1 50); do port_open 6379 && break; sleep 0.1; done
  port_open 6379 || { echo "redis-server did not start on 127.0.0.1:6379" >&2; exit 1; }
fi

if ! port_open 5432; then
  if ! ls /etc/postgresql >/dev/null 2>&1; then install_pkg postgresql; fi
  ver=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start
  for _ in $(seq 1 100); do port_open 5432 && break; sleep 0.1; done
  port_open 5432 || { echo "PostgreSQL did not start on 127.0.0.1:5432" >&2; exit 1; }
fi

# Chromium drives the GraphiQL browser test (devnet/stack TestGraphiQLBrowser, chromedp); without it that test is
# skipped with a message, so a machine where it cannot be installed still runs everything else.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    ( install_pkg chromium ) || echo "could not install chromium: the GraphiQL browser test will be skipped" >&2
  else
    echo "chromium is not installed (Debian: apt-get install chromium as root): the GraphiQL browser test will be skipped" >&2
  fi
fi

# The tests connect as the current OS user or postgres with trust auth to database `test`.
if command -v psql >/dev/null 2>&1; then
  if ! psql -h 127.0.0.1 -U postgres -d test -c 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -c 'create database test' >/dev/null 2>&1 || true
  fi
fi
