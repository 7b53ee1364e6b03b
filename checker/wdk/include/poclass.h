/* wskcheck WDK profile: poclass.h, the power policy interface of battery,
 * thermal, lid and button drivers.
 *
 * mingw-w64 has two: include/poclass.h, which matches the WDK's (battery
 * information levels, status and the thermal interface), and an older
 * ddk/poclass.h with only the thermal part, which includes batclass.h for
 * the battery types. On the profile's include path ddk/ comes first, so
 * batclass.h's "#include <poclass.h>" found the old one, and BatteryClass
 * miniclass drivers failed in batclass.h (unknown type name
 * BATTERY_QUERY_INFORMATION_LEVEL). The WDK's is the one drivers see here:
 * found as ../poclass.h from mingw-w64's ddk directory. After it, what
 * mingw-w64's lacks (thermal cooling and power limit clients), written from
 * their documentation.
 */
#ifndef WSKCHECK_WDK_POCLASS_H
#define WSKCHECK_WDK_POCLASS_H

#include <../poclass.h>

#ifdef __cplusplus
extern "C" {
#endif

/* --- Thermal cooling clients: the callbacks' function types (for
   --- declaring them; mingw-w64 has only the pointer types), the device
   --- interface and the interface a client returns.                    --- */
#ifndef WSKCHECK_WDK_THERMAL_COOLING
#define WSKCHECK_WDK_THERMAL_COOLING
typedef VOID DEVICE_ACTIVE_COOLING(PVOID Context, BOOLEAN Engaged);
typedef VOID DEVICE_PASSIVE_COOLING(PVOID Context, ULONG Percentage);
#endif
DEFINE_GUID(GUID_DEVINTERFACE_THERMAL_COOLING, 0xdbe4373d, 0x3c81, 0x40cb,
            0xac, 0xe4, 0xe0, 0xe5, 0xd0, 0x5f, 0x0c, 0x9f);
DEFINE_GUID(GUID_THERMAL_COOLING_INTERFACE, 0xecbe47a8, 0xc498, 0x4bb9, 0xbd,
            0x70, 0xe8, 0x67, 0xe0, 0x94, 0x0d, 0x22);
/* --- end thermal cooling clients --- */

/* --- Power limit clients (Windows 11): the device interface, and the ---
   --- interface a client returns to IRP_MN_QUERY_INTERFACE.            --- */
DEFINE_GUID(GUID_DEVINTERFACE_POWER_LIMIT, 0x8f366301, 0x091e, 0x4056, 0xb9,
            0x2f, 0x95, 0x8b, 0x27, 0x62, 0x5f, 0xce);
DEFINE_GUID(GUID_POWER_LIMIT_INTERFACE, 0x3b96f4f2, 0xce49, 0x44d1, 0x91, 0xf8,
            0x65, 0x2b, 0x81, 0x21, 0xe9, 0x3a);

#ifndef WSKCHECK_WDK_POWER_LIMIT_INTERFACE
#define WSKCHECK_WDK_POWER_LIMIT_INTERFACE
typedef NTSTATUS QUERY_POWER_LIMIT_ATTRIBUTES(PVOID Context, ULONG BufferCount,
                                              PVOID Buffer,
                                              PULONG AttributeCount);
typedef QUERY_POWER_LIMIT_ATTRIBUTES *PQUERY_POWER_LIMIT_ATTRIBUTES;
typedef NTSTATUS SET_POWER_LIMIT(PVOID Context, ULONG ValueCount,
                                 PVOID Values);
typedef SET_POWER_LIMIT *PSET_POWER_LIMIT;
typedef NTSTATUS QUERY_POWER_LIMIT(PVOID Context, ULONG ValueCount,
                                   PVOID Values);
typedef QUERY_POWER_LIMIT *PQUERY_POWER_LIMIT;

typedef struct _POWER_LIMIT_INTERFACE {
  USHORT Size;
  USHORT Version;
  PVOID Context;
  PINTERFACE_REFERENCE InterfaceReference;
  PINTERFACE_DEREFERENCE InterfaceDereference;
  ULONG DomainCount;
  PQUERY_POWER_LIMIT_ATTRIBUTES QueryAttributes;
  PSET_POWER_LIMIT SetPowerLimit;
  PQUERY_POWER_LIMIT QueryPowerLimit;
} POWER_LIMIT_INTERFACE, *PPOWER_LIMIT_INTERFACE;
#endif
/* --- end power limit clients --- */

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_POCLASS_H */
