#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian 12 machine with Node 20: pnpm (pinned to the
# root packageManager version), the workspace's npm packages, and, with --system, the Debian packages
# that the browser and WebGPU tests need (Chromium, Mesa 25 lavapipe). Idempotent: skips what is present.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "setup: installing pnpm@$pnpm_version"
  npm i -g "pnpm@$pnpm_version" >/dev/null 2>&1 || npm i -g "pnpm@$pnpm_version"
fi

if [ "${1:-}" = "--system" ]; then
  bash scripts/setup-system.sh
fi

pnpm install --frozen-lockfile --reporter=append-only 2>&1 | tail -n 5
