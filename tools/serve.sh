#!/usr/bin/env bash
# The README's serve command: sets up the machine, builds the app (Release) and serves it on
# http://127.0.0.1:8080 (PORT=... to change) until Ctrl+C.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="${CADENCE_BUILD_DIR:-$repo_root/build/release}"
bash "$repo_root/tools/setup.sh"
bash "$repo_root/tools/build.sh" --target cadence_wasm
exec node "$repo_root/tools/static_server.mjs" "$build_dir/wasm/dist" "${PORT:-8080}"
