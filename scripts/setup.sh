#!/usr/bin/env bash
# Installs what wskcheck needs (Debian packages, by name) and builds it.
#
#   WSK_LLVM_MAJOR  LLVM/Clang major version to build against (default 19)
#   WSK_BUILD_DIR   build directory (default build/, or build-llvm<N>/)
#   WSK_PREBUILT=1  the build directory already holds a build of this tree
#                   (copied there: the documentation test runs the docs'
#                   commands in a copy of the tree): do not configure or build
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
major=${WSK_LLVM_MAJOR:-19}
default_build="$root/build"
[ "$major" = 19 ] || default_build="$root/build-llvm$major"
build=${WSK_BUILD_DIR:-$default_build}

packages=(cmake ninja-build ccache g++ gcc python3
  "clang-$major" "libclang-$major-dev" "llvm-$major-dev" "llvm-$major-tools"
  "clang-tidy-$major" "libclang-cpp$major-dev" "clang-tools-$major"
  binutils mingw-w64-x86-64-dev gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64
  python3-jsonschema wine wine64)

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

if [ "${WSK_PREBUILT:-}" = 1 ] && [ -x "$build/bin/wskcheck" ]; then
  exit 0
fi

# The SARIF 2.1.0 schema, for the test that validates wskcheck's SARIF; it
# ships in the SARIF multitool's npm package. Without npm the test is
# reported unsupported.
schema_dir=${XDG_CACHE_HOME:-$HOME/.cache}/wskcheck
if [ ! -f "$schema_dir/sarif-2.1.0.json" ] && command -v npm >/dev/null; then
  tmp=$(mktemp -d)
  if (cd "$tmp" &&
    npm pack --silent @microsoft/sarif-multitool-linux@5.7.0 >/dev/null 2>&1 &&
    tar xzf microsoft-sarif-multitool-linux-5.7.0.tgz package/sarif-2.1.0.json); then
    mkdir -p "$schema_dir" && mv "$tmp/package/sarif-2.1.0.json" "$schema_dir/"
  fi
  rm -rf "$tmp"
fi
# The multitool itself, for the test of GitHub's SARIF rules
# (test/wskcheck/sarif-gh-rules.test); without it that test is unsupported.
if [ ! -x "$schema_dir/sarif-multitool/Sarif.Multitool" ] &&
  command -v npm >/dev/null; then
  tmp=$(mktemp -d)
  if (cd "$tmp" &&
    npm pack --silent @microsoft/sarif-multitool-linux@5.7.0 >/dev/null 2>&1 &&
    tar xzf microsoft-sarif-multitool-linux-5.7.0.tgz &&
    chmod u+x package/Sarif.Multitool); then
    mkdir -p "$schema_dir" && rm -rf "$schema_dir/sarif-multitool" &&
      mv "$tmp/package" "$schema_dir/sarif-multitool"
  fi
  rm -rf "$tmp"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DWSK_LLVM_MAJOR="$major" >/dev/null
cmake --build "$build" -j2
