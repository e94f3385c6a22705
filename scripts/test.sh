#!/usr/bin/env bash
# Runs every check of quotelens and ends with a summary line. Exits non-zero when any fails.
#   formatting, lints, native tests (engine, CLI, app state), the release build and its size
#   budget, wasm tests in headless Chromium, end-to-end tests of dist/ in headless Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
# Every temporary file of the run (Chromium's profiles and sockets among them: megabytes per
# browser session, which Chromium leaves behind when wasm-bindgen-test-runner stops it) goes to
# one folder, removed at the end.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"
log="$scratch/log"

failed_steps=()
passed_steps=0
step() {
  local name=$1; shift
  printf '\n\033[1m== test: %s\033[0m\n' "$name"
  if "$@" 2>&1 | tee -a "$log"; then
    passed_steps=$((passed_steps + 1))
  else
    printf '\033[31m== FAILED: %s\033[0m\n' "$name"
    failed_steps+=("$name")
  fi
}

scripts/setup.sh --tests || { echo "test FAILED at step: setup"; exit 1; }

step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
step "cargo clippy (wasm32)" cargo clippy -p quotelens-app --target wasm32-unknown-unknown -- -D warnings
step "trunk build --release" trunk build --release --offline
step "size budget" scripts/size.sh
step "native tests" cargo test --workspace --exclude quotelens-app
step "app tests (state + end-to-end in Chromium)" cargo test -p quotelens-app -- --test-threads=2
step "wasm tests in Chromium" cargo test -p quotelens-app --target wasm32-unknown-unknown

passed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
echo
if [ ${#failed_steps[@]} -eq 0 ]; then
  echo "quotelens: all $passed_steps steps passed; screenshots in target/e2e-screenshots/"
else
  echo "quotelens: ${#failed_steps[@]} step(s) failed: ${failed_steps[*]}"
  [ "$failed" -eq 0 ] && failed=${#failed_steps[@]}
fi
echo "$passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ]
