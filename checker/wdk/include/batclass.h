/* wskcheck WDK profile: mingw-w64's batclass.h (the battery class driver's
 * interface to miniclass drivers; its poclass.h is the profile's), then the
 * version 1.1 registration it lacks, written from its documentation: the
 * miniclass passes its FDO too, so the class driver can use it.
 */
#ifndef WSKCHECK_WDK_BATCLASS_H
#define WSKCHECK_WDK_BATCLASS_H

#include_next <batclass.h>

#ifndef BATTERY_CLASS_MINOR_VERSION_1
#define BATTERY_CLASS_MINOR_VERSION_1 0x0001

typedef struct _BATTERY_MINIPORT_INFO_V1_1 {
  USHORT MajorVersion;
  USHORT MinorVersion;
  PVOID Context;
  BCLASS_QUERY_TAG QueryTag;
  BCLASS_QUERY_INFORMATION QueryInformation;
  BCLASS_SET_INFORMATION SetInformation;
  BCLASS_QUERY_STATUS QueryStatus;
  BCLASS_SET_STATUS_NOTIFY SetStatusNotify;
  BCLASS_DISABLE_STATUS_NOTIFY DisableStatusNotify;
  PDEVICE_OBJECT Pdo;
  PUNICODE_STRING DeviceName;
  PDEVICE_OBJECT Fdo;
} BATTERY_MINIPORT_INFO_V1_1, *PBATTERY_MINIPORT_INFO_V1_1;
#endif

#endif /* WSKCHECK_WDK_BATCLASS_H */
