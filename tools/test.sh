#!/usr/bin/env bash
# The README's test command: sets up the machine, builds everything and runs every test layer
# (native doctest, the same tests as wasm under Node, browser tests in headless Chromium) with
# CTest. Extra arguments go to ctest, e.g. `tools/test.sh -L browser` or `-R core.native`.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="${CADENCE_BUILD_DIR:-$repo_root/build/release}"
bash "$repo_root/tools/setup.sh"
bash "$repo_root/tools/build.sh"
cd "$build_dir"
ctest --output-on-failure "$@"
