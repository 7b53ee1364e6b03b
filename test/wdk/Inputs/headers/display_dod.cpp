// A display-only (KMDOD) driver's use of the display headers: DriverEntry
// filling KMDDOD_INITIALIZATION_DATA, start with the port driver's
// callbacks, child relations, adapter caps, a VidPN walk through the
// topology and source mode set interfaces, monitor modes, a present and
// an interrupt notification. C++, as display-only drivers are.
extern "C" {
#include <ntddk.h>
#include <windef.h>
#include <wingdi.h>
#include <winddi.h>
#include <ntddvdeo.h>
#include <d3dkmddi.h>
#include <d3dkmthk.h>
#include <dispmprt.h>
}

struct DOD_DEVICE {
  DXGKRNL_INTERFACE Dxgk;
  DXGK_START_INFO StartInfo;
  DXGK_DEVICE_INFO DeviceInfo;
  DXGK_DISPLAY_INFORMATION Display;
  DEVICE_POWER_STATE Power;
};

static DOD_DEVICE Device;

static NTSTATUS DodAddDevice(DEVICE_OBJECT *Pdo, PVOID *Context) {
  UNREFERENCED_PARAMETER(Pdo);
  *Context = &Device;
  return STATUS_SUCCESS;
}

static NTSTATUS DodStartDevice(PVOID Context, DXGK_START_INFO *StartInfo,
                               DXGKRNL_INTERFACE *Dxgk, ULONG *Views,
                               ULONG *Children) {
  DOD_DEVICE *Dev = static_cast<DOD_DEVICE *>(Context);
  Dev->StartInfo = *StartInfo;
  Dev->Dxgk = *Dxgk;
  NTSTATUS Status =
      Dxgk->DxgkCbGetDeviceInformation(Dxgk->DeviceHandle, &Dev->DeviceInfo);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = Dxgk->DxgkCbAcquirePostDisplayOwnership(Dxgk->DeviceHandle,
                                                   &Dev->Display);
  if (!NT_SUCCESS(Status) || Dev->Display.Width == 0)
    return STATUS_UNSUCCESSFUL;
  PCI_COMMON_HEADER Header;
  ULONG Read = 0;
  Status = Dxgk->DxgkCbReadDeviceSpace(Dxgk->DeviceHandle,
                                       DXGK_WHICHSPACE_CONFIG, &Header, 0,
                                       sizeof(Header), &Read);
  *Views = 1;
  *Children = 1;
  return Status;
}

static NTSTATUS DodStopDevice(PVOID Context) {
  UNREFERENCED_PARAMETER(Context);
  return STATUS_SUCCESS;
}

static NTSTATUS DodSetPowerState(PVOID Context, ULONG Uid,
                                 DEVICE_POWER_STATE State,
                                 POWER_ACTION Action) {
  UNREFERENCED_PARAMETER(Action);
  if (Uid == DISPLAY_ADAPTER_HW_ID)
    static_cast<DOD_DEVICE *>(Context)->Power = State;
  return STATUS_SUCCESS;
}

static NTSTATUS DodQueryChildRelations(PVOID Context,
                                       DXGK_CHILD_DESCRIPTOR *Children,
                                       ULONG Size) {
  UNREFERENCED_PARAMETER(Context);
  if (Size < 2 * sizeof(DXGK_CHILD_DESCRIPTOR))
    return STATUS_BUFFER_TOO_SMALL;
  Children[0].ChildDeviceType = TypeVideoOutput;
  Children[0].ChildCapabilities.HpdAwareness = HpdAwarenessAlwaysConnected;
  Children[0].ChildCapabilities.Type.VideoOutput.InterfaceTechnology =
      D3DKMDT_VOT_INTERNAL;
  Children[0].ChildCapabilities.Type.VideoOutput.MonitorOrientationAwareness =
      D3DKMDT_MOA_NONE;
  Children[0].ChildCapabilities.Type.VideoOutput.SupportsSdtvModes = FALSE;
  Children[0].AcpiUid = 0;
  Children[0].ChildUid = 0;
  return STATUS_SUCCESS;
}

static NTSTATUS DodQueryChildStatus(PVOID Context, DXGK_CHILD_STATUS *Status,
                                    BOOLEAN NonDestructiveOnly) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(NonDestructiveOnly);
  if (Status->Type != StatusConnection)
    return STATUS_NOT_SUPPORTED;
  Status->HotPlug.Connected = TRUE;
  return STATUS_SUCCESS;
}

static NTSTATUS APIENTRY
DodQueryAdapterInfo(CONST HANDLE Adapter,
                    CONST DXGKARG_QUERYADAPTERINFO *Info) {
  UNREFERENCED_PARAMETER(Adapter);
  if (Info->Type == DXGKQAITYPE_DRIVERCAPS &&
      Info->OutputDataSize >= sizeof(DXGK_DRIVERCAPS)) {
    DXGK_DRIVERCAPS *Caps = static_cast<DXGK_DRIVERCAPS *>(Info->pOutputData);
    RtlZeroMemory(Caps, sizeof(*Caps));
    Caps->WDDMVersion = DXGKDDI_WDDMv1_2;
    Caps->HighestAcceptableAddress.QuadPart = -1;
    Caps->SupportNonVGA = TRUE;
    return STATUS_SUCCESS;
  }
  if (Info->Type == DXGKQAITYPE_DISPLAY_DRIVERCAPS_EXTENSION) {
    DXGK_DISPLAY_DRIVERCAPS_EXTENSION *Ext =
        static_cast<DXGK_DISPLAY_DRIVERCAPS_EXTENSION *>(Info->pOutputData);
    Ext->Value = 0;
    Ext->VirtualModeSupport = 1;
    return STATUS_SUCCESS;
  }
  return STATUS_NOT_SUPPORTED;
}

// Counts the paths from source 0 and walks the pinned source mode.
static NTSTATUS APIENTRY
DodIsSupportedVidPn(CONST HANDLE Adapter, DXGKARG_ISSUPPORTEDVIDPN *Args) {
  UNREFERENCED_PARAMETER(Adapter);
  CONST DXGK_VIDPN_INTERFACE *VidPn;
  NTSTATUS Status = Device.Dxgk.DxgkCbQueryVidPnInterface(
      Args->hDesiredVidPn, DXGK_VIDPN_INTERFACE_VERSION_V1, &VidPn);
  if (!NT_SUCCESS(Status))
    return Status;
  D3DKMDT_HVIDPNTOPOLOGY Topology;
  CONST DXGK_VIDPNTOPOLOGY_INTERFACE *TopologyInterface;
  Status = VidPn->pfnGetTopology(Args->hDesiredVidPn, &Topology,
                                 &TopologyInterface);
  if (!NT_SUCCESS(Status))
    return Status;
  SIZE_T Paths = 0;
  Status = TopologyInterface->pfnGetNumPathsFromSource(Topology, 0, &Paths);
  Args->IsVidPnSupported = NT_SUCCESS(Status) && Paths <= 1;

  D3DKMDT_HVIDPNSOURCEMODESET ModeSet;
  CONST DXGK_VIDPNSOURCEMODESET_INTERFACE *ModeSetInterface;
  Status = VidPn->pfnAcquireSourceModeSet(Args->hDesiredVidPn, 0, &ModeSet,
                                          &ModeSetInterface);
  if (!NT_SUCCESS(Status))
    return Status;
  CONST D3DKMDT_VIDPN_SOURCE_MODE *Pinned = NULL;
  Status = ModeSetInterface->pfnAcquirePinnedModeInfo(ModeSet, &Pinned);
  if (NT_SUCCESS(Status) && Pinned != NULL) {
    if (Pinned->Type != D3DKMDT_RMT_GRAPHICS ||
        Pinned->Format.Graphics.PixelFormat != D3DDDIFMT_A8R8G8B8)
      Args->IsVidPnSupported = FALSE;
    ModeSetInterface->pfnReleaseModeInfo(ModeSet, Pinned);
  }
  return VidPn->pfnReleaseSourceModeSet(Args->hDesiredVidPn, ModeSet);
}

static NTSTATUS APIENTRY
DodRecommendMonitorModes(CONST HANDLE Adapter,
                         CONST DXGKARG_RECOMMENDMONITORMODES *CONST Args) {
  UNREFERENCED_PARAMETER(Adapter);
  D3DKMDT_MONITOR_SOURCE_MODE *Mode;
  NTSTATUS Status = Args->pMonitorSourceModeSetInterface->pfnCreateNewModeInfo(
      Args->hMonitorSourceModeSet, &Mode);
  if (!NT_SUCCESS(Status))
    return Status;
  Mode->VideoSignalInfo.VideoStandard = D3DKMDT_VSS_OTHER;
  Mode->VideoSignalInfo.TotalSize.cx = Device.Display.Width;
  Mode->VideoSignalInfo.TotalSize.cy = Device.Display.Height;
  Mode->VideoSignalInfo.ActiveSize = Mode->VideoSignalInfo.TotalSize;
  Mode->VideoSignalInfo.VSyncFreq.Numerator = D3DKMDT_FREQUENCY_NOTSPECIFIED;
  Mode->VideoSignalInfo.VSyncFreq.Denominator = D3DKMDT_FREQUENCY_NOTSPECIFIED;
  Mode->VideoSignalInfo.ScanLineOrdering = D3DDDI_VSSLO_PROGRESSIVE;
  Mode->ColorBasis = D3DKMDT_CB_SRGB;
  Mode->ColorCoeffDynamicRanges.FirstChannel = 8;
  Mode->Origin = D3DKMDT_MCO_DRIVER;
  Mode->Preference = D3DKMDT_MP_PREFERRED;
  Status = Args->pMonitorSourceModeSetInterface->pfnAddMode(
      Args->hMonitorSourceModeSet, Mode);
  if (!NT_SUCCESS(Status))
    Args->pMonitorSourceModeSetInterface->pfnReleaseModeInfo(
        Args->hMonitorSourceModeSet, Mode);
  return Status;
}

static NTSTATUS APIENTRY
DodCommitVidPn(CONST HANDLE Adapter, CONST DXGKARG_COMMITVIDPN *CONST Args) {
  UNREFERENCED_PARAMETER(Adapter);
  if (Args->Flags.PathPoweredOff ||
      Args->AffectedVidPnSourceId == D3DDDI_ID_UNINITIALIZED)
    return STATUS_SUCCESS;
  return Args->hPrimaryAllocation != NULL ? STATUS_SUCCESS
                                          : STATUS_INVALID_PARAMETER;
}

static NTSTATUS APIENTRY
DodUpdatePath(CONST HANDLE Adapter,
              CONST DXGKARG_UPDATEACTIVEVIDPNPRESENTPATH *CONST Args) {
  UNREFERENCED_PARAMETER(Adapter);
  D3DKMDT_VIDPN_PRESENT_PATH_ROTATION Rotation =
      Args->VidPnPresentPathInfo.ContentTransformation.Rotation;
  return Rotation == D3DKMDT_VPPR_IDENTITY || Rotation == D3DKMDT_VPPR_ROTATE90
             ? STATUS_SUCCESS
             : STATUS_NOT_SUPPORTED;
}

static NTSTATUS APIENTRY
DodQueryVidPnHWCapability(CONST HANDLE Adapter,
                          DXGKARG_QUERYVIDPNHWCAPABILITY *Caps) {
  UNREFERENCED_PARAMETER(Adapter);
  Caps->VidPnHWCaps.DriverRotation = 1;
  Caps->VidPnHWCaps.DriverScaling = 0;
  return STATUS_SUCCESS;
}

// Reports the present done at once through the interrupt path.
static NTSTATUS APIENTRY
DodPresentDisplayOnly(CONST HANDLE Adapter,
                      CONST DXGKARG_PRESENT_DISPLAYONLY *Present) {
  UNREFERENCED_PARAMETER(Adapter);
  for (ULONG I = 0; I < Present->NumMoves; ++I)
    if (Present->pMoves[I].DestRect.right < Present->pMoves[I].SourcePoint.x)
      return STATUS_INVALID_PARAMETER;
  DXGKARGCB_NOTIFY_INTERRUPT_DATA Notify = {};
  Notify.InterruptType = DXGK_INTERRUPT_DISPLAYONLY_PRESENT_PROGRESS;
  Notify.DisplayOnlyPresentProgress.VidPnSourceId = Present->VidPnSourceId;
  Notify.DisplayOnlyPresentProgress.ProgressId =
      DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID_COMPLETE;
  Device.Dxgk.DxgkCbNotifyInterrupt(Device.Dxgk.DeviceHandle, &Notify);
  Device.Dxgk.DxgkCbQueueDpc(Device.Dxgk.DeviceHandle);
  return STATUS_SUCCESS;
}

static NTSTATUS APIENTRY DodSystemDisplayEnable(
    PVOID Context, D3DDDI_VIDEO_PRESENT_TARGET_ID Target,
    PDXGKARG_SYSTEM_DISPLAY_ENABLE_FLAGS Flags, UINT *Width, UINT *Height,
    D3DDDIFORMAT *Format) {
  UNREFERENCED_PARAMETER(Target);
  UNREFERENCED_PARAMETER(Flags);
  DOD_DEVICE *Dev = static_cast<DOD_DEVICE *>(Context);
  *Width = Dev->Display.Width;
  *Height = Dev->Display.Height;
  *Format = Dev->Display.ColorFormat;
  return STATUS_SUCCESS;
}

static VOID DodUnload(VOID) {}

extern "C" DRIVER_INITIALIZE DriverEntry;

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING RegistryPath) {
  KMDDOD_INITIALIZATION_DATA Init = {};
  Init.Version = DXGKDDI_INTERFACE_VERSION;
  Init.DxgkDdiAddDevice = DodAddDevice;
  Init.DxgkDdiStartDevice = DodStartDevice;
  Init.DxgkDdiStopDevice = DodStopDevice;
  Init.DxgkDdiSetPowerState = DodSetPowerState;
  Init.DxgkDdiQueryChildRelations = DodQueryChildRelations;
  Init.DxgkDdiQueryChildStatus = DodQueryChildStatus;
  Init.DxgkDdiUnload = DodUnload;
  Init.DxgkDdiQueryAdapterInfo = DodQueryAdapterInfo;
  Init.DxgkDdiIsSupportedVidPn = DodIsSupportedVidPn;
  Init.DxgkDdiRecommendMonitorModes = DodRecommendMonitorModes;
  Init.DxgkDdiCommitVidPn = DodCommitVidPn;
  Init.DxgkDdiUpdateActiveVidPnPresentPath = DodUpdatePath;
  Init.DxgkDdiQueryVidPnHWCapability = DodQueryVidPnHWCapability;
  Init.DxgkDdiPresentDisplayOnly = DodPresentDisplayOnly;
  Init.DxgkDdiSystemDisplayEnable = DodSystemDisplayEnable;
  return DxgkInitializeDisplayOnlyDriver(DriverObject, RegistryPath, &Init);
}
