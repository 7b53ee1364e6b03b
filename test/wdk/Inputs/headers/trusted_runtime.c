/* A trusted execution environment miniport of the TrEE class extension:
   it hands its master device to the class extension, describes one secure
   service with an OS dependency, serves the service's requests (one
   through an OS service, one completed later) and answers the UEFI
   variable service's requests. */
#include <ntddk.h>
#include <wdf.h>

#include <TrustedRuntimeClx.h>
typedef UINT16 CHAR16;
#include <TrEEVariableService.h>

static const GUID SampleServiceGuid = {
    0x7e5b1f0a,
    0x2c44,
    0x4b6e,
    {0x9a, 0x11, 0x3d, 0x52, 0x60, 0x8f, 0x01, 0x2c}};
static const GUID SampleOsServiceGuid = {
    0x1d0c8a34,
    0x55e1,
    0x4f0b,
    {0xb7, 0x02, 0x6e, 0x9a, 0x44, 0x21, 0xc3, 0x5d}};

EVT_TR_CREATE_SECURE_DEVICE_CONTEXT SampleCreateDevice;
EVT_TR_ENUMERATE_SECURE_SERVICES SampleEnumerate;
EVT_TR_QUERY_SERVICE_CALLBACKS SampleQueryCallbacks;
EVT_TR_PROCESS_SECURE_SERVICE_REQUEST SampleProcess;
EVT_TR_CANCEL_SECURE_SERVICE_REQUEST SampleCancel;

static TR_SECURE_SERVICE_CALLBACKS ServiceCallbacks = {
    0, NULL, NULL, NULL, NULL, NULL, NULL, SampleProcess, SampleCancel, NULL};

static TR_SECURE_DEVICE_CALLBACKS DeviceCallbacks = {
    TR_DEVICE_SERIALIZE_ALL_REQUESTS,
    SampleCreateDevice,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    SampleEnumerate,
    NULL,
    SampleQueryCallbacks};

NTSTATUS SampleCreateDevice(WDFDEVICE MasterDevice) {
  return TrSecureDeviceLogMessage(MasterDevice, STATUS_SEVERITY_INFORMATIONAL,
                                  "master device %p\n", MasterDevice);
}

NTSTATUS SampleEnumerate(WDFDEVICE MasterDevice, ULONG Index,
                         PUCHAR SecureServiceDescription,
                         ULONG *DescriptionSize) {
  PTR_SECURE_SERVICE Service = (PTR_SECURE_SERVICE)SecureServiceDescription;
  PTR_SECURE_SERVICE_EXTENSION Extension;
  ULONG Required = FIELD_OFFSET(TR_SECURE_SERVICE, Dependencies) +
                   sizeof(TR_SECURE_DEPENDENCY_V1) +
                   sizeof(TR_SECURE_SERVICE_EXTENSION);
  UNREFERENCED_PARAMETER(MasterDevice);

  if (Index > 0)
    return STATUS_NO_MORE_ENTRIES;
  if (*DescriptionSize < Required) {
    *DescriptionSize = Required;
    return STATUS_BUFFER_TOO_SMALL;
  }
  Service->DescriptionSize = Required;
  Service->ServiceGuid = SampleServiceGuid;
  Service->MajorVersion = 1;
  Service->MinorVersion = 0;
  Service->CountDependencies = 1;
  Service->Dependencies[0].Type = TRSecureOSDependency;
  Service->Dependencies[0].Id = SampleOsServiceGuid;
  Service->ExtensionOffset = FIELD_OFFSET(TR_SECURE_SERVICE, Dependencies) +
                             sizeof(TR_SECURE_DEPENDENCY_V1);
  Extension = (PTR_SECURE_SERVICE_EXTENSION)(SecureServiceDescription +
                                             Service->ExtensionOffset);
  Extension->ExtensionVersion = TR_SECURE_SERVICE_EXTENSION_VERSION;
  Extension->SecurityDescriptorStringOffset = 0;
  *DescriptionSize = Required;
  return STATUS_SUCCESS;
}

PTR_SECURE_SERVICE_CALLBACKS SampleQueryCallbacks(WDFDEVICE MasterDevice,
                                                  LPGUID ServiceGuid) {
  UNREFERENCED_PARAMETER(MasterDevice);
  return RtlEqualMemory(ServiceGuid, &SampleServiceGuid, sizeof(GUID))
             ? &ServiceCallbacks
             : NULL;
}

NTSTATUS SampleProcess(WDFDEVICE ServiceDevice, WDFOBJECT SessionContext,
                       PVOID RequestHandle, KPRIORITY Priority,
                       PTR_SERVICE_REQUEST Request, ULONG Flags,
                       PULONG_PTR BytesWritten, PVOID *RequestContext) {
  TR_SERVICE_REQUEST OsRequest;
  TR_SERVICE_INFORMATION Information;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(SessionContext);
  UNREFERENCED_PARAMETER(Priority);

  if (Flags & TR_SERVICE_REQUEST_FROM_USERMODE)
    return STATUS_ACCESS_DENIED;
  switch (Request->FunctionCode) {
  case 1:
    Status = TrSecureDeviceQueryOSService(ServiceDevice, &SampleOsServiceGuid,
                                          &Information);
    if (!NT_SUCCESS(Status))
      return Status;
    RtlZeroMemory(&OsRequest, sizeof(OsRequest));
    OsRequest.FunctionCode = 1;
    OsRequest.InputBuffer = Request->InputBuffer;
    OsRequest.InputBufferSize = Request->InputBufferSize;
    OsRequest.OutputBuffer = Request->OutputBuffer;
    OsRequest.OutputBufferSize = Request->OutputBufferSize;
    return TrSecureDeviceCallOSService(ServiceDevice, &SampleOsServiceGuid,
                                       &OsRequest, BytesWritten);
  case 2:
    *RequestContext = RequestHandle;
    return STATUS_PENDING;
  default:
    *BytesWritten = 0;
    return STATUS_NOT_SUPPORTED;
  }
}

VOID SampleCancel(WDFDEVICE ServiceDevice, WDFOBJECT SessionContext,
                  PVOID RequestHandle, PVOID *RequestContext) {
  UNREFERENCED_PARAMETER(ServiceDevice);
  UNREFERENCED_PARAMETER(SessionContext);
  UNREFERENCED_PARAMETER(RequestContext);
  TrSecureDeviceCompleteAsyncRequest(RequestHandle, STATUS_CANCELLED, 0);
}

ULONG_PTR SampleSetVariable(PEFI_SET_VARIABLE_IN In,
                            PEFI_SET_VARIABLE_OUT Out) {
  CHAR16 *Name = EFI_SET_VARIABLE_GET_VARIABLE_NAME(In);
  PVOID Data = EFI_SET_VARIABLE_GET_DATA(In);
  Out->EfiStatus = (Name[0] == 0 || (Data == NULL && In->DataSize != 0));
  return Out->EfiStatus;
}

NTSTATUS SampleAddDevice(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
  WDFDEVICE Device;
  UNREFERENCED_PARAMETER(Driver);
  return TrSecureDeviceHandoffMasterDeviceControl(DeviceInit, &DeviceCallbacks,
                                                  &Device);
}
