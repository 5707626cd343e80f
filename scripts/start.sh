#!/usr/bin/env bash
# The README's main command (`npm start`): from a fresh clone to Crosslight running on sample
# news pages. Installs the browsers if missing (needs root or sudo), the npm dependencies if
# missing or outdated, then runs the demo; arguments go to the demo (e.g. --screenshots DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-browsers.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec npx tsx scripts/demo.ts "$@"
