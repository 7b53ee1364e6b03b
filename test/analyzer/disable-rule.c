// Switching one rule off with -analyzer-disable-checker removes that rule's
// reports and nothing else. The same bugs are analysed twice: with every
// rule on ("enabled") and with wsk.DuplicateDeregister off ("disabled").
//
// RUN: %clang_analyze_wsk -verify=enabled %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.DuplicateDeregister -verify=disabled %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_CamClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_CamReg;
static WSK_REGISTRATION g_CamStreamReg;
static WSK_REGISTRATION g_CamCtlReg;

// wsk.DuplicateDeregister: already deregistered.
VOID CamUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&g_CamReg);
  WskDeregister(&g_CamReg); // enabled-warning{{WskDeregister on 'g_CamReg', which was already deregistered [wsk.DuplicateDeregister]}}
}

// wsk.DuplicateDeregister: WskRegister failed.
NTSTATUS CamStartStream(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_CamClientDispatch};
  NTSTATUS status = WskRegister(&clientNpi, &g_CamStreamReg);
  if (!NT_SUCCESS(status))
    WskDeregister(&g_CamStreamReg); // enabled-warning{{WskDeregister on 'g_CamStreamReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
  return status;
}

// wsk.DoubleRegister: stays reported with DuplicateDeregister off.
VOID CamStartControlTwice(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_CamClientDispatch};
  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_CamCtlReg)))
    return;
  WskRegister(&clientNpi, &g_CamCtlReg); // enabled-warning{{WskRegister on 'g_CamCtlReg', which is already registered [wsk.DoubleRegister]}} disabled-warning{{WskRegister on 'g_CamCtlReg', which is already registered [wsk.DoubleRegister]}}
}

// wsk.MissingDeregister: stays reported with DuplicateDeregister off.
VOID CamProbe(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_CamClientDispatch};
  WSK_REGISTRATION probe;
  if (NT_SUCCESS(WskRegister(&clientNpi, &probe)))
    DbgPrint("cam: WSK present\n");
} // enabled-warning{{WSK registration 'probe' goes out of scope while still registered [wsk.MissingDeregister]}} disabled-warning{{WSK registration 'probe' goes out of scope while still registered [wsk.MissingDeregister]}}
