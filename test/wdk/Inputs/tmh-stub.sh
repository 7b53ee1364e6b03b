#!/bin/sh
# tmh-stub.sh <dir> <name.tmh> [<trace function>...]
# Writes the stand-in that `wskcheck --wdk` generates for a WPP trace header,
# for the tests that pass the profile's arguments by hand.
dir=$1
name=$2
shift 2
mkdir -p "$dir"
{
  echo '#include <wskcheck_wpp.h>'
  for f in "$@"; do
    echo "#define $f(...) WSKCHECK_WPP_NOOP()"
  done
} > "$dir/$name"
