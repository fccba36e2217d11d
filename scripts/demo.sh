#!/usr/bin/env bash
# npm run demo — first command on a fresh clone: installs what is missing,
# builds when sources changed, then seeds and starts the embedded demo.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib.sh

ensure_node_modules
npm run -s prisma:generate >/dev/null 2>&1
if build_is_stale; then
  echo "Building the app…"
  NEXT_TELEMETRY_DISABLED=1 next build >/tmp/s360-build.log 2>&1 || { cat /tmp/s360-build.log; exit 1; }
fi
exec tsx scripts/demo.ts
