#!/usr/bin/env bash
# Installs the test browsers from Debian when missing (never downloads a browser build of its own),
# plus CJK fonts so Korean renders in screenshots. Needs root (or sudo).
set -euo pipefail

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)

if [ ${#need[@]} -eq 0 ]; then
  echo "browsers: chromium and firefox-esr already installed"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "browsers: installing ${need[*]} from Debian"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
