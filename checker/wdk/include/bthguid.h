/* wskcheck WDK profile: bthguid.h, the GUIDs of the interfaces the
 * Bluetooth driver stack gives profile drivers through
 * IRP_MN_QUERY_INTERFACE (WdfFdoQueryForInterface): the profile driver
 * interface of bthddi.h and the SDP node and parse interfaces of
 * bthsdpddi.h. The general Bluetooth GUIDs (GUID_BTHPORT_DEVICE_INTERFACE,
 * the protocol UUIDs) are mingw-w64's bthdef.h.
 */
#ifndef WSKCHECK_WDK_BTHGUID_H
#define WSKCHECK_WDK_BTHGUID_H

#include <guiddef.h>

DEFINE_GUID(GUID_BTHDDI_SDP_NODE_INTERFACE, 0x81a7fdf3, 0x86c1, 0x4be8, 0xa8,
            0xc8, 0x2a, 0x6d, 0x18, 0x8b, 0x41, 0x77);
DEFINE_GUID(GUID_BTHDDI_SDP_PARSE_INTERFACE, 0x4e719439, 0x9cf1, 0x4bab, 0xac,
            0x1d, 0x32, 0x79, 0x86, 0x57, 0x43, 0xd2);
DEFINE_GUID(GUID_BTHDDI_PROFILE_DRIVER_INTERFACE, 0x94a59aa8, 0x4383, 0x4286,
            0xaa, 0x4f, 0x34, 0xa1, 0x60, 0xf4, 0x00, 0x04);

#endif /* WSKCHECK_WDK_BTHGUID_H */
