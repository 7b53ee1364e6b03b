/* A StorPort miniport declaring its routines with the function role types
   and touching its registers with the documented register and port access
   routines (the device extension first). */
#include <miniport.h>
#include <storport.h>

typedef struct _HW_DEVICE_EXTENSION {
  PUCHAR Registers;
  PULONG Port;
} HW_DEVICE_EXTENSION, *PHW_DEVICE_EXTENSION;

sp_DRIVER_INITIALIZE DriverEntry;
HW_INITIALIZE HwInitialize;
HW_STARTIO HwStartIo;
HW_INTERRUPT HwInterrupt;
HW_RESET_BUS HwResetBus;
STOR_SYNCHRONIZED_ACCESS Synchronized;

BOOLEAN HwInitialize(PVOID DeviceExtension) {
  PHW_DEVICE_EXTENSION Ext = (PHW_DEVICE_EXTENSION)DeviceExtension;
  UCHAR Buffer[4];
  StorPortWriteRegisterUchar(Ext, Ext->Registers, 0);
  StorPortReadRegisterBufferUchar(Ext, Ext->Registers, Buffer, 4);
  return StorPortReadPortUlong(Ext, Ext->Port) != 0;
}

BOOLEAN HwStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  Srb->SrbStatus = SRB_STATUS_SUCCESS;
  StorPortNotification(RequestComplete, DeviceExtension, Srb);
  return TRUE;
}

BOOLEAN HwInterrupt(PVOID DeviceExtension) {
  PHW_DEVICE_EXTENSION Ext = (PHW_DEVICE_EXTENSION)DeviceExtension;
  return StorPortReadRegisterUchar(Ext, Ext->Registers) != 0;
}

BOOLEAN HwResetBus(PVOID DeviceExtension, ULONG PathId) {
  UNREFERENCED_PARAMETER(PathId);
  return Synchronized(DeviceExtension, NULL);
}

BOOLEAN Synchronized(PVOID HwDeviceExtension, PVOID Context) {
  UNREFERENCED_PARAMETER(Context);
  return HwInterrupt(HwDeviceExtension);
}

ULONG DriverEntry(PVOID DriverObject, PVOID Argument2) {
  HW_INITIALIZATION_DATA Init = {0};
  Init.HwInitializationDataSize = sizeof(Init);
  Init.HwInitialize = HwInitialize;
  Init.HwStartIo = HwStartIo;
  Init.HwInterrupt = HwInterrupt;
  Init.HwResetBus = HwResetBus;
  Init.DeviceExtensionSize = sizeof(HW_DEVICE_EXTENSION);
  return StorPortInitialize(DriverObject, Argument2, &Init, NULL);
}
