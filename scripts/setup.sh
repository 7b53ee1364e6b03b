#!/usr/bin/env bash
# Installs what wskcheck needs (Debian packages, by name) and builds it.
#
#   WSK_LLVM_MAJOR  LLVM/Clang major version to build against (default 19)
#   WSK_BUILD_DIR   build directory (default build/, or build-llvm<N>/)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
major=${WSK_LLVM_MAJOR:-19}
default_build="$root/build"
[ "$major" = 19 ] || default_build="$root/build-llvm$major"
build=${WSK_BUILD_DIR:-$default_build}

packages=(cmake ninja-build ccache g++ gcc python3
  "clang-$major" "libclang-$major-dev" "llvm-$major-dev" "llvm-$major-tools"
  "clang-tidy-$major" "libclang-cpp$major-dev" "clang-tools-$major"
  binutils mingw-w64-x86-64-dev gcc-mingw-w64-x86-64)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "wskcheck: installing ${missing[*]}" >&2
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DWSK_LLVM_MAJOR="$major" >/dev/null
cmake --build "$build" -j2
