#!/bin/sh
# each-new-header.sh <work dir> <clang> <profile args...>
# Compiles each header of the WDK profile's wider header surface on its own
# after the kernel header a driver of its kind starts with, in C and in C++,
# with warnings as errors.
dir=$1
clang=$2
shift 2
for pair in ntddk.h:wdf.h ntddk.h:wdfusb.h ntddk.h:wdfminiport.h \
            ntddk.h:wdfrequest.h ntddk.h:wdftypes.h ntddk.h:wdfdevice.h \
            ntddk.h:wdfio.h ntddk.h:wdfmemory.h ntddk.h:wdfobject.h \
            ntddk.h:wdftimer.h ntddk.h:wdfworkitem.h ntddk.h:wdfsync.h \
            ntddk.h:wdfstring.h ntddk.h:wdfregistry.h ntddk.h:wdfcollection.h \
            ntddk.h:wdfdriver.h ntddk.h:wdfinterrupt.h ntddk.h:wdfiotarget.h \
            ntddk.h:wdfdmaenabler.h ntddk.h:wdfdmatransaction.h \
            ntddk.h:wdfcommonbuffer.h ntddk.h:wdfwmi.h ntddk.h:wdfchildlist.h \
            ntddk.h:wdfpdo.h ntddk.h:wdffdo.h ntddk.h:wdfqueryinterface.h \
            ntddk.h:wdfresource.h ntddk.h:wdffileobject.h ntddk.h:wdfdpc.h \
            ntddk.h:wdfcontrol.h ntddk.h:wdfcore.h ntddk.h:wdfglobals.h \
            ntddk.h:wdfassert.h ntddk.h:wdfverifier.h ntddk.h:wdfstatus.h \
            ntddk.h:wdfbugcodes.h ntddk.h:wdfpool.h \
            ntifs.h:fltKernel.h ntddk.h:ip2string.h ntddk.h:mstcpip.h \
            ntddk.h:TraceLoggingProvider.h ntddk.h:intsafe.h ntddk.h:usbdlib.h \
            wdm.h:ksmedia.h ntddk.h:acpitabl.h ntddk.h:dontuse.h \
            ntddk.h:suppress.h ntddk.h:storport.h miniport.h:storport.h \
            ntddk.h:wskcheck_wdk_oldsal.h wdm.h:ntstrsafe.h ntddk.h:hidport.h \
            ntddk.h:wdmguid.h; do
  first=${pair%%:*}
  h=${pair#*:}
  printf '#include <%s>\n#include <%s>\n' "$first" "$h" > "$dir/one.c"
  "$clang" -fsyntax-only -Werror "$@" "$dir/one.c" || { echo "C: $h"; exit 1; }
  "$clang" -fsyntax-only -Werror "$@" -x c++ "$dir/one.c" ||
    { echo "C++: $h"; exit 1; }
done
# ntstrsafe.h before the kernel headers, and each kernel header after it.
for k in wdm.h ntddk.h ntifs.h; do
  printf '#include <ntstrsafe.h>\n#include <%s>\n' "$k" > "$dir/one.c"
  "$clang" -fsyntax-only -Werror "$@" "$dir/one.c" ||
    { echo "C: ntstrsafe.h before $k"; exit 1; }
  "$clang" -fsyntax-only -Werror "$@" -x c++ "$dir/one.c" ||
    { echo "C++: ntstrsafe.h before $k"; exit 1; }
done
