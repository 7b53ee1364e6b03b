/* A small stand-in for the NDIS 6 miniport registration surface: the
 * documented names and signatures the lifecycle tests use. */
#ifndef WSKCHECK_TEST_NDIS_MINIPORT_H
#define WSKCHECK_TEST_NDIS_MINIPORT_H

#include <ntddk.h>

typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef NTSTATUS NDIS_STATUS;
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)

typedef VOID MINIPORT_UNLOAD(PDRIVER_OBJECT DriverObject);
typedef MINIPORT_UNLOAD *MINIPORT_DRIVER_UNLOAD;

typedef struct _NDIS_OBJECT_HEADER {
  UCHAR Type;
  UCHAR Revision;
  USHORT Size;
} NDIS_OBJECT_HEADER;

typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  UCHAR MajorNdisVersion;
  UCHAR MinorNdisVersion;
  UCHAR MajorDriverVersion;
  UCHAR MinorDriverVersion;
  ULONG Flags;
  PVOID SetOptionsHandler;
  PVOID InitializeHandlerEx;
  PVOID HaltHandlerEx;
  MINIPORT_DRIVER_UNLOAD UnloadHandler;
  PVOID PauseHandler;
  PVOID RestartHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS,
    *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

NDIS_STATUS NdisMRegisterMiniportDriver(
    PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
    NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    PNDIS_HANDLE NdisMiniportDriverHandle);
VOID NdisMDeregisterMiniportDriver(NDIS_HANDLE NdisMiniportDriverHandle);
VOID NdisZeroMemory(PVOID Destination, ULONG Length);

#endif
