/* A platform extension plug-in (PEP) that provides ACPI services: it
   registers with PoFx, accepts one device, lists the device's namespace,
   answers a control method with a resource template built by the
   PEP_ACPI_INITIALIZE_* routines, completes an evaluation later through
   PEP_WORK, and asks PoFx for a worker. */
#include <ntddk.h>

#include <acpiioct.h>
#include <pepfx.h>

#define SAMPLE_METHOD_CRS ((ULONG)'SRC_')

static PEP_KERNEL_INFORMATION Kernel;
static PEP_WORK_INFORMATION PendingWork;
static BOOLEAN WorkPending;
static USHORT GpioPins[] = {4};
static ULONG InterruptPins[] = {0x21};

static NTSTATUS BuildResources(PEP_ACPI_RESOURCE Resources[4]) {
  UNICODE_STRING Controller;
  PEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES Convert;

  RtlInitUnicodeString(&Controller, L"\\_SB.GPI0");
  PEP_ACPI_INITIALIZE_MEMORY_RESOURCE(1, 0xFED00000, 0xFED00000, 0, 0x1000,
                                      &Resources[0]);
  PEP_ACPI_INITIALIZE_INTERRUPT_RESOURCE(
      FALSE, LevelSensitive, InterruptActiveHigh, FALSE, FALSE, InterruptPins,
      (UCHAR)ARRAYSIZE(InterruptPins), &Resources[1]);
  PEP_ACPI_INITIALIZE_GPIO_INT_RESOURCE(
      Latched, InterruptActiveLow, FALSE, TRUE, PullUp, 0, 0, &Controller,
      FALSE, NULL, 0, GpioPins, (UCHAR)ARRAYSIZE(GpioPins), &Resources[2]);
  PEP_ACPI_INITIALIZE_GPIO_IO_RESOURCE(
      FALSE, FALSE, PullDefault, 0, 0, IoRestrictionOutputOnly, 0, &Controller,
      FALSE, NULL, 0, GpioPins, (USHORT)ARRAYSIZE(GpioPins), &Resources[3]);

  Convert.InputBuffer = Resources;
  Convert.InputBufferSize = 4 * sizeof(PEP_ACPI_RESOURCE);
  Convert.OutputBuffer = NULL;
  Convert.OutputBufferSize = 0;
  Convert.Flags = 0;
  Kernel.RequestCommon(PEP_ACPI_REQUEST_COMMON_CONVERT_TO_BIOS_RESOURCES,
                       &Convert);
  return Convert.TranslationStatus;
}

static BOOLEAN AcceptAcpi(ULONG Notification, PVOID Data) {
  switch (Notification) {
  case PEP_NOTIFY_ACPI_PREPARE_DEVICE: {
    PPEP_ACPI_PREPARE_DEVICE Prepare = (PPEP_ACPI_PREPARE_DEVICE)Data;
    Prepare->DeviceAccepted = Prepare->AcpiDeviceName->Length != 0;
    Prepare->OutputFlags = PEP_ACPI_PREPARE_DEVICE_OUTPUT_FLAG_NONE;
    return TRUE;
  }
  case PEP_NOTIFY_ACPI_REGISTER_DEVICE: {
    PPEP_ACPI_REGISTER_DEVICE Register = (PPEP_ACPI_REGISTER_DEVICE)Data;
    Register->DeviceHandle = (PEPHANDLE)Register->KernelHandle;
    Register->OutputFlags = PEP_ACPI_REGISTER_DEVICE_OUTPUT_FLAG_NONE;
    return TRUE;
  }
  case PEP_NOTIFY_ACPI_ENUMERATE_DEVICE_NAMESPACE: {
    PPEP_ACPI_ENUMERATE_DEVICE_NAMESPACE Namespace =
        (PPEP_ACPI_ENUMERATE_DEVICE_NAMESPACE)Data;
    Namespace->ObjectCount = 1;
    if (Namespace->ObjectBufferSize < sizeof(PEP_ACPI_OBJECT_NAME_WITH_TYPE)) {
      Namespace->Status = STATUS_BUFFER_TOO_SMALL;
      return TRUE;
    }
    Namespace->Objects[0].Name.NameAsUlong = SAMPLE_METHOD_CRS;
    Namespace->Objects[0].Type = PepAcpiObjectTypeMethod;
    Namespace->Status = STATUS_SUCCESS;
    return TRUE;
  }
  case PEP_NOTIFY_ACPI_QUERY_OBJECT_INFORMATION: {
    PPEP_ACPI_QUERY_OBJECT_INFORMATION Query =
        (PPEP_ACPI_QUERY_OBJECT_INFORMATION)Data;
    if (Query->Name.NameAsUlong == SAMPLE_METHOD_CRS) {
      Query->MethodObject.InputArgumentCount = 0;
      Query->MethodObject.OutputArgumentCount = 1;
    }
    return TRUE;
  }
  case PEP_NOTIFY_ACPI_EVALUATE_CONTROL_METHOD: {
    PPEP_ACPI_EVALUATE_CONTROL_METHOD Method =
        (PPEP_ACPI_EVALUATE_CONTROL_METHOD)Data;
    if (Method->RequestFlags != PEP_ACPI_ECM_FLAG_RELATIVE_NAME ||
        Method->MethodName != SAMPLE_METHOD_CRS) {
      Method->MethodStatus = STATUS_NOT_SUPPORTED;
      return TRUE;
    }
    PendingWork.WorkType = PepWorkAcpiEvaluateControlMethodComplete;
    PendingWork.ControlMethodComplete.DeviceHandle =
        (POHANDLE)Method->DeviceHandle;
    PendingWork.ControlMethodComplete.CompletionFlags =
        PEP_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE_FLAG_NONE;
    PendingWork.ControlMethodComplete.CompletionContext =
        Method->CompletionContext;
    PendingWork.ControlMethodComplete.OutputArguments = Method->OutputArguments;
    PendingWork.ControlMethodComplete.OutputArgumentSize =
        Method->OutputArgumentSize;
    WorkPending = TRUE;
    Method->MethodStatus = STATUS_PENDING;
    Kernel.RequestWorker(Kernel.Plugin);
    return TRUE;
  }
  case PEP_NOTIFY_ACPI_QUERY_DEVICE_CONTROL_RESOURCES: {
    PPEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES Resources =
        (PPEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES)Data;
    Resources->BiosResources[0].Type = ACPI_METHOD_ARGUMENT_BUFFER;
    Resources->Status = STATUS_SUCCESS;
    return TRUE;
  }
  case PEP_NOTIFY_ACPI_WORK: {
    PPEP_WORK Work = (PPEP_WORK)Data;
    PEP_ACPI_RESOURCE Template[4];
    if (!WorkPending)
      return TRUE;
    PendingWork.ControlMethodComplete.MethodStatus = BuildResources(Template);
    Work->WorkInformation = &PendingWork;
    Work->NeedWork = TRUE;
    WorkPending = FALSE;
    return TRUE;
  }
  case PEP_NOTIFY_ACPI_UNREGISTER_DEVICE:
  case PEP_NOTIFY_ACPI_ABANDON_DEVICE:
  case PEP_NOTIFY_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES:
    return TRUE;
  default:
    return FALSE;
  }
}

static BOOLEAN AcceptDevice(ULONG Notification, PVOID Data) {
  UNREFERENCED_PARAMETER(Notification);
  UNREFERENCED_PARAMETER(Data);
  return FALSE;
}

static BOOLEAN AcceptProcessor(PEPHANDLE Handle, ULONG Notification,
                               PVOID Data) {
  PEP_PROCESSOR_IDLE_STATE_V2 State;
  UNREFERENCED_PARAMETER(Handle);
  UNREFERENCED_PARAMETER(Notification);
  UNREFERENCED_PARAMETER(Data);
  State.Ulong = 0;
  State.Interruptible = 1;
  State.CStateType = 1;
  State.Latency = 10;
  State.BreakEvenDuration = 100;
  return State.PlatformOnly != 0;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Registry) {
  PEP_INFORMATION Information;
  NTSTATUS Status;

  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(Registry);
  RtlZeroMemory(&Information, sizeof(Information));
  Information.Version = PEP_INFORMATION_VERSION;
  Information.Size = sizeof(Information);
  Information.AcceptAcpiNotification = AcceptAcpi;
  Information.AcceptDeviceNotification = AcceptDevice;
  Information.AcceptProcessorNotification = AcceptProcessor;
  RtlZeroMemory(&Kernel, sizeof(Kernel));
  Kernel.Version = PEP_KERNEL_INFORMATION_V3;
  Kernel.Size = sizeof(Kernel);
  Status = PoFxRegisterPlugin(&Information, &Kernel);
  if (!NT_SUCCESS(Status))
    KeBugCheckEx(DRIVER_VIOLATION, (ULONG_PTR)Status, 0, 0, 0);
  return Status;
}
