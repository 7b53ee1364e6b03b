/* A GPIO controller driver for the GPIO framework extension (GpioClx): it
   registers its callbacks in DriverEntry, reports the controller's banks and
   attributes, connects pins, reads and writes them as masks, and manages
   interrupts and bank power. */
#include <gpioclx.h>
#include <ntddk.h>
#include <wdf.h>

#define PINS_PER_BANK 32
#define BANKS 2

typedef struct _CONTROLLER_CONTEXT {
  ULONG Pins[BANKS];
  ULONG Enabled[BANKS];
} CONTROLLER_CONTEXT, *PCONTROLLER_CONTEXT;

GPIO_CLIENT_PREPARE_CONTROLLER PrepareController;
GPIO_CLIENT_RELEASE_CONTROLLER ReleaseController;
GPIO_CLIENT_START_CONTROLLER StartController;
GPIO_CLIENT_STOP_CONTROLLER StopController;
GPIO_CLIENT_QUERY_CONTROLLER_BASIC_INFORMATION QueryBasicInformation;
GPIO_CLIENT_QUERY_SET_CONTROLLER_INFORMATION QuerySetInformation;
GPIO_CLIENT_ENABLE_INTERRUPT EnableInterrupt;
GPIO_CLIENT_DISABLE_INTERRUPT DisableInterrupt;
GPIO_CLIENT_MASK_INTERRUPTS MaskInterrupts;
GPIO_CLIENT_QUERY_ACTIVE_INTERRUPTS QueryActiveInterrupts;
GPIO_CLIENT_CONNECT_IO_PINS ConnectIoPins;
GPIO_CLIENT_DISCONNECT_IO_PINS DisconnectIoPins;
GPIO_CLIENT_READ_PINS_MASK ReadPins;
GPIO_CLIENT_WRITE_PINS_MASK WritePins;
GPIO_CLIENT_SAVE_BANK_HARDWARE_CONTEXT SaveBank;
EVT_WDF_DRIVER_DEVICE_ADD DeviceAdd;

NTSTATUS PrepareController(WDFDEVICE Device, PVOID Context,
                           WDFCMRESLIST ResourcesRaw,
                           WDFCMRESLIST ResourcesTranslated) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(ResourcesRaw);
  RtlZeroMemory(Context, sizeof(CONTROLLER_CONTEXT));
  return WdfCmResourceListGetCount(ResourcesTranslated) != 0
             ? STATUS_SUCCESS
             : STATUS_DEVICE_CONFIGURATION_ERROR;
}

NTSTATUS ReleaseController(WDFDEVICE Device, PVOID Context) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(Context);
  return STATUS_SUCCESS;
}

NTSTATUS StartController(PVOID Context, BOOLEAN RestoreContext,
                         WDF_POWER_DEVICE_STATE PreviousPowerState) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(RestoreContext);
  UNREFERENCED_PARAMETER(PreviousPowerState);
  return STATUS_SUCCESS;
}

NTSTATUS StopController(PVOID Context, BOOLEAN SaveContext,
                        WDF_POWER_DEVICE_STATE TargetState) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(SaveContext);
  UNREFERENCED_PARAMETER(TargetState);
  return STATUS_SUCCESS;
}

NTSTATUS QueryBasicInformation(PVOID Context,
                               PCLIENT_CONTROLLER_BASIC_INFORMATION Info) {
  UNREFERENCED_PARAMETER(Context);
  Info->Version = GPIO_CONTROLLER_BASIC_INFORMATION_VERSION;
  Info->Size = sizeof(CLIENT_CONTROLLER_BASIC_INFORMATION);
  Info->TotalPins = BANKS * PINS_PER_BANK;
  Info->NumberOfPinsPerBank = PINS_PER_BANK;
  Info->Flags.MemoryMappedController = TRUE;
  Info->Flags.FormatIoRequestsAsMasks = 1;
  Info->Flags.BankIdlePowerMgmtSupported = TRUE;
  Info->Flags.EmulateActiveBoth = TRUE;
  return STATUS_SUCCESS;
}

NTSTATUS
QuerySetInformation(PVOID Context,
                    PCLIENT_CONTROLLER_QUERY_SET_INFORMATION_INPUT Input,
                    PCLIENT_CONTROLLER_QUERY_SET_INFORMATION_OUTPUT Output) {
  UNREFERENCED_PARAMETER(Context);
  if (Input->RequestType != QueryBankPowerInformation || Output == NULL)
    return STATUS_NOT_SUPPORTED;
  Output->Version = GPIO_BANK_POWER_INFORMATION_OUTPUT_VERSION;
  Output->Size = sizeof(*Output);
  Output->BankPowerInformation.F1StateSupported =
      Input->BankPowerInformation.BankId < BANKS;
  Output->BankPowerInformation.F1IdleStateParameters.TransitionLatency = 0;
  return STATUS_SUCCESS;
}

NTSTATUS EnableInterrupt(PVOID Context,
                         PGPIO_ENABLE_INTERRUPT_PARAMETERS Parameters) {
  PCONTROLLER_CONTEXT Controller = (PCONTROLLER_CONTEXT)Context;
  if (Parameters->Polarity != InterruptActiveHigh &&
      Parameters->Polarity != InterruptActiveLow)
    return STATUS_NOT_SUPPORTED;
  if (Parameters->InterruptMode == LevelSensitive)
    Controller->Enabled[Parameters->BankId] |= 1u << Parameters->PinNumber;
  return STATUS_SUCCESS;
}

NTSTATUS DisableInterrupt(PVOID Context,
                          PGPIO_DISABLE_INTERRUPT_PARAMETERS Parameters) {
  PCONTROLLER_CONTEXT Controller = (PCONTROLLER_CONTEXT)Context;
  if (Parameters->Flags.RetryDisableOnFailure)
    return STATUS_SUCCESS;
  Controller->Enabled[Parameters->BankId] &= ~(1u << Parameters->PinNumber);
  return STATUS_SUCCESS;
}

NTSTATUS MaskInterrupts(PVOID Context,
                        PGPIO_MASK_INTERRUPT_PARAMETERS Parameters) {
  UNREFERENCED_PARAMETER(Context);
  Parameters->FailedMask = 0;
  return STATUS_SUCCESS;
}

NTSTATUS
QueryActiveInterrupts(PVOID Context,
                      PGPIO_QUERY_ACTIVE_INTERRUPTS_PARAMETERS Parameters) {
  PCONTROLLER_CONTEXT Controller = (PCONTROLLER_CONTEXT)Context;
  Parameters->ActiveMask =
      Parameters->EnabledMask & Controller->Pins[Parameters->BankId];
  return STATUS_SUCCESS;
}

NTSTATUS ConnectIoPins(PVOID Context,
                       PGPIO_CONNECT_IO_PINS_PARAMETERS Parameters) {
  USHORT Index;
  UNREFERENCED_PARAMETER(Context);
  for (Index = 0; Index < Parameters->PinCount; Index++)
    if (Parameters->PinNumberTable[Index] >= PINS_PER_BANK)
      return STATUS_INVALID_PARAMETER;
  return Parameters->ConnectMode == ConnectModeInput ||
                 Parameters->ConnectMode == ConnectModeOutput
             ? STATUS_SUCCESS
             : STATUS_NOT_SUPPORTED;
}

NTSTATUS DisconnectIoPins(PVOID Context,
                          PGPIO_DISCONNECT_IO_PINS_PARAMETERS Parameters) {
  UNREFERENCED_PARAMETER(Context);
  if (Parameters->DisconnectFlags.PreserveConfiguration == 1)
    return STATUS_SUCCESS;
  return Parameters->PinCount != 0 ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}

NTSTATUS ReadPins(PVOID Context, PGPIO_READ_PINS_MASK_PARAMETERS Parameters) {
  PCONTROLLER_CONTEXT Controller = (PCONTROLLER_CONTEXT)Context;
  if (Parameters->Flags.WriteConfiguredPins == FALSE)
    *Parameters->PinValues = Controller->Pins[Parameters->BankId];
  return STATUS_SUCCESS;
}

NTSTATUS WritePins(PVOID Context, PGPIO_WRITE_PINS_MASK_PARAMETERS Parameters) {
  PCONTROLLER_CONTEXT Controller = (PCONTROLLER_CONTEXT)Context;
  GPIO_CLX_AcquireInterruptLock(Context, Parameters->BankId);
  Controller->Pins[Parameters->BankId] |= (ULONG)Parameters->SetMask;
  Controller->Pins[Parameters->BankId] &= ~(ULONG)Parameters->ClearMask;
  GPIO_CLX_ReleaseInterruptLock(Context, Parameters->BankId);
  return STATUS_SUCCESS;
}

VOID SaveBank(PVOID Context,
              PGPIO_SAVE_RESTORE_BANK_HARDWARE_CONTEXT_PARAMETERS Parameters) {
  UNREFERENCED_PARAMETER(Context);
  Parameters->State = WdfPowerDeviceD3;
}

NTSTATUS DeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
  WDF_OBJECT_ATTRIBUTES Attributes;
  WDFDEVICE Device;
  NTSTATUS Status;

  WDF_OBJECT_ATTRIBUTES_INIT(&Attributes);
  Status =
      GPIO_CLX_ProcessAddDevicePreDeviceCreate(Driver, DeviceInit, &Attributes);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WdfDeviceCreate(&DeviceInit, &Attributes, &Device);
  if (!NT_SUCCESS(Status))
    return Status;
  return GPIO_CLX_ProcessAddDevicePostDeviceCreate(Driver, Device);
}

NTSTATUS RegisterWithGpioClx(WDFDRIVER Driver, PUNICODE_STRING RegistryPath) {
  GPIO_CLIENT_REGISTRATION_PACKET Packet;
  RtlZeroMemory(&Packet, sizeof(Packet));
  Packet.Version = GPIO_CLIENT_VERSION;
  Packet.Size = sizeof(GPIO_CLIENT_REGISTRATION_PACKET);
  Packet.ControllerContextSize = sizeof(CONTROLLER_CONTEXT);
  Packet.CLIENT_PrepareController = PrepareController;
  Packet.CLIENT_ReleaseController = ReleaseController;
  Packet.CLIENT_StartController = StartController;
  Packet.CLIENT_StopController = StopController;
  Packet.CLIENT_QueryControllerBasicInformation = QueryBasicInformation;
  Packet.CLIENT_QuerySetControllerInformation = QuerySetInformation;
  Packet.CLIENT_EnableInterrupt = EnableInterrupt;
  Packet.CLIENT_DisableInterrupt = DisableInterrupt;
  Packet.CLIENT_UnmaskInterrupt = EnableInterrupt;
  Packet.CLIENT_MaskInterrupts = MaskInterrupts;
  Packet.CLIENT_QueryActiveInterrupts = QueryActiveInterrupts;
  Packet.CLIENT_ConnectIoPins = ConnectIoPins;
  Packet.CLIENT_DisconnectIoPins = DisconnectIoPins;
  Packet.CLIENT_ReadGpioPinsUsingMask = ReadPins;
  Packet.CLIENT_WriteGpioPinsUsingMask = WritePins;
  Packet.CLIENT_SaveBankHardwareContext = SaveBank;
  return GPIO_CLX_RegisterClient(Driver, &Packet, RegistryPath);
}

VOID UnregisterFromGpioClx(WDFDRIVER Driver) {
  (void)GPIO_CLX_UnregisterClient(Driver);
}
