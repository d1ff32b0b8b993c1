#!/usr/bin/env bash
# Configures and builds Cadence (Release) into build/release: the native core, tests and tools,
# and the nested WebAssembly build of the app and the wasm tests (build/release/wasm).
# Incremental: run it again after editing anything.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="${CADENCE_BUILD_DIR:-$repo_root/build/release}"
export NODE_PATH=/usr/share/nodejs
cmake -S "$repo_root" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" "$@"
