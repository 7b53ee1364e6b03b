/* A StorPort miniport includes storport.h (after miniport.h, or alone):
   SRBs, WMI SRBs and the SCSI definitions of scsi.h. */
#include <miniport.h>
#include <storport.h>

static BOOLEAN HwStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PCDB Cdb = (PCDB)Srb->Cdb;
  PSCSI_WMI_REQUEST_BLOCK Wmi = (PSCSI_WMI_REQUEST_BLOCK)Srb;
  UNREFERENCED_PARAMETER(Wmi);
  if (Cdb->CDB6GENERIC.OperationCode == SCSIOP_TEST_UNIT_READY)
    Srb->SrbStatus = SRB_STATUS_SUCCESS;
  StorPortNotification(RequestComplete, DeviceExtension, Srb);
  return TRUE;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init = {0};
  Init.HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA);
  Init.HwStartIo = HwStartIo;
  return StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
