#!/bin/sh
# each-header.sh <work dir> <clang> <profile args...>
# Compiles each header of the WDK profile on its own after ntddk.h, in C and
# in C++, with warnings as errors.
dir=$1
clang=$2
shift 2
for h in wsk.h netioddk.h wdf.h ndis.h ws2def.h ws2ipdef.h mswsockdef.h \
         netioapi.h ntstrsafe.h wskcheck_wpp.h setjmp.h; do
  printf '#include <ntddk.h>\n#include <%s>\n' "$h" > "$dir/one.c"
  "$clang" -fsyntax-only -Werror "$@" "$dir/one.c" || { echo "C: $h"; exit 1; }
  "$clang" -fsyntax-only -Werror "$@" -x c++ "$dir/one.c" ||
    { echo "C++: $h"; exit 1; }
done
