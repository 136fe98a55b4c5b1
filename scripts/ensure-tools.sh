#!/usr/bin/env bash
# Checks (and where it can, installs) what Bevan's build needs: Go >= 1.26, Node.js and npm; with --demo also
# redis-server, which `bevan devnet` starts itself when no Redis URL is given. Installs use Debian's apt as root.
set -euo pipefail

need_apt() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "missing: $1 — install the Debian package '$2' (apt-get install $2) and run again" >&2
    exit 1
  fi
  echo "installing $2 with apt-get ..." >&2
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock || true)" ]; then apt-get update -qq >&2; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2 || { apt-get update -qq >&2; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2; }
}

if ! command -v go >/dev/null 2>&1; then
  echo "missing: Go 1.26 or newer (https://go.dev/doc/install)" >&2
  exit 1
fi
gov=$(go env GOVERSION | sed 's/^go//')
major=${gov%%.*}; rest=${gov#*.}; minor=${rest%%.*}
if [ "$major" -lt 1 ] || { [ "$major" -eq 1 ] && [ "$minor" -lt 26 ]; }; then
  echo "Go $gov is too old: Bevan needs Go 1.26 or newer (op-service requires it)" >&2
  exit 1
fi
command -v node >/dev/null 2>&1 || need_apt node nodejs
command -v npm >/dev/null 2>&1 || need_apt npm npm

if [ "${1:-}" = "--demo" ]; then
  command -v redis-server >/dev/null 2>&1 || need_apt redis-server redis-server
fi
