#!/usr/bin/env bash
# Builds the release app and serves it: http://127.0.0.1:${PORT:-8080}/
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-${1:-8080}}"
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
printf '\n\033[1m== build: trunk build --release --offline\033[0m\n'
trunk build --release --offline || { echo "run FAILED at step: trunk build" >&2; exit 1; }
printf '\n\033[1m== serving dist/ at http://127.0.0.1:%s/ (Ctrl-C to stop)\033[0m\n' "$PORT"
exec python3 scripts/serve.py dist "$PORT"
