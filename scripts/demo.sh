#!/usr/bin/env bash
# npm run demo — first command on a fresh clone: installs what is missing,
# builds when sources changed, then seeds and starts the embedded demo.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib.sh

ensure_node_modules
ensure_prisma_client
if build_is_stale; then
  # The log stays in this checkout (data/ is ignored by git): several checkouts never share it.
  mkdir -p data
  echo "Building the app (log: data/build.log)…"
  NEXT_TELEMETRY_DISABLED=1 next build >data/build.log 2>&1 || { cat data/build.log; exit 1; }
fi
exec tsx scripts/demo.ts
