#!/usr/bin/env bash
# Installs everything Cadence needs on Debian 12, then fetches third-party sources into
# third_party/ (ignored by git). Idempotent: a second run only checks and returns.
# Works as root or through sudo.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi

debian_packages=(
  emscripten nlohmann-json3-dev doctest-dev
  cmake make g++ clang-14 libclang-rt-14-dev
  chromium nodejs npm python3 xz-utils gzip
  fonts-inter fonts-noto-core fonts-dejavu-core fonts-font-awesome fonts-noto-cjk
  fonttools librsvg2-bin
)

missing_packages=()
for package in "${debian_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    # A tool already on PATH (for example a Node from elsewhere) counts as present.
    case "$package" in
      nodejs) command -v node >/dev/null && continue ;;
      npm) command -v npm >/dev/null && continue ;;
      python3) command -v python3 >/dev/null && continue ;;
    esac
    missing_packages+=("$package")
  fi
done

if [ ${#missing_packages[@]} -gt 0 ]; then
  echo "setup: installing ${missing_packages[*]}"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing_packages[@]}"
fi

# Emscripten builds its system libraries into this cache on first use; it must be writable.
emscripten_cache=/usr/share/emscripten/cache
if [ -d "$emscripten_cache" ] && [ ! -w "$emscripten_cache" ]; then
  "${as_root[@]}" chmod -R a+rwX "$emscripten_cache"
fi

# Dear ImGui 1.86: only the Debian *source* package has the core .cpp files.
imgui_dir="$repo_root/third_party/imgui"
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  sources_file=/etc/apt/sources.list.d/cadence-deb-src.sources
  if [ ! -f "$sources_file" ]; then
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | "${as_root[@]}" tee "$sources_file" >/dev/null
    "${as_root[@]}" apt-get update -qq
  fi
  download_dir=$(mktemp -d)
  (cd "$download_dir" && apt-get source --download-only -qq imgui)
  tarball=$(ls "$download_dir"/imgui_*.orig.tar.* | head -n 1)
  rm -rf "$imgui_dir" && mkdir -p "$imgui_dir"
  tar -xf "$tarball" -C "$imgui_dir" --strip-components=1
  rm -rf "$download_dir"
  echo "setup: Dear ImGui sources in third_party/imgui"
fi

# Playwright's driver only (the browser is Debian's Chromium), pinned by package-lock.json.
if [ ! -d "$repo_root/node_modules/playwright-core" ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
