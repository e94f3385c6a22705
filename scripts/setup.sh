#!/usr/bin/env bash
# Installs what building and testing quotelens needs, skipping whatever is already there.
#   scripts/setup.sh          everything the app build needs (wasm target, Trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --tests  also Chromium and ChromeDriver and the npm test tools
# Facts behind the pinned versions: see ARCHITECTURE.md ("Toolchain").
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)

step() { printf '\n\033[1m== setup: %s\033[0m\n' "$*"; }
fail() { printf '\nsetup FAILED at step: %s\n' "$*" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step "wasm32 target"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "already installed"
else
  rustup target add wasm32-unknown-unknown || fail "rustup target add wasm32-unknown-unknown"
fi

step "Trunk $TRUNK_VERSION"
if trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  echo "already installed"
else
  echo "building Trunk from source (about 12 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION" || fail "cargo install trunk@$TRUNK_VERSION"
fi

step "wasm-bindgen CLI $WASM_BINDGEN_VERSION"
if wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  echo "already installed"
else
  echo "building the wasm-bindgen CLI (about 4 minutes)"
  # Without --locked: the locked dependency set is not all on the registry here.
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" || fail "cargo install wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

step "npm tools (wasm-opt from binaryen, axe-core)"
if [ -x node_modules/.bin/wasm-opt ] && [ -f node_modules/axe-core/axe.min.js ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "already installed"
else
  npm ci --no-audit --no-fund || fail "npm ci"
fi
node_modules/.bin/wasm-opt --version | grep -q "version 132" || fail "wasm-opt is not binaryen version 132"

if [ "${1:-}" = "--tests" ]; then
  step "Chromium and ChromeDriver"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "already installed"
  else
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update || fail "apt-get update"
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y chromium chromium-driver || fail "apt-get install chromium chromium-driver"
  fi
  /usr/bin/chromium --version
fi
echo
echo "setup: done"
