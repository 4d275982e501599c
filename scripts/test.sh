#!/usr/bin/env bash
# The test command of README.md: installs everything (npm and Debian packages), then builds, lints,
# type-checks and runs every package's tests through turbo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --system
export TURBO_TELEMETRY_DISABLED=1 XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
pnpm build
pnpm lint
pnpm typecheck
pnpm test
