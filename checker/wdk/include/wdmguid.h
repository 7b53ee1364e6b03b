/* wskcheck WDK profile: mingw-w64's wdmguid.h (the GUIDs of the interfaces
 * and notifications of the Plug and Play manager), plus interfaces of
 * Windows 8 and later it lacks.
 *
 * The documentation names these GUIDs without stating their value, so each
 * is declared by name only: a driver passes its address (to
 * WdfFdoQueryForInterface, in an IRP_MN_QUERY_INTERFACE) or compares
 * against it, which compiles and analyses the same without the value.
 */
#ifndef WSKCHECK_WDK_WDMGUID_H
#define WSKCHECK_WDK_WDMGUID_H

#include_next <wdmguid.h>

#ifdef __cplusplus
extern "C" {
#endif
/* The second version of the ACPI interface (ACPI_INTERFACE_STANDARD2).
   GUID_DEVICE_RESET_INTERFACE_STANDARD is with its interface, in
   wskcheck_wdk_gaps_devices.h. */
extern const GUID GUID_ACPI_INTERFACE_STANDARD2;
#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_WDMGUID_H */
