/* wskcheck WDK profile: more kernel-mode declarations mingw-w64's wdm.h
 * lacks, the ones device-class drivers (USB, Bluetooth, GPIO, storage)
 * use, written from their documentation. Included at the end of
 * wskcheck_wdk_gaps.h, inside its extern "C" block; each piece is guarded
 * so a newer mingw-w64 that has it wins.
 */
#ifndef WSKCHECK_WDK_GAPS_DEVICES_H
#define WSKCHECK_WDK_GAPS_DEVICES_H

/* Mapping device memory with an explicit page protection (Windows 10). */
#ifndef WSKCHECK_WDK_MMMAPIOSPACEEX
#define WSKCHECK_WDK_MMMAPIOSPACEEX
PVOID MmMapIoSpaceEx(PHYSICAL_ADDRESS PhysicalAddress, SIZE_T NumberOfBytes,
                     ULONG Protect);
#endif

/* The reset types and handler of the device reset interface (Windows 10).
   The interface's GUID is not in the documentation, so drivers that query
   or expose the interface itself still do not compile. */
#ifndef WSKCHECK_WDK_DEVICE_RESET
#define WSKCHECK_WDK_DEVICE_RESET
typedef enum _DEVICE_RESET_TYPE {
  FunctionLevelDeviceReset,
  PlatformLevelDeviceReset
} DEVICE_RESET_TYPE;

typedef NTSTATUS DEVICE_RESET_HANDLER(PVOID InterfaceContext,
                                      DEVICE_RESET_TYPE ResetType, ULONG Flags,
                                      PVOID ResetParameters);
typedef DEVICE_RESET_HANDLER *PDEVICE_RESET_HANDLER;
#endif

/* Device types of Windows 8 and later (the documented list in "Specifying
   Device Types") that mingw-w64's wdm.h stops short of. */
#ifndef FILE_DEVICE_EHSTOR
#define FILE_DEVICE_EHSTOR 0x00000046
#endif
#ifndef FILE_DEVICE_DEVAPI
#define FILE_DEVICE_DEVAPI 0x00000047
#endif
#ifndef FILE_DEVICE_GPIO
#define FILE_DEVICE_GPIO 0x00000048
#endif
#ifndef FILE_DEVICE_USBEX
#define FILE_DEVICE_USBEX 0x00000049
#endif
#ifndef FILE_DEVICE_CONSOLE
#define FILE_DEVICE_CONSOLE 0x00000050
#endif
#ifndef FILE_DEVICE_NFP
#define FILE_DEVICE_NFP 0x00000051
#endif
#ifndef FILE_DEVICE_SYSENV
#define FILE_DEVICE_SYSENV 0x00000052
#endif
#ifndef FILE_DEVICE_VIRTUAL_BLOCK
#define FILE_DEVICE_VIRTUAL_BLOCK 0x00000053
#endif
#ifndef FILE_DEVICE_POINT_OF_SERVICE
#define FILE_DEVICE_POINT_OF_SERVICE 0x00000054
#endif
#ifndef FILE_DEVICE_STORAGE_REPLICATION
#define FILE_DEVICE_STORAGE_REPLICATION 0x00000055
#endif
#ifndef FILE_DEVICE_TRUST_ENV
#define FILE_DEVICE_TRUST_ENV 0x00000056
#endif
#ifndef FILE_DEVICE_UCM
#define FILE_DEVICE_UCM 0x00000057
#endif
#ifndef FILE_DEVICE_UCMTCPCI
#define FILE_DEVICE_UCMTCPCI 0x00000058
#endif
#ifndef FILE_DEVICE_PERSISTENT_MEMORY
#define FILE_DEVICE_PERSISTENT_MEMORY 0x00000059
#endif
#ifndef FILE_DEVICE_NVDIMM
#define FILE_DEVICE_NVDIMM 0x0000005a
#endif
#ifndef FILE_DEVICE_HOLOGRAPHIC
#define FILE_DEVICE_HOLOGRAPHIC 0x0000005b
#endif
#ifndef FILE_DEVICE_SDFXHCI
#define FILE_DEVICE_SDFXHCI 0x0000005c
#endif
#ifndef FILE_DEVICE_UCMUCSI
#define FILE_DEVICE_UCMUCSI 0x0000005d
#endif
#ifndef FILE_DEVICE_PRM
#define FILE_DEVICE_PRM 0x0000005e
#endif
#ifndef FILE_DEVICE_EVENT_COLLECTOR
#define FILE_DEVICE_EVENT_COLLECTOR 0x0000005f
#endif
#ifndef FILE_DEVICE_USB4
#define FILE_DEVICE_USB4 0x00000060
#endif
#ifndef FILE_DEVICE_SOUNDWIRE
#define FILE_DEVICE_SOUNDWIRE 0x00000061
#endif
#ifndef FILE_DEVICE_FABRIC_NVME
#define FILE_DEVICE_FABRIC_NVME 0x00000062
#endif
#ifndef FILE_DEVICE_SVM
#define FILE_DEVICE_SVM 0x00000063
#endif
#ifndef FILE_DEVICE_HARDWARE_ACCELERATOR
#define FILE_DEVICE_HARDWARE_ACCELERATOR 0x00000064
#endif
#ifndef FILE_DEVICE_I3C
#define FILE_DEVICE_I3C 0x00000065
#endif

/* Push locks (wdm.h since Windows 10; mingw-w64 has the type in ntifs.h
   only, spelled the same way here). The WDK's acquire and release are
   macros; here they are routines, so the analysis sees the calls. */
#ifndef EX_PUSH_LOCK
#define EX_PUSH_LOCK ULONG_PTR
#define PEX_PUSH_LOCK PULONG_PTR
#endif
#ifndef WSKCHECK_WDK_PUSH_LOCKS
#define WSKCHECK_WDK_PUSH_LOCKS
VOID ExInitializePushLock(PEX_PUSH_LOCK PushLock);
VOID ExAcquirePushLockExclusive(PEX_PUSH_LOCK Lock);
VOID ExAcquirePushLockShared(PEX_PUSH_LOCK Lock);
VOID ExReleasePushLockExclusive(PEX_PUSH_LOCK Lock);
VOID ExReleasePushLockShared(PEX_PUSH_LOCK Lock);
#endif

/* The connection resource type and its classes and types (Windows 8),
   described by CM_PARTIAL_RESOURCE_DESCRIPTOR's u.Connection (added in the
   profile's wdm.h). The documentation names the values without giving
   them; these are distinct from every other resource type, class and type
   of the same class. */
#ifndef CmResourceTypeConnection
#define CmResourceTypeConnection 132
#endif
#ifndef CM_RESOURCE_CONNECTION_CLASS_GPIO
#define CM_RESOURCE_CONNECTION_CLASS_GPIO 0x01
#define CM_RESOURCE_CONNECTION_CLASS_SERIAL 0x02
#define CM_RESOURCE_CONNECTION_TYPE_GPIO_IO 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_I2C 0x01
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_SPI 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_UART 0x03
#endif

#endif /* WSKCHECK_WDK_GAPS_DEVICES_H */
