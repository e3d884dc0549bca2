#!/usr/bin/env bash
# Sourced by the browser tests: Debian's chromium (never a downloaded browser) must be there.
# CI runs as root and may install it here, with a CJK font so screenshots show the Chinese
# labels; elsewhere it must be installed beforehand.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-wqy-zenhei
  else
    echo "$(basename "$0"): /usr/bin/chromium is missing (apt-get install chromium)" >&2
    exit 1
  fi
fi
