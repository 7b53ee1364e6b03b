/* A StorPort miniport filling StorPort's own initialization data and
   configuration (HwBuildIo, MapBuffers, SynchronizationModel), reading its
   PCI configuration space, mapping a physical address, taking StorPort's
   interrupt lock and asking for performance options. */
#include <miniport.h>
#include <storport.h>
#include <srbhelper.h>

typedef struct _HW_DEVICE_EXTENSION {
  UCHAR Revision;
  USHORT SubsystemId;
  PVOID Rom;
} HW_DEVICE_EXTENSION, *PHW_DEVICE_EXTENSION;

sp_DRIVER_INITIALIZE DriverEntry;
HW_BUILDIO HwBuildIo;
HW_STARTIO HwStartIo;

BOOLEAN HwBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  UNREFERENCED_PARAMETER(DeviceExtension);
  return SrbGetCdb(Srb) != NULL;
}

BOOLEAN HwStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  STOR_LOCK_HANDLE Lock;
  StorPortAcquireSpinLock(DeviceExtension, InterruptLock, NULL, &Lock);
  SrbSetSrbStatus(Srb, SRB_STATUS_SUCCESS);
  StorPortReleaseSpinLock(DeviceExtension, &Lock);
  StorPortNotification(RequestComplete, DeviceExtension, Srb);
  return TRUE;
}

static ULONG HwFindAdapter(PVOID DeviceExtension, PVOID HwContext,
                           PVOID BusInformation, PCHAR ArgumentString,
                           PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                           PBOOLEAN Again) {
  PHW_DEVICE_EXTENSION Ext = (PHW_DEVICE_EXTENSION)DeviceExtension;
  UCHAR Buffer[PCI_COMMON_HDR_LENGTH];
  PPCI_COMMON_CONFIG Pci = (PPCI_COMMON_CONFIG)Buffer;
  UNREFERENCED_PARAMETER(HwContext);
  UNREFERENCED_PARAMETER(BusInformation);
  UNREFERENCED_PARAMETER(ArgumentString);
  *Again = FALSE;
  if (StorPortGetBusData(Ext, PCIConfiguration, ConfigInfo->SystemIoBusNumber,
                         ConfigInfo->SlotNumber, Buffer,
                         sizeof(Buffer)) != sizeof(Buffer))
    return SP_RETURN_NOT_FOUND;
  Ext->Revision = Pci->RevisionID;
  Ext->SubsystemId = Pci->u.type0.SubSystemID;
  Ext->Rom = StorPortGetDeviceBase(
      Ext, Internal, 0, StorPortConvertUlongToPhysicalAddress(0xC0000), 0x800,
      FALSE);
  {
    PERF_CONFIGURATION_DATA Perf = {0};
    PSTORPORT_EXTENDED_FUNCTIONS Table = NULL;
    Perf.Version = STOR_PERF_VERSION;
    Perf.Size = sizeof(Perf);
    if (StorPortInitializePerfOpts(Ext, TRUE, &Perf) == STOR_STATUS_SUCCESS &&
        (Perf.Flags & STOR_PERF_DPC_REDIRECTION))
      StorPortNotification(GetExtendedFunctionTable, Ext, &Table);
  }
  ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
  ConfigInfo->MapBuffers = STOR_MAP_NON_READ_WRITE_BUFFERS;
  ConfigInfo->MaxNumberOfIO = 64;
  return SP_RETURN_FOUND;
}

ULONG DriverEntry(PVOID DriverObject, PVOID Argument2) {
  HW_INITIALIZATION_DATA Init = {0};
  Init.HwInitializationDataSize = sizeof(Init);
  Init.AdapterInterfaceType = PCIBus;
  Init.HwFindAdapter = (PVOID)HwFindAdapter; /* a PVOID member */
  Init.HwBuildIo = HwBuildIo;
  Init.HwStartIo = HwStartIo;
  Init.MapBuffers = STOR_MAP_NON_READ_WRITE_BUFFERS;
  Init.SrbTypeFlags = SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK;
  Init.FeatureSupport = STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES;
  Init.DeviceExtensionSize = sizeof(HW_DEVICE_EXTENSION);
  return StorPortInitialize(DriverObject, Argument2, &Init, NULL);
}
