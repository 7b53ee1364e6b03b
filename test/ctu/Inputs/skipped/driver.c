/* DriverEntry reaches lib.c's LibStart through the driver's start-up
   layers (with DEEP, more than clang follows); the unload routine calls
   LibStop directly. */
#include "lib.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DrvUnload;

static ULONG g_DrvLayers;

#define DRV_LAYER(Name, Next)                                                  \
  static NTSTATUS Name(VOID)                                                   \
  {                                                                            \
    NTSTATUS status;                                                           \
    g_DrvLayers++;                                                             \
    status = Next();                                                           \
    if (!NT_SUCCESS(status)) {                                                 \
      g_DrvLayers--;                                                           \
      return status;                                                           \
    }                                                                          \
    return STATUS_SUCCESS;                                                     \
  }
DRV_LAYER(DrvLayer5, LibStart)
DRV_LAYER(DrvLayer4, DrvLayer5)
DRV_LAYER(DrvLayer3, DrvLayer4)
DRV_LAYER(DrvLayer2, DrvLayer3)
DRV_LAYER(DrvLayer1, DrvLayer2)

VOID DrvUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  LibStop();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
#ifdef DEEP
  status = DrvLayer1();
#else
  status = LibStart();
#endif
  if (!NT_SUCCESS(status))
    return status;
  DriverObject->DriverUnload = DrvUnload;
  return STATUS_SUCCESS;
}
