#!/usr/bin/env bash
# The xlsx export opened by LibreOffice: converted with `soffice --headless` and compared cell by
# cell with what jixiao wrote (test/export/libreoffice.e2e.ts). Separate from `npm test`, which
# needs no office suite. CI runs this as root and installs LibreOffice Calc from Debian here if
# it is missing; elsewhere it must be installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null
  else
    echo "soffice not found: install libreoffice-calc" >&2
    exit 1
  fi
fi
npx tsx test/export/libreoffice.e2e.ts
