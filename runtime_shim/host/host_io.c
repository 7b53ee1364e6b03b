/* Host environment: the I/O manager part of wdm.h: IRPs and their
 * completion, device objects, symbolic links, MDLs, work items and
 * cancellation.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "host_env.h"
#include "wskshim_core.h"

static void HostBugCheck(const char *File, int Line, const char *What) {
  WskHostReportEvent("bugcheck", File, Line, "%s (during %s)", What,
                     WskHostPhase());
  WskHostEndRun();
}

/* ------------------------------------------------------------------ */
/* IRPs                                                                */

#define IRP_MAGIC 0x50524941u
/* Ahead of every IRP IoAllocateIrp hands out; 16 bytes keep the IRP
   aligned. */
typedef struct IrpHeader {
  ULONG Magic;
  ULONG Reserved[3];
} IrpHeader;

USHORT IoSizeOfIrp(CCHAR StackSize) {
  return (USHORT)(sizeof(IRP) +
                  (SIZE_T)(UCHAR)StackSize * sizeof(IO_STACK_LOCATION));
}

static void InitIrp(PIRP Irp, USHORT PacketSize, CCHAR StackSize) {
  UCHAR Flags = Irp->AllocationFlags;
  memset(Irp, 0, PacketSize);
  Irp->Type = IO_TYPE_IRP;
  Irp->Size = PacketSize;
  Irp->StackCount = StackSize;
  Irp->CurrentLocation = (CHAR)(StackSize + 1);
  Irp->AllocationFlags = Flags;
  InitializeListHead(&Irp->ThreadListEntry);
  /* One past the last location: IoCallDriver moves down to the first. */
  Irp->Tail.Overlay.CurrentStackLocation =
      (PIO_STACK_LOCATION)(Irp + 1) + (UCHAR)StackSize;
}

PIRP IoAllocateIrp(CCHAR StackSize, BOOLEAN ChargeQuota) {
  IrpHeader *H;
  PIRP Irp;
  USHORT Size = IoSizeOfIrp(StackSize);
  (void)ChargeQuota;
  if (!NT_SUCCESS(WskHostFault("IoAllocateIrp")) || StackSize < 1)
    return NULL;
  H = (IrpHeader *)calloc(1, sizeof(IrpHeader) + Size);
  if (!H)
    return NULL;
  H->Magic = IRP_MAGIC;
  Irp = (PIRP)(H + 1);
  InitIrp(Irp, Size, StackSize);
  return Irp;
}

VOID IoInitializeIrp(PIRP Irp, USHORT PacketSize, CCHAR StackSize) {
  Irp->AllocationFlags = 0;
  InitIrp(Irp, PacketSize, StackSize);
}

VOID IoReuseIrp(PIRP Irp, NTSTATUS Iostatus) {
  InitIrp(Irp, Irp->Size, Irp->StackCount);
  Irp->IoStatus.Status = Iostatus;
}

VOID IoFreeIrp(PIRP Irp) {
  IrpHeader *H = Irp ? (IrpHeader *)Irp - 1 : NULL;
  if (!H || H->Magic != IRP_MAGIC)
    HostBugCheck(NULL, 0,
                 "IoFreeIrp on an IRP that IoAllocateIrp did not return "
                 "(or freed twice)");
  H->Magic = 0;
  memset(Irp, 0xDD, Irp->Size);
  free(H);
}

static BOOLEAN ShouldInvoke(PIRP Irp, UCHAR Control) {
  if (Irp->Cancel && (Control & SL_INVOKE_ON_CANCEL))
    return TRUE;
  if (NT_SUCCESS(Irp->IoStatus.Status))
    return (Control & SL_INVOKE_ON_SUCCESS) != 0;
  return (Control & SL_INVOKE_ON_ERROR) != 0;
}

VOID IoCompleteRequest(PIRP Irp, CCHAR PriorityBoost) {
  (void)PriorityBoost;
  if (Irp->IoStatus.Status == STATUS_PENDING)
    HostBugCheck(NULL, 0, "IoCompleteRequest with status STATUS_PENDING");
  if (Irp->CurrentLocation > Irp->StackCount + 1)
    HostBugCheck(NULL, 0, "MULTIPLE_IRP_COMPLETE_REQUESTS");
  /* Walk up the stack: each location's completion routine was set by the
     driver above it and runs as that driver. */
  while (Irp->CurrentLocation <= Irp->StackCount) {
    PIO_STACK_LOCATION Stack = Irp->Tail.Overlay.CurrentStackLocation;
    PIO_COMPLETION_ROUTINE Routine = Stack->CompletionRoutine;
    PVOID Context = Stack->Context;
    UCHAR Control = Stack->Control;
    Irp->PendingReturned = (Control & SL_PENDING_RETURNED) != 0;
    Stack->CompletionRoutine = NULL;
    Stack->Control = 0;
    Irp->CurrentLocation++;
    Irp->Tail.Overlay.CurrentStackLocation++;
    if (Routine && ShouldInvoke(Irp, Control)) {
      PDEVICE_OBJECT Device =
          Irp->CurrentLocation <= Irp->StackCount
              ? Irp->Tail.Overlay.CurrentStackLocation->DeviceObject
              : NULL;
      if (Routine(Device, Irp, Context) == STATUS_MORE_PROCESSING_REQUIRED)
        return;
    } else if (Irp->PendingReturned &&
               Irp->CurrentLocation <= Irp->StackCount) {
      IoMarkIrpPending(Irp);
    }
  }
  /* Fully completed: what the I/O manager does for the originator. */
  if (Irp->UserIosb)
    *Irp->UserIosb = Irp->IoStatus;
  if (Irp->UserEvent)
    KeSetEvent(Irp->UserEvent, IO_NO_INCREMENT, FALSE);
}

NTSTATUS IoCallDriver(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack;
  PDRIVER_DISPATCH Dispatch;
  if (Irp->CurrentLocation <= 1)
    HostBugCheck(NULL, 0, "NO_MORE_IRP_STACK_LOCATIONS");
  IoSetNextIrpStackLocation(Irp);
  Stack = IoGetCurrentIrpStackLocation(Irp);
  Stack->DeviceObject = DeviceObject;
  Dispatch = DeviceObject->DriverObject->MajorFunction[Stack->MajorFunction];
  if (!Dispatch) {
    Irp->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_INVALID_DEVICE_REQUEST;
  }
  return Dispatch(DeviceObject, Irp);
}

static KSPIN_LOCK CancelLock;

VOID IoAcquireCancelSpinLock(PKIRQL Irql) {
  KeAcquireSpinLock(&CancelLock, Irql);
}
VOID IoReleaseCancelSpinLock(KIRQL Irql) {
  KeReleaseSpinLock(&CancelLock, Irql);
}

BOOLEAN IoCancelIrp(PIRP Irp) {
  PDRIVER_CANCEL Routine;
  KIRQL Irql;
  IoAcquireCancelSpinLock(&Irql);
  Irp->Cancel = TRUE;
  Routine = IoSetCancelRoutine(Irp, NULL);
  if (!Routine) {
    IoReleaseCancelSpinLock(Irql);
    return FALSE;
  }
  Irp->CancelIrql = Irql;
  /* The routine releases the cancel spin lock, as in the kernel. */
  Routine(Irp->CurrentLocation <= Irp->StackCount
              ? IoGetCurrentIrpStackLocation(Irp)->DeviceObject
              : NULL,
          Irp);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Device objects and symbolic links                                   */

#define DEVICE_MAGIC 0x56454444u
#define MAX_NAME 128

typedef struct HostDevice {
  ULONG Magic;
  ULONG ExtensionSize;
  struct HostDevice *NextAll;
  WCHAR Name[MAX_NAME];
  USHORT NameLength; /* characters; 0 = unnamed */
  DEVICE_OBJECT Device;
} HostDevice;

static HostDevice *AllDevices;

static BOOLEAN SameName(const WCHAR *A, USHORT ALen, PCUNICODE_STRING B) {
  USHORT I;
  if (ALen != B->Length / sizeof(WCHAR))
    return FALSE;
  for (I = 0; I < ALen; ++I)
    if (towupper((wint_t)A[I]) != towupper((wint_t)B->Buffer[I]))
      return FALSE;
  return TRUE;
}

static void CopyName(WCHAR *To, USHORT *ToLen, PCUNICODE_STRING From) {
  USHORT N = From->Length / sizeof(WCHAR);
  if (N > MAX_NAME)
    N = MAX_NAME;
  memcpy(To, From->Buffer, N * sizeof(WCHAR));
  *ToLen = N;
}

static HostDevice *AsDevice(PDEVICE_OBJECT D) {
  HostDevice *H;
  if (!D)
    return NULL;
  H = CONTAINING_RECORD(D, HostDevice, Device);
  return H->Magic == DEVICE_MAGIC ? H : NULL;
}

NTSTATUS IoCreateDevice(PDRIVER_OBJECT DriverObject, ULONG DeviceExtensionSize,
                        PUNICODE_STRING DeviceName, DEVICE_TYPE DeviceType,
                        ULONG DeviceCharacteristics, BOOLEAN Exclusive,
                        PDEVICE_OBJECT *DeviceObject) {
  HostDevice *H, *E;
  SIZE_T Offset = (sizeof(HostDevice) + 15) & ~(SIZE_T)15;
  NTSTATUS Status = WskHostFault("IoCreateDevice");
  if (!NT_SUCCESS(Status))
    return Status;
  if (!DriverObject || !DeviceObject)
    return STATUS_INVALID_PARAMETER;
  WskHostLock();
  for (E = AllDevices; DeviceName && DeviceName->Buffer && E; E = E->NextAll)
    if (E->NameLength && SameName(E->Name, E->NameLength, DeviceName)) {
      WskHostUnlock();
      return STATUS_OBJECT_NAME_COLLISION;
    }
  WskHostUnlock();
  H = (HostDevice *)calloc(1, Offset + DeviceExtensionSize);
  if (!H)
    return STATUS_INSUFFICIENT_RESOURCES;
  H->Magic = DEVICE_MAGIC;
  H->ExtensionSize = DeviceExtensionSize;
  if (DeviceName && DeviceName->Buffer)
    CopyName(H->Name, &H->NameLength, DeviceName);
  H->Device.Type = IO_TYPE_DEVICE;
  H->Device.Size = (USHORT)(sizeof(DEVICE_OBJECT) + DeviceExtensionSize);
  H->Device.ReferenceCount = 0;
  H->Device.DriverObject = DriverObject;
  H->Device.Flags = DO_DEVICE_INITIALIZING | (Exclusive ? DO_EXCLUSIVE : 0);
  H->Device.Characteristics = DeviceCharacteristics;
  H->Device.DeviceExtension =
      DeviceExtensionSize ? (PVOID)((char *)H + Offset) : NULL;
  H->Device.DeviceType = DeviceType;
  H->Device.StackSize = 1;
  H->Device.AlignmentRequirement = 0;
  KeInitializeEvent(&H->Device.DeviceLock, SynchronizationEvent, TRUE);
  WskHostLock();
  H->Device.NextDevice = DriverObject->DeviceObject;
  DriverObject->DeviceObject = &H->Device;
  H->NextAll = AllDevices;
  AllDevices = H;
  WskHostUnlock();
  *DeviceObject = &H->Device;
  return STATUS_SUCCESS;
}

VOID WskShimIoDeleteDevice(PDEVICE_OBJECT DeviceObject, const char *File,
                           int Line) {
  HostDevice *H = AsDevice(DeviceObject), **P;
  PDEVICE_OBJECT *L;
  if (!H)
    HostBugCheck(File, Line,
                 "IoDeleteDevice on something that is not a device object "
                 "(deleted twice?)");
  WskHostLock();
  for (L = &DeviceObject->DriverObject->DeviceObject; *L; L = &(*L)->NextDevice)
    if (*L == DeviceObject) {
      *L = DeviceObject->NextDevice;
      break;
    }
  for (P = &AllDevices; *P; P = &(*P)->NextAll)
    if (*P == H) {
      *P = H->NextAll;
      break;
    }
  WskHostUnlock();
  if (DeviceObject->DeviceExtension)
    WskShimObjectLost(DeviceObject->DeviceExtension, H->ExtensionSize,
                      "freed with its device object (IoDeleteDevice)", File,
                      Line);
  H->Magic = 0;
  free(H);
}

VOID IoDeleteDevice(PDEVICE_OBJECT DeviceObject) {
  WskShimIoDeleteDevice(DeviceObject, NULL, 0);
}

PDEVICE_OBJECT IoAttachDeviceToDeviceStack(PDEVICE_OBJECT SourceDevice,
                                           PDEVICE_OBJECT TargetDevice) {
  PDEVICE_OBJECT Top = TargetDevice;
  WskHostLock();
  while (Top->AttachedDevice)
    Top = Top->AttachedDevice;
  Top->AttachedDevice = SourceDevice;
  SourceDevice->StackSize = (CCHAR)(Top->StackSize + 1);
  WskHostUnlock();
  return Top;
}

VOID IoDetachDevice(PDEVICE_OBJECT TargetDevice) {
  WskHostLock();
  TargetDevice->AttachedDevice = NULL;
  WskHostUnlock();
}

#define MAX_LINKS 32
static struct {
  BOOLEAN Used;
  USHORT Length;
  WCHAR Name[MAX_NAME];
} Links[MAX_LINKS];

NTSTATUS IoCreateSymbolicLink(PUNICODE_STRING SymbolicLinkName,
                              PUNICODE_STRING DeviceName) {
  int I, Free = -1;
  NTSTATUS Status = WskHostFault("IoCreateSymbolicLink");
  (void)DeviceName;
  if (!NT_SUCCESS(Status))
    return Status;
  if (!SymbolicLinkName || !SymbolicLinkName->Buffer)
    return STATUS_INVALID_PARAMETER;
  WskHostLock();
  for (I = 0; I < MAX_LINKS; ++I) {
    if (Links[I].Used &&
        SameName(Links[I].Name, Links[I].Length, SymbolicLinkName)) {
      WskHostUnlock();
      return STATUS_OBJECT_NAME_COLLISION;
    }
    if (!Links[I].Used && Free < 0)
      Free = I;
  }
  if (Free < 0) {
    WskHostUnlock();
    return STATUS_INSUFFICIENT_RESOURCES;
  }
  Links[Free].Used = TRUE;
  CopyName(Links[Free].Name, &Links[Free].Length, SymbolicLinkName);
  WskHostUnlock();
  return STATUS_SUCCESS;
}

NTSTATUS IoDeleteSymbolicLink(PUNICODE_STRING SymbolicLinkName) {
  int I;
  WskHostLock();
  for (I = 0; I < MAX_LINKS; ++I)
    if (Links[I].Used &&
        SameName(Links[I].Name, Links[I].Length, SymbolicLinkName)) {
      Links[I].Used = FALSE;
      WskHostUnlock();
      return STATUS_SUCCESS;
    }
  WskHostUnlock();
  return STATUS_OBJECT_NAME_NOT_FOUND;
}

/* ------------------------------------------------------------------ */
/* MDLs: user space has no paging, so the mapping is the buffer itself. */

PMDL IoAllocateMdl(PVOID VirtualAddress, ULONG Length, BOOLEAN SecondaryBuffer,
                   BOOLEAN ChargeQuota, PIRP Irp) {
  PMDL Mdl;
  (void)ChargeQuota;
  if (!NT_SUCCESS(WskHostFault("IoAllocateMdl")))
    return NULL;
  Mdl = (PMDL)calloc(1, sizeof(MDL));
  if (!Mdl)
    return NULL;
  Mdl->Size = (CSHORT)sizeof(MDL);
  Mdl->ByteOffset = (ULONG)((ULONG_PTR)VirtualAddress & 0xFFF);
  Mdl->StartVa = (PVOID)((ULONG_PTR)VirtualAddress & ~(ULONG_PTR)0xFFF);
  Mdl->MappedSystemVa = VirtualAddress;
  Mdl->ByteCount = Length;
  if (Irp) {
    if (SecondaryBuffer && Irp->MdlAddress) {
      PMDL Last = Irp->MdlAddress;
      while (Last->Next)
        Last = Last->Next;
      Last->Next = Mdl;
    } else {
      Irp->MdlAddress = Mdl;
    }
  }
  return Mdl;
}

VOID IoFreeMdl(PMDL Mdl) { free(Mdl); }

VOID MmBuildMdlForNonPagedPool(PMDL MemoryDescriptorList) {
  MemoryDescriptorList->MappedSystemVa =
      MmGetMdlVirtualAddress(MemoryDescriptorList);
}

PVOID MmGetSystemAddressForMdlSafe(PMDL Mdl, ULONG Priority) {
  (void)Priority;
  return Mdl ? Mdl->MappedSystemVa : NULL;
}

/* ------------------------------------------------------------------ */
/* Work items: each runs on its own thread, as a system worker would.  */

#define WORKITEM_MAGIC 0x4B524F57u
struct _IO_WORKITEM {
  ULONG Magic;
  PDEVICE_OBJECT Device;
};

typedef struct WorkRun {
  PIO_WORKITEM_ROUTINE Routine;
  PDEVICE_OBJECT Device;
  PVOID Context;
} WorkRun;

PIO_WORKITEM IoAllocateWorkItem(PDEVICE_OBJECT DeviceObject) {
  PIO_WORKITEM W;
  if (!NT_SUCCESS(WskHostFault("IoAllocateWorkItem")))
    return NULL;
  W = (PIO_WORKITEM)calloc(1, sizeof(*W));
  if (W) {
    W->Magic = WORKITEM_MAGIC;
    W->Device = DeviceObject;
  }
  return W;
}

VOID IoFreeWorkItem(PIO_WORKITEM IoWorkItem) {
  if (!IoWorkItem || IoWorkItem->Magic != WORKITEM_MAGIC)
    HostBugCheck(NULL, 0, "IoFreeWorkItem on a freed or invalid work item");
  IoWorkItem->Magic = 0;
  free(IoWorkItem);
}

static void *WorkMain(void *Arg) {
  WorkRun Run = *(WorkRun *)Arg;
  free(Arg);
  Run.Routine(Run.Device, Run.Context);
  WskHostBusy(-1);
  return NULL;
}

VOID IoQueueWorkItem(PIO_WORKITEM IoWorkItem,
                     PIO_WORKITEM_ROUTINE WorkerRoutine,
                     WORK_QUEUE_TYPE QueueType, PVOID Context) {
  pthread_t Id;
  pthread_attr_t Attr;
  WorkRun *Run;
  (void)QueueType;
  if (!IoWorkItem || IoWorkItem->Magic != WORKITEM_MAGIC)
    HostBugCheck(NULL, 0, "IoQueueWorkItem on a freed or invalid work item");
  Run = (WorkRun *)malloc(sizeof(*Run));
  if (!Run)
    HostBugCheck(NULL, 0, "out of memory queueing a work item");
  Run->Routine = WorkerRoutine;
  Run->Device = IoWorkItem->Device;
  Run->Context = Context;
  WskHostBusy(+1);
  pthread_attr_init(&Attr);
  pthread_attr_setdetachstate(&Attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&Id, &Attr, WorkMain, Run) != 0)
    HostBugCheck(NULL, 0, "cannot start a work item thread");
  pthread_attr_destroy(&Attr);
}
