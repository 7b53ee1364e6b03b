// Path notes when WskRegister fails and the failure branch deregisters
// anyway (wsk.DuplicateDeregister), and when an object is registered twice
// (wsk.DoubleRegister). Reports are printed in source order.
//
// RUN: %clang_analyze_wsk -analyzer-output=text %s 2>&1 | FileCheck %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_SvcClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_SvcReg;
static WSK_REGISTRATION g_SvcReg2;

// CHECK: warning: WskDeregister on 'g_SvcReg', whose WskRegister failed [wsk.DuplicateDeregister]
NTSTATUS SvcStart(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SvcClientDispatch};
  NTSTATUS status;

  // CHECK-NOT: WSK client registered here
  // CHECK: notes-register.c:[[@LINE+1]]:{{[0-9]+}}: note: Assuming WskRegister fails
  status = WskRegister(&clientNpi, &g_SvcReg);
  // CHECK-NOT: WSK client registered here
  if (!NT_SUCCESS(status)) {
    // CHECK: notes-register.c:[[@LINE+1]]:{{[0-9]+}}: note: WskDeregister on 'g_SvcReg', whose WskRegister failed
    WskDeregister(&g_SvcReg);
    return status;
  }
  return STATUS_SUCCESS;
}

// CHECK: warning: WskRegister on 'g_SvcReg2', which is already registered [wsk.DoubleRegister]
VOID SvcRestart(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SvcClientDispatch};

  // CHECK-NOT: Assuming WskRegister fails
  // CHECK: notes-register.c:[[@LINE+1]]:{{[0-9]+}}: note: WSK client registered here
  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_SvcReg2)))
    return;
  // CHECK-NOT: Assuming WskRegister fails
  // CHECK: notes-register.c:[[@LINE+1]]:{{[0-9]+}}: note: WskRegister on 'g_SvcReg2', which is already registered
  WskRegister(&clientNpi, &g_SvcReg2);
}
// CHECK-NOT: warning:
