/* A file system minifilter (fltKernel.h): registration with a context and
   pre/post operation callbacks, file names, a communication port, and the
   WDK helper headers minifilter samples include. */
#include <fltKernel.h>
#include <dontuse.h>
#include <suppress.h>

typedef struct _STREAM_CONTEXT {
  ULONG Opens;
} STREAM_CONTEXT, *PSTREAM_CONTEXT;

static PFLT_FILTER g_Filter;
static PFLT_PORT g_ServerPort;
static PFLT_PORT g_ClientPort;

static FLT_PREOP_CALLBACK_STATUS FLTAPI PreCreate(
    PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
    _Flt_CompletionContext_Outptr_ PVOID *CompletionContext) {
  UNREFERENCED_PARAMETER(FltObjects);
  *CompletionContext = NULL;
  if (FLT_IS_FASTIO_OPERATION(Data))
    return FLT_PREOP_DISALLOW_FASTIO;
  if (Data->Iopb->Parameters.Create.Options & FILE_DIRECTORY_FILE)
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
  return FLT_PREOP_SUCCESS_WITH_CALLBACK;
}

static FLT_POSTOP_CALLBACK_STATUS FLTAPI PostCreate(
    PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
    PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags) {
  PFLT_FILE_NAME_INFORMATION Name;
  PSTREAM_CONTEXT Context;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(CompletionContext);
  if (FlagOn(Flags, FLTFL_POST_OPERATION_DRAINING) ||
      !NT_SUCCESS(Data->IoStatus.Status))
    return FLT_POSTOP_FINISHED_PROCESSING;
  Status = FltGetFileNameInformation(
      Data, FLT_FILE_NAME_NORMALIZED | FLT_FILE_NAME_QUERY_DEFAULT, &Name);
  if (NT_SUCCESS(Status)) {
    FltParseFileNameInformation(Name);
    FltReleaseFileNameInformation(Name);
  }
  Status = FltAllocateContext(FltObjects->Filter, FLT_STREAM_CONTEXT,
                              sizeof(STREAM_CONTEXT), NonPagedPoolNx,
                              (PFLT_CONTEXT *)&Context);
  if (NT_SUCCESS(Status)) {
    Context->Opens = 1;
    FltSetStreamContext(FltObjects->Instance, FltObjects->FileObject,
                        FLT_SET_CONTEXT_KEEP_IF_EXISTS, Context, NULL);
    FltReleaseContext(Context);
  }
  return FLT_POSTOP_FINISHED_PROCESSING;
}

static NTSTATUS FLTAPI Connect(PFLT_PORT ClientPort, PVOID ServerPortCookie,
                               PVOID ConnectionContext, ULONG SizeOfContext,
                               _Flt_ConnectionCookie_Outptr_ PVOID *Cookie) {
  UNREFERENCED_PARAMETER(ServerPortCookie);
  UNREFERENCED_PARAMETER(ConnectionContext);
  UNREFERENCED_PARAMETER(SizeOfContext);
  *Cookie = NULL;
  g_ClientPort = ClientPort;
  return STATUS_SUCCESS;
}

static VOID FLTAPI Disconnect(PVOID Cookie) {
  UNREFERENCED_PARAMETER(Cookie);
  FltCloseClientPort(g_Filter, &g_ClientPort);
}

static NTSTATUS FLTAPI Unload(FLT_FILTER_UNLOAD_FLAGS Flags) {
  UNREFERENCED_PARAMETER(Flags);
  FltCloseCommunicationPort(g_ServerPort);
  FltUnregisterFilter(g_Filter);
  return STATUS_SUCCESS;
}

static NTSTATUS FLTAPI InstanceSetup(PCFLT_RELATED_OBJECTS FltObjects,
                                     FLT_INSTANCE_SETUP_FLAGS Flags,
                                     DEVICE_TYPE VolumeDeviceType,
                                     FLT_FILESYSTEM_TYPE VolumeFilesystemType) {
  UNREFERENCED_PARAMETER(FltObjects);
  UNREFERENCED_PARAMETER(Flags);
  UNREFERENCED_PARAMETER(VolumeDeviceType);
  return VolumeFilesystemType == FLT_FSTYPE_NTFS ? STATUS_SUCCESS
                                                 : STATUS_FLT_DO_NOT_ATTACH;
}

static const FLT_CONTEXT_REGISTRATION Contexts[] = {
    {FLT_STREAM_CONTEXT, 0, NULL, sizeof(STREAM_CONTEXT), 'xtCS'},
    {FLT_CONTEXT_END}};

static const FLT_OPERATION_REGISTRATION Callbacks[] = {
    {IRP_MJ_CREATE, 0, PreCreate, PostCreate},
    {IRP_MJ_OPERATION_END}};

static const FLT_REGISTRATION Registration = {
    sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0, Contexts,
    Callbacks, Unload, InstanceSetup};

DRIVER_INITIALIZE DriverEntry;
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  UNICODE_STRING PortName = RTL_CONSTANT_STRING(L"\\ContosoPort");
  OBJECT_ATTRIBUTES Attributes;
  PSECURITY_DESCRIPTOR Sd;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = FltRegisterFilter(DriverObject, &Registration, &g_Filter);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = FltBuildDefaultSecurityDescriptor(&Sd, FLT_PORT_ALL_ACCESS);
  if (NT_SUCCESS(Status)) {
    InitializeObjectAttributes(&Attributes, &PortName,
                               OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL,
                               Sd);
    Status = FltCreateCommunicationPort(g_Filter, &g_ServerPort, &Attributes,
                                        NULL, Connect, Disconnect, NULL, 1);
    FltFreeSecurityDescriptor(Sd);
  }
  if (NT_SUCCESS(Status))
    Status = FltStartFiltering(g_Filter);
  if (!NT_SUCCESS(Status)) {
    if (g_ServerPort != NULL)
      FltCloseCommunicationPort(g_ServerPort);
    FltUnregisterFilter(g_Filter);
  }
  return Status;
}
