#!/usr/bin/env bash
# The real-browser tests drive Debian's Chromium (playwright-core downloads no
# browser) and need CJK fonts, or Chinese renders as boxes in screenshots.
# Installs both when missing and we are root; otherwise says what to run.
set -euo pipefail

have_chromium() { command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; }
have_cjk_fonts() { [ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto | grep -qi cjk; }

if have_chromium && have_cjk_fonts; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and fonts-noto-cjk for the real-browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "The real-browser tests need Chromium and CJK fonts. Install them with:" >&2
echo "  sudo apt-get install -y chromium fonts-noto-cjk" >&2
echo "(or point CHROMIUM_PATH at a Chromium binary)." >&2
exit 1
