#!/usr/bin/env bash
# Installs what the deploy-recipe tests need: Debian's nginx and caddy, and envsubst (gettext-base),
# which fills deploy/nginx/sourced.conf.template the way the official nginx image does.
# Idempotent: installs only what is missing. The packages' own services are not started.
set -euo pipefail

missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v caddy >/dev/null 2>&1 || [ -x /usr/bin/caddy ] || missing+=(caddy)
command -v envsubst >/dev/null 2>&1 || missing+=(gettext-base)

if [ ${#missing[@]} -eq 0 ]; then
  echo "nginx, caddy and envsubst found."
  exit 0
fi

# shellcheck source=tests/setup/apt.sh
source "$(dirname "$0")/apt.sh"
require_apt_get "Missing: ${missing[*]}, and this machine has no apt-get." \
  "Install them with your system's package manager; the deploy tests need nginx, caddy and envsubst on PATH."
use_root "Missing: ${missing[*]}; installing them needs root: run 'apt-get install ${missing[*]}' as root."

echo "Installing Debian's ${missing[*]} (needed by the deploy-recipe tests)..."
# policy-rc.d exit 101 keeps the packages' post-install scripts from starting the system services
# (the tests start their own instances on free ports; a system nginx would take port 80).
POLICY=/usr/sbin/policy-rc.d
CREATED_POLICY=""
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod +x "$POLICY"
  CREATED_POLICY=1
fi
cleanup() { if [ -n "$CREATED_POLICY" ]; then $SUDO rm -f "$POLICY"; fi; }
trap cleanup EXIT

if ! ($SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"); then
  echo "Could not install ${missing[*]} with apt-get. Install them by hand ('apt-get install ${missing[*]}')." >&2
  exit 1
fi

for bin in nginx caddy envsubst; do
  if ! command -v "$bin" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$bin" ]; then
    echo "apt-get finished but $bin is still missing." >&2
    exit 1
  fi
done
echo "Installed ${missing[*]}."
