# Sourced by install-browser.sh and install-servers.sh: what both need before apt-get can install
# Debian packages. Each function stops the script with the caller's message when it cannot go on.

# require_apt_get "<what is missing>" "<how to install it by hand>"
require_apt_get() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$1" >&2
    echo "$2" >&2
    exit 1
  fi
}

# use_root "<message when neither root nor sudo>": sets SUDO to "" as root, "sudo" otherwise.
use_root() {
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      SUDO="sudo"
    else
      echo "$1" >&2
      exit 1
    fi
  fi
}
