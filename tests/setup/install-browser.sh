#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium at /usr/bin/chromium.
# Playwright's own browser download is not used (it cannot work on machines without internet).
set -euo pipefail

CHROMIUM="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "Chromium found at $CHROMIUM."
  exit 0
fi

# shellcheck source=tests/setup/apt.sh
source "$(dirname "$0")/apt.sh"
require_apt_get "Chromium is missing at $CHROMIUM and this machine has no apt-get." \
  "Install Chromium with your system's package manager, then run the tests with CHROME_PATH=/path/to/chromium."
use_root "Chromium is missing and installing it needs root: run 'apt-get install chromium' as root, or set CHROME_PATH."

echo "Installing Debian's chromium package (needed by the browser tests)..."
if ! ($SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium); then
  echo "Could not install chromium with apt-get. Install it by hand ('apt-get install chromium') or set CHROME_PATH." >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "apt-get finished but $CHROMIUM is still missing; set CHROME_PATH to the Chromium binary." >&2
  exit 1
fi
echo "Chromium installed at $CHROMIUM."
