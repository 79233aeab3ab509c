#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: types, unit and build tests,
# a production build and a second one to prove it reproducible, then the browser suites
# against the built site served by Debian's nginx with the production config.
# Called by `npm test` (README line 2 and .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
# Chromium, Node and Astro leave folders in the temp directory: keep them in the project.
export TMPDIR="$PWD/.tmp/tmp"
mkdir -p "$TMPDIR"

bash scripts/ensure-test-tools.sh
echo "== astro check"; npx astro check
echo "== unit and build tests (vitest)"; npx vitest run
echo "== production build"; npm run build
echo "== reproducible build (a second build must be byte-identical)"; node scripts/check-reproducible.mjs --reuse

port=4470
sh scripts/ci-nginx.sh start dist "$port"
trap 'sh scripts/ci-nginx.sh stop' EXIT
echo "== browser tests (Playwright + Debian Chromium, dist/ served by nginx on 127.0.0.1:$port)"
E2E_BASE_URL="http://127.0.0.1:$port" npx playwright test
