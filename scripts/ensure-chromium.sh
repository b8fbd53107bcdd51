#!/usr/bin/env bash
# Installs Debian's chromium for the end-to-end tests when it is missing; quiet otherwise.
# The e2e tests drive /usr/bin/chromium through playwright-core (no browser download).
set -euo pipefail
CHROMIUM=/usr/bin/chromium
[ -x "$CHROMIUM" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; the e2e tests will be skipped." >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "ensure-chromium: not root and no sudo; cannot install chromium, the e2e tests will be skipped." >&2
    exit 0
  fi
fi
echo "ensure-chromium: installing Debian's chromium for the end-to-end tests..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
[ -x "$CHROMIUM" ] || { echo "ensure-chromium: install finished but $CHROMIUM is missing." >&2; exit 1; }
