// wsk.MissingDeregister in a C++ driver: the registration is a class member.
// An RAII wrapper deregisters in its destructor (silent); a session object
// without one leaks when it goes out of scope; a global object's registration
// is left behind when DriverEntry fails.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

extern "C" DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD CppNetUnload;

static const WSK_CLIENT_DISPATCH g_CppNetClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, nullptr};

// Deregisters in its destructor.
class WskRegistrationGuard {
public:
  WskRegistrationGuard() : m_Registered(FALSE) {}
  ~WskRegistrationGuard() {
    if (m_Registered)
      WskDeregister(&m_Registration);
  }
  NTSTATUS Register() {
    WSK_CLIENT_NPI clientNpi = {this, &g_CppNetClientDispatch};
    NTSTATUS status = WskRegister(&clientNpi, &m_Registration);
    if (NT_SUCCESS(status))
      m_Registered = TRUE;
    return status;
  }

private:
  WSK_REGISTRATION m_Registration;
  BOOLEAN m_Registered;
};

// Must be closed explicitly.
class UdpSession {
public:
  UdpSession() : m_Open(FALSE) {}
  NTSTATUS Open() {
    WSK_CLIENT_NPI clientNpi = {this, &g_CppNetClientDispatch};
    NTSTATUS status = WskRegister(&clientNpi, &m_Registration);
    if (NT_SUCCESS(status))
      m_Open = TRUE;
    return status;
  }
  void Close() {
    if (m_Open) {
      WskDeregister(&m_Registration);
      m_Open = FALSE;
    }
  }

private:
  WSK_REGISTRATION m_Registration;
  BOOLEAN m_Open;
};

static UdpSession g_CppNetSession;
static PDEVICE_OBJECT g_CppNetDevice;

// The destructor runs at scope exit and deregisters.
NTSTATUS CppNetProbeWithGuardOk()
{
  WskRegistrationGuard guard;
  NTSTATUS status = guard.Register();
  if (!NT_SUCCESS(status))
    return status;
  DbgPrint("cppnet: WSK present\n");
  return STATUS_SUCCESS; // no-warning
}

// No destructor cleanup: the member registration dies with the frame.
NTSTATUS CppNetProbeSessionLeaks()
{
  UdpSession session;
  NTSTATUS status = session.Open();
  if (!NT_SUCCESS(status))
    return status; // no-warning: nothing registered
  DbgPrint("cppnet: session open\n");
  return STATUS_SUCCESS; // expected-warning{{WSK registration 'session.m_Registration' goes out of scope while still registered [wsk.MissingDeregister]}}
}

// Look-alike: closed explicitly before the frame goes away.
NTSTATUS CppNetProbeSessionOk()
{
  UdpSession session;
  NTSTATUS status = session.Open();
  if (NT_SUCCESS(status))
    session.Close();
  return status; // no-warning
}

static VOID CppNetUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteDevice(g_CppNetDevice);
  g_CppNetSession.Close(); // no-warning
}

// The first failure exit closes the global session; the second forgets.
extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING RegistryPath)
{
  UNICODE_STRING deviceName, linkName;
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  RtlInitUnicodeString(&deviceName, L"\\Device\\CppNet");
  RtlInitUnicodeString(&linkName, L"\\DosDevices\\CppNet");

  status = g_CppNetSession.Open();
  if (!NT_SUCCESS(status))
    return status; // no-warning

  status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_NETWORK,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_CppNetDevice);
  if (!NT_SUCCESS(status)) {
    g_CppNetSession.Close();
    return status; // no-warning
  }

  status = IoCreateSymbolicLink(&linkName, &deviceName);
  if (!NT_SUCCESS(status)) {
    IoDeleteDevice(g_CppNetDevice);
    // expected-warning@+1 {{WSK registration 'g_CppNetSession.m_Registration' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}
    return status;
  }

  DriverObject->DriverUnload = CppNetUnload;
  return STATUS_SUCCESS;
}
