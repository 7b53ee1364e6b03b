// A client-function call spread over several lines is reported at the line
// of the function name, with gcc and with clang alike (the redirect header
// uses object-like macros for the four functions).
// RUN: %wskshim_cc %s -o %t
// RUN: not %t | FileCheck %s
// RUN: env WSKSHIM_CC=%clang %wskshim_cc %s -o %t.clang
// RUN: not %t.clang | FileCheck %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  // CHECK: wskshim: {{.*}}call_site_lines.c:[[@LINE+1]]: wsk.CaptureWithoutRegister:
  Status = WskCaptureProviderNPI(
      &Registration,
      WSK_INFINITE_WAIT,
      &Provider);
  return Status;
}
// CHECK-NOT: wskshim:
