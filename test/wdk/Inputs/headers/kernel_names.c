/* A look-alike of kernel-mode code that uses names mingw-w64's kernel
 * headers lack: assertions, bit scans and barriers, 64-bit registers, boot
 * driver callbacks (an early launch driver), the device reset and second
 * ACPI interfaces, USB capabilities and I/O targets, IRP activity
 * identifiers, KMDF statuses, DWORD in a registry
 * filter, and in C++ placement new without <new>'s C runtime. */
#include <ntifs.h>
#include <initguid.h>
#include <wdmguid.h>
#include <wdf.h>
#include <usbdlib.h>
#include <wdfusb.h>
#ifdef __cplusplus
#include <new>
#endif

static PVOID g_BootCallback;

static VOID BootDriverCallback(PVOID Context, BDCB_CALLBACK_TYPE Type,
                               PBDCB_IMAGE_INFORMATION Image) {
  UNREFERENCED_PARAMETER(Context);
  if (Type == BdCbStatusUpdate) {
    PBDCB_STATUS_UPDATE_CONTEXT Update = (PBDCB_STATUS_UPDATE_CONTEXT)Image;
    NT_ASSERT_ASSUME(Update->StatusType <= BdCbStatusPrepareForUnload);
    return;
  }
  if (Image->ImageFlags & BDCB_IMAGEFLAGS_FAILED_CODE_INTEGRITY)
    Image->Classification = BdCbClassificationKnownBadImage;
}

NTSTATUS RegisterBootCallback(void) {
  g_BootCallback = IoRegisterBootDriverCallback(BootDriverCallback, NULL);
  return g_BootCallback ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}

VOID UnregisterBootCallback(void) {
  if (g_BootCallback)
    IoUnregisterBootDriverCallback(g_BootCallback);
}

static NTSTATUS DeviceReset(PVOID Context, DEVICE_RESET_TYPE Type,
                            ULONG Flags, PVOID Parameters) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(Flags);
  UNREFERENCED_PARAMETER(Parameters);
  return Type == FunctionLevelDeviceReset ? STATUS_SUCCESS
                                          : STATUS_NOT_SUPPORTED;
}

VOID FillResetInterface(PDEVICE_RESET_INTERFACE_STANDARD Interface,
                        PVOID Context) {
  RtlZeroMemory(Interface, sizeof(*Interface));
  Interface->Size = sizeof(*Interface);
  Interface->Version = DEVICE_RESET_INTERFACE_VERSION;
  Interface->Context = Context;
  Interface->DeviceReset = DeviceReset;
  Interface->SupportedResetTypes = 1 << FunctionLevelDeviceReset;
}

const GUID *ResetInterfaceType(BOOLEAN Acpi) {
  return Acpi ? &GUID_ACPI_INTERFACE_STANDARD2
              : &GUID_DEVICE_RESET_INTERFACE_STANDARD;
}

BOOLEAN SuperSpeedCapable(USBD_HANDLE Handle) {
  ULONG Written = 0;
  return NT_SUCCESS(USBD_QueryUsbCapability(
      Handle,
      &GUID_USB_CAPABILITY_DEVICE_CONNECTION_SUPER_SPEED_COMPATIBLE, 0,
      NULL, &Written));
}

NTSTATUS NextRequest(WDFQUEUE Queue, WDFREQUEST *Request) {
  NTSTATUS Status = WdfIoQueueRetrieveNextRequest(Queue, Request);
  if (Status == STATUS_WDF_PAUSED || Status == STATUS_NO_MORE_ENTRIES)
    return STATUS_SUCCESS;
  NT_FRE_ASSERT(NT_SUCCESS(Status) || Status == STATUS_WDF_BUSY);
  NT_FRE_ASSERTMSG("retrieved", Status != STATUS_INVALID_DEVICE_STATE);
  return Status;
}

ULONG HighestProcessor(ULONG64 Mask, volatile ULONG64 *Register) {
  ULONG Index = 0;
  if (!BitScanReverse64(&Index, Mask))
    return 0;
  KeMemoryBarrier();
  WRITE_REGISTER_ULONG64(Register, AFFINITY_MASK(Index) | ReadTimeStampCounter());
  return (ULONG)READ_REGISTER_ULONG64(Register) + (WdfGetTriageInfo() != NULL);
}

NTSTATUS TagRequest(PIRP Irp, WDFUSBDEVICE UsbDevice, LPCGUID Activity) {
  GUID Current;
  if (WdfUsbTargetDeviceGetIoTarget(UsbDevice) == NULL)
    return STATUS_INVALID_DEVICE_STATE;
  if (NT_SUCCESS(IoGetActivityIdIrp(Irp, &Current)))
    return STATUS_SUCCESS;
  return IoSetActivityIdIrp(Irp, Activity);
}

DWORD DefaultValue(void) {
  DWORD Value = REG_DWORD;
  return Value;
}

#ifdef __cplusplus
struct Counter {
  explicit Counter(ULONG Start) : Count(Start) {}
  ULONG Count;
};

Counter *ConstructInContext(PVOID Context) { return new (Context) Counter(1); }
#endif
