#!/usr/bin/env bash
# The main-job command of README.md: installs pnpm and the workspace's npm packages, builds, and runs
# equation discovery on the embedded default (Lorenz). Extra arguments go to `mechanist discover`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2   # set-up output on stderr: stdout carries only the command's output (e.g. --json)
export TURBO_TELEMETRY_DISABLED=1
pnpm --silent turbo run build --filter=@mechanist/cli... --output-logs=errors-only >/dev/null
exec node packages/cli/dist/bin.js discover "$@"
