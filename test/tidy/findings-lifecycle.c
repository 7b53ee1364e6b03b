// The lifecycle rules through clang-tidy: DriverEntry, then the unload
// routine it installed, analysed as one path. Each finding is a warning that
// names its rule, with the path that leads to it as notes.
//
// REQUIRES: clang-tidy
// RUN: %clang_tidy --load=%wsk_tidy_module --checks='-*,wsk-lifecycle' %s \
// RUN:   -- -I %wsk_include | FileCheck %s --implicit-check-not=warning:
//
// The same findings with clang-tidy's own analyzer and other checks running
// in the same process.
// RUN: %clang_tidy --load=%wsk_tidy_module \
// RUN:   --checks='clang-analyzer-*,bugprone-*,wsk-lifecycle' %s \
// RUN:   -- -I %wsk_include | FileCheck %s --check-prefix=TOGETHER
// TOGETHER-DAG: findings-lifecycle.c:33:5: warning: {{.*}} [wsk.UnloadSkipsDeregister] [wsk-lifecycle]
// TOGETHER-DAG: findings-lifecycle.c:51:5: warning: {{.*}} [wsk.MissingDeregister] [wsk-lifecycle]

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD LfUnload;

static const WSK_CLIENT_DISPATCH g_LfClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_LfReg;
static PDEVICE_OBJECT g_LfDevice;
static PVOID g_LfBuffer;

VOID LfUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_LfDevice == NULL)
    return;
  IoDeleteDevice(g_LfDevice);
  WskDeregister(&g_LfReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_LfClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&clientNpi, &g_LfReg);
  if (!NT_SUCCESS(status))
    return status;

  g_LfBuffer = ExAllocatePoolWithTag(NonPagedPool, 64, 'fLsW');
  if (g_LfBuffer == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;

  // The control device is optional: carry on without it.
  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_LfDevice);
  if (!NT_SUCCESS(status))
    g_LfDevice = NULL;

  DriverObject->DriverUnload = LfUnload;
  return STATUS_SUCCESS;
}

// The unload routine skips WskDeregister when there is no device; the path
// runs through DriverEntry first.
// CHECK: findings-lifecycle.c:33:5: warning: Unload routine returns while WSK registration 'g_LfReg' is still registered [wsk.UnloadSkipsDeregister] [wsk-lifecycle]
// CHECK: findings-lifecycle.c:38:10: note: The driver is loaded: 'DriverEntry' is called
// CHECK: findings-lifecycle.c:45:12: note: WSK client registered here
// CHECK: findings-lifecycle.c:56:8: note: 'status' is < 0
// CHECK: findings-lifecycle.c:38:10: note: DriverEntry returns success; later the driver is unloaded
// CHECK: findings-lifecycle.c:29:6: note: The driver is unloaded: its unload routine 'LfUnload' is called
// CHECK: findings-lifecycle.c:32:7: note: 'g_LfDevice' is equal to NULL
// CHECK: findings-lifecycle.c:33:5: note: Unload routine returns while WSK registration 'g_LfReg' is still registered{{$}}

// DriverEntry fails after registering: no unload routine will deregister.
// CHECK: findings-lifecycle.c:51:5: warning: WSK registration 'g_LfReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister] [wsk-lifecycle]
// CHECK: findings-lifecycle.c:38:10: note: The driver is loaded: 'DriverEntry' is called
// CHECK: findings-lifecycle.c:45:12: note: WSK client registered here
// CHECK: findings-lifecycle.c:50:7: note: Assuming 'g_LfBuffer' is equal to NULL
// CHECK: findings-lifecycle.c:51:5: note: DriverEntry returns a failure status
// CHECK: findings-lifecycle.c:51:5: note: WSK registration 'g_LfReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it{{$}}
