#!/usr/bin/env bash
# Runs inside the glibc 2.28 container: a clean install, the tests, the installers for this CPU,
# and dist:check on each (afterPack has already checked the unpacked app).
set -euo pipefail
cd /src
ldd --version | head -1
npm ci --no-audit --no-fund
npm run check:native
npm run dist
for f in dist/*.deb dist/*.AppImage; do
  [ -e "$f" ] && npm run dist:check -- "$f"
done
