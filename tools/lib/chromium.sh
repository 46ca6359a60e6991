#!/usr/bin/env bash
# Makes sure Debian's headless-capable Chromium is at /usr/bin/chromium (the
# browser tests drive it with playwright-core; no test tool downloads its own
# browser). Installs the `chromium` package with apt-get when it is missing.
# Prints the browser's path. Run it, or source it and call ch_ensure_chromium.
set -euo pipefail

ch_ensure_chromium() {
  local browser=/usr/bin/chromium
  if [ ! -x "$browser" ]; then
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null || {
        echo "chromium.sh: $browser is missing and apt-get needs root: install the 'chromium' package" >&2
        return 1
      }
      sudo="sudo -n"
    fi
    echo "chromium.sh: installing Debian's chromium package" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >&2
  fi
  "$browser" --version >&2
  echo "$browser"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ch_ensure_chromium
fi
