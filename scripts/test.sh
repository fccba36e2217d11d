#!/usr/bin/env bash
# npm test — everything CI runs: types, unit and integration tests (PGlite and
# the PostgreSQL on 127.0.0.1:5432), the production build, and the e2e tests
# in Debian's chromium. Runs every step, then prints one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
source tools/lib.sh

ensure_node_modules || exit 1
ensure_chromium || exit 1
npm run -s prisma:generate >/dev/null 2>&1 || { echo "prisma generate failed"; exit 1; }
rm -rf test-results && mkdir -p test-results
export NEXT_TELEMETRY_DISABLED=1

failed=()
step() {
  local name=$1; shift
  echo -e "\n=== $name"
  local t0=$SECONDS
  if "$@"; then echo "--- $name ok ($((SECONDS - t0)) s)"; else echo "--- $name FAILED ($((SECONDS - t0)) s)"; failed+=("$name"); fi
}

step format prettier --check --log-level warn .
step lint eslint . --max-warnings 0
step "import boundaries" npm run -s lint:deps
step typecheck tsc --noEmit -p .
step "unit+integration" vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
# The bench at 10k: fails on errors (a measure that cannot run), never on timings.
step bench env LOG_LEVEL=warn tsx bench/run.ts --quick --out test-results/bench
if build_is_stale; then step build next build; fi
if [[ " ${failed[*]} " != *" build "* ]]; then step e2e playwright test; fi

tsx tools/test-summary.ts "$(IFS=,; echo "${failed[*]}")"
