// C++ DriverEntry whose failure paths are cleaned up by a local guard's
// destructor, which runs after the return statement: correct, no report.
// The look-alike at the end, whose guard forgets the registration, is
// reported where the registration is lost.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

extern "C" DRIVER_INITIALIZE DriverEntry;

static const WSK_CLIENT_DISPATCH g_GuardClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                  NULL};
static WSK_REGISTRATION g_GuardReg;

// Deregisters on scope exit unless dismissed.
class RegistrationGuard {
public:
  explicit RegistrationGuard(PWSK_REGISTRATION Reg) : Reg(Reg) {}
  ~RegistrationGuard() {
    if (Reg)
      WskDeregister(Reg); // no-warning
  }
  void dismiss() { Reg = nullptr; }

private:
  PWSK_REGISTRATION Reg;
};

static VOID GuardUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&g_GuardReg);
}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI client = {NULL, &g_GuardClient};
  PDEVICE_OBJECT device;
  UNREFERENCED_PARAMETER(RegistryPath);

  NTSTATUS status = WskRegister(&client, &g_GuardReg);
  if (!NT_SUCCESS(status))
    return status;
  RegistrationGuard guard(&g_GuardReg);

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE,
                          &device);
  if (!NT_SUCCESS(status))
    return status; // no-warning: the guard deregisters after the return
  guard.dismiss();
  DriverObject->DriverUnload = GuardUnload;
  return STATUS_SUCCESS;
}

// A pool object whose registration its owner frees unregistered.
struct Session {
  WSK_REGISTRATION Registration;
};

class SessionOwner {
public:
  explicit SessionOwner(Session *S) : S(S) {}
  ~SessionOwner() {
    // Forgets to deregister.
    ExFreePoolWithTag(S, 'sseS'); // expected-warning{{WSK registration 'S->Registration' is freed while still registered [wsk.MissingDeregister]}}
  }

private:
  Session *S;
};

NTSTATUS OpenSession(PWSK_CLIENT_NPI Client) {
  Session *S = (Session *)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(Session),
                                                'sseS');
  if (!S)
    return STATUS_INSUFFICIENT_RESOURCES;
  SessionOwner owner(S);
  NTSTATUS status = WskRegister(Client, &S->Registration);
  if (!NT_SUCCESS(status))
    return status;
  return STATUS_SUCCESS;
}
