#!/usr/bin/env bash
# The review workbench in a real browser: playwright-core drives Debian's chromium (never a
# downloaded browser) through import → serve → correct → approve → export. Separate from
# `npm test`, which needs no browser. REVIEW_SHOTS=docs/review refreshes the docs' screenshots.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/ci/ensure-chromium.sh
REVIEW_SHOTS="${REVIEW_SHOTS:-$(mktemp -d)}" npx tsx test/review/browser.e2e.ts
