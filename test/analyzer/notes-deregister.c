// Path notes for deregistration: where the first WskDeregister happened
// (wsk.DuplicateDeregister) and where the capture still held was taken
// (wsk.DeregisterWhileCaptured). Reports are printed in source order.
//
// RUN: %clang_analyze_wsk -analyzer-output=text %s 2>&1 | FileCheck %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_VpnClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_VpnReg;
static WSK_REGISTRATION g_VpnCtlReg;

static VOID VpnStopClient(VOID)
{
  // CHECK: warning: WskDeregister on 'g_VpnReg', which was already deregistered [wsk.DuplicateDeregister]
  // CHECK: notes-deregister.c:[[@LINE+1]]:{{[0-9]+}}: note: WSK client deregistered here
  WskDeregister(&g_VpnReg);
}

VOID VpnUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  VpnStopClient();
  // CHECK: notes-deregister.c:[[@LINE+1]]:{{[0-9]+}}: note: WskDeregister on 'g_VpnReg', which was already deregistered
  WskDeregister(&g_VpnReg);
}

// CHECK: warning: WskDeregister on 'g_VpnCtlReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]
VOID VpnControlCycle(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_VpnClientDispatch};
  WSK_PROVIDER_NPI npi;

  // CHECK: notes-deregister.c:[[@LINE+1]]:{{[0-9]+}}: note: WSK client registered here
  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_VpnCtlReg)))
    return;
  // CHECK-NOT: Assuming WskCaptureProviderNPI fails
  // CHECK: notes-deregister.c:[[@LINE+1]]:{{[0-9]+}}: note: Provider NPI captured here
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_VpnCtlReg, WSK_NO_WAIT, &npi))) {
    WskDeregister(&g_VpnCtlReg);
    return;
  }
  // CHECK-NOT: Provider NPI released here
  // CHECK: notes-deregister.c:[[@LINE+1]]:{{[0-9]+}}: note: WskDeregister on 'g_VpnCtlReg' while the provider NPI is still captured; it will wait forever
  WskDeregister(&g_VpnCtlReg);
}
// CHECK-NOT: warning:
