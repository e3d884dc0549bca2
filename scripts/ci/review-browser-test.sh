#!/usr/bin/env bash
# The review workbench in a real browser: playwright-core drives Debian's chromium (never a
# downloaded browser) through import → serve → correct → approve → export. Separate from
# `npm test`, which needs no browser. CI runs this as root and may install chromium here;
# elsewhere chromium must be installed. REVIEW_SHOTS=docs/review refreshes the docs' screenshots.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update
    # a CJK font so the screenshots show the Chinese labels
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-wqy-zenhei
  else
    echo "review-browser-test: /usr/bin/chromium is missing (apt-get install chromium)" >&2
    exit 1
  fi
fi
REVIEW_SHOTS="${REVIEW_SHOTS:-$(mktemp -d)}" npx tsx test/review/browser.e2e.ts
