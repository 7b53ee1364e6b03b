// A status the driver never tests leaves both outcomes possible: the path
// splits where an operation depends on the outcome, and the failure (or
// success) that makes it a bug is reported with a note that says the status
// is not tested.
//
// RUN: %clang_analyze_wsk -verify %s
// RUN: %clang_analyze_wsk -analyzer-output=text %s 2>&1 | FileCheck %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_UtClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_UtReg;

// With WSK_NO_WAIT the capture fails while the provider is not attached.
// CHECK: untested-status.c:[[@LINE+10]]:{{[0-9]+}}: warning: 'WskControlClient' called through a provider NPI whose capture failed [wsk.DispatchWithoutCapture]
VOID UtDispatchBad(PIRP Irp)
{
  WSK_PROVIDER_NPI npi;
  WSK_CLIENT_NPI client = {NULL, &g_UtClient};

  if (!NT_SUCCESS(WskRegister(&client, &g_UtReg)))
    return;
  // CHECK: untested-status.c:[[@LINE+1]]:{{[0-9]+}}: note: Assuming WskCaptureProviderNPI fails: its status is not tested
  (void)WskCaptureProviderNPI(&g_UtReg, WSK_NO_WAIT, &npi);
  npi.Dispatch->WskControlClient(npi.Client, 0, 0, NULL, 0, NULL, NULL, Irp); // expected-warning {{'WskControlClient' called through a provider NPI whose capture failed [wsk.DispatchWithoutCapture]}}
  WskReleaseProviderNPI(&g_UtReg);
  WskDeregister(&g_UtReg);
}

// Tested before use: correct.
VOID UtDispatchOk(PIRP Irp)
{
  WSK_PROVIDER_NPI npi;
  WSK_CLIENT_NPI client = {NULL, &g_UtClient};

  if (!NT_SUCCESS(WskRegister(&client, &g_UtReg)))
    return;
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_UtReg, WSK_NO_WAIT, &npi))) {
    npi.Dispatch->WskControlClient(npi.Client, 0, 0, NULL, 0, NULL, NULL, Irp); // no-warning
    WskReleaseProviderNPI(&g_UtReg);
  }
  WskDeregister(&g_UtReg);
}

// A second WskRegister while the first one's status is still untested:
// where the first succeeded, the object is registered twice.
// CHECK: untested-status.c:[[@LINE+8]]:{{[0-9]+}}: warning: WskRegister on 'g_UtReg', which is already registered [wsk.DoubleRegister]
VOID UtDoubleRegisterBad(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_UtClient};
  NTSTATUS status;

  // CHECK: untested-status.c:[[@LINE+1]]:{{[0-9]+}}: note: WSK client registered here; its status is not tested
  WskRegister(&client, &g_UtReg);
  status = WskRegister(&client, &g_UtReg); // expected-warning {{WskRegister on 'g_UtReg', which is already registered [wsk.DoubleRegister]}}
  if (NT_SUCCESS(status))
    WskDeregister(&g_UtReg);
}

// A retry after a registration that was tested and failed: correct.
VOID UtRetryOk(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_UtClient};

  if (!NT_SUCCESS(WskRegister(&client, &g_UtReg)) &&
      !NT_SUCCESS(WskRegister(&client, &g_UtReg))) // no-warning
    return;
  WskDeregister(&g_UtReg);
}
