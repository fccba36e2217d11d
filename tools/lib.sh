# Shared by demo.sh and test.sh. Run from the repository root.

# npm ci when node_modules is missing or older than the lockfile. After it,
# node_modules/.bin (already first on PATH under `npm run`) holds Node 24.
ensure_node_modules() {
  if [ ! -x node_modules/.bin/next ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing dependencies (npm ci)…"
    npm ci --no-audit --no-fund
  fi
  export PATH="$PWD/node_modules/.bin:$PATH"
}

# True when .next is missing or older than any source file.
# The generated Prisma client is rewritten only when the schema or the
# dependencies changed: rewriting it every time made every build look stale.
ensure_prisma_client() {
  local marker=lib/generated/prisma/client.ts
  if [ ! -f "$marker" ] || [ prisma/schema.prisma -nt "$marker" ] || [ package-lock.json -nt "$marker" ]; then
    npm run -s prisma:generate >/dev/null 2>&1
  fi
}

build_is_stale() {
  [ -f .next/BUILD_ID ] || return 0
  [ -n "$(find app components lib auth.ts proxy.ts instrumentation.ts next.config.ts prisma/schema.prisma package-lock.json -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]
}

# Debian's chromium for the e2e tests (Playwright cannot download browsers here).
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Debian's chromium: run 'sudo apt-get install -y chromium' and try again." >&2
    return 1
  fi
}
