#!/usr/bin/env bash
# Trunk post-build hook: writes quotelens.js, the embedding loader with a stable name, from
# embed/quotelens.js with the build's hashed file names filled in.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk build}"
js=$(cd "$dir" && ls quotelens-app-*.js 2>/dev/null | head -1)
[ -n "$js" ] || js=$(cd "$dir" && ls quotelens-app*.js | grep -v _bg | head -1)
wasm=$(cd "$dir" && ls quotelens-app*_bg.wasm | head -1)
css=$(cd "$dir" && ls app*.css | head -1)
sed -e "s|__APP_JS__|$js|" -e "s|__APP_WASM__|$wasm|" -e "s|__APP_CSS__|$css|" \
  embed/quotelens.js > "$dir/quotelens.js"
