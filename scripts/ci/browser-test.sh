#!/usr/bin/env bash
# The report in a real browser: playwright-core drives Debian's chromium (never a downloaded
# browser) over a report of a mixed batch. Separate from `npm test`, which needs no browser.
# CI runs this as root and may install chromium here; elsewhere chromium must be installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/ci/ensure-chromium.sh
# The test launches chromium with --no-sandbox --disable-gpu --disable-background-networking
# --disable-component-update --disable-sync --no-first-run and a fresh --user-data-dir.
REPORT_SHOTS="${REPORT_SHOTS:-$(mktemp -d)}" npx tsx test/report/browser.e2e.ts
