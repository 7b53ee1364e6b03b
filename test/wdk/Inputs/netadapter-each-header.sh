#!/bin/sh
# netadapter-each-header.sh <work dir> <clang> <profile args...>
# Compiles each NetAdapterCx and MBBCx header of the WDK profile on its own
# after the kernel and KMDF headers a client driver starts with, in C and
# in C++, with warnings as errors.
dir=$1
clang=$2
shift 2
for h in netadaptercx.h netdevice.h mbbcx.h net/ring.h net/ringcollection.h \
         net/packet.h net/fragment.h net/extension.h net/checksum.h \
         net/gso.h net/rsc.h net/returncontext.h net/virtualaddress.h \
         net/mdl.h net/logicaladdress.h net/ieee8021q.h; do
  printf '#include <ntddk.h>\n#include <wdf.h>\n#include <%s>\n' "$h" > "$dir/one.c"
  "$clang" -fsyntax-only -Werror "$@" "$dir/one.c" || { echo "C: $h"; exit 1; }
  "$clang" -fsyntax-only -Werror "$@" -x c++ "$dir/one.c" ||
    { echo "C++: $h"; exit 1; }
done
