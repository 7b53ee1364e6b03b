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

/* The device reset interface (Windows 10): its reset types, handlers and
   the interface structure. The documentation gives no value for the
   interface's GUID; it is declared by name only, as ks.h declares the KS
   GUIDs, which is all a driver that queries the interface needs. */
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

typedef union _DEVICE_BUS_SPECIFIC_RESET_TYPE {
  struct {
    ULONGLONG FunctionLevelDeviceReset : 1;
    ULONGLONG PlatformLevelDeviceReset : 1;
    ULONGLONG SecondaryBusReset : 1;
    ULONGLONG Reserved : 61;
  } Pci;
  struct {
    ULONGLONG FunctionLevelDeviceReset : 1;
    ULONGLONG PlatformLevelDeviceReset : 1;
    ULONGLONG Reserved : 62;
  } Acpi;
  ULONGLONG AsULONGLONG;
} DEVICE_BUS_SPECIFIC_RESET_TYPE, *PDEVICE_BUS_SPECIFIC_RESET_TYPE;

typedef struct _DEVICE_BUS_SPECIFIC_RESET_INFO {
  GUID BusTypeGuid;
  DEVICE_BUS_SPECIFIC_RESET_TYPE ResetTypeSupported;
} DEVICE_BUS_SPECIFIC_RESET_INFO, *PDEVICE_BUS_SPECIFIC_RESET_INFO;

typedef union _BUS_SPECIFIC_RESET_FLAGS {
  struct {
    ULONGLONG KeepStackReset : 1;
    ULONGLONG Reserved : 63;
  } u;
  ULONGLONG AsUlonglong;
} BUS_SPECIFIC_RESET_FLAGS, *PBUS_SPECIFIC_RESET_FLAGS;

typedef union _DEVICE_RESET_STATUS_FLAGS {
  struct {
    ULONGLONG KeepStackReset : 1;
    ULONGLONG RecoveringFromBusError : 1;
    ULONGLONG Reserved : 62;
  } u;
  ULONGLONG AsUlonglong;
} DEVICE_RESET_STATUS_FLAGS, *PDEVICE_RESET_STATUS_FLAGS;

typedef NTSTATUS DEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER(
    PVOID InterfaceContext, PULONG ResetInfoCount,
    PDEVICE_BUS_SPECIFIC_RESET_INFO ResetInfoSupported);
typedef DEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER
    *PDEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER;
typedef NTSTATUS DEVICE_BUS_SPECIFIC_RESET_HANDLER(
    PVOID InterfaceContext, GUID BusType,
    DEVICE_BUS_SPECIFIC_RESET_TYPE ResetTypeSelected,
    PBUS_SPECIFIC_RESET_FLAGS Flags, PVOID ResetParameters);
typedef DEVICE_BUS_SPECIFIC_RESET_HANDLER *PDEVICE_BUS_SPECIFIC_RESET_HANDLER;
typedef NTSTATUS
GET_DEVICE_RESET_STATUS(PVOID InterfaceContext, PBOOLEAN IsResetting,
                        PDEVICE_BUS_SPECIFIC_RESET_TYPE ResetTypeSelected,
                        PDEVICE_RESET_STATUS_FLAGS Flags);
typedef GET_DEVICE_RESET_STATUS *PGET_DEVICE_RESET_STATUS;

typedef struct _DEVICE_RESET_INTERFACE_STANDARD {
  USHORT Size;
  USHORT Version;
  PVOID Context;
  PINTERFACE_REFERENCE InterfaceReference;
  PINTERFACE_DEREFERENCE InterfaceDereference;
  PDEVICE_RESET_HANDLER DeviceReset;
  ULONG SupportedResetTypes;
  PVOID Reserved;
  PDEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER QueryBusSpecificResetInfo;
  PDEVICE_BUS_SPECIFIC_RESET_HANDLER DeviceBusSpecificReset;
  PGET_DEVICE_RESET_STATUS GetDeviceResetStatus;
} DEVICE_RESET_INTERFACE_STANDARD, *PDEVICE_RESET_INTERFACE_STANDARD;

#define DEVICE_RESET_INTERFACE_VERSION 1
extern const GUID GUID_DEVICE_RESET_INTERFACE_STANDARD;
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
