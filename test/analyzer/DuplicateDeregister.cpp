// wsk.DuplicateDeregister in a C++ driver: the registration is a class
// member, torn down by a guarded Stop() that the destructor also calls, and
// by an unguarded emergency path.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_TelClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, nullptr};

class TelemetryClient {
public:
  TelemetryClient() : m_Registered(false) {}
  ~TelemetryClient() { Stop(); }

  NTSTATUS Start() {
    WSK_CLIENT_NPI clientNpi = {this, &g_TelClientDispatch};
    NTSTATUS status = WskRegister(&clientNpi, &m_Registration);
    m_Registered = NT_SUCCESS(status);
    return status;
  }

  // Guarded: safe to call any number of times.
  void Stop() {
    if (m_Registered) {
      WskDeregister(&m_Registration); // no-warning
      m_Registered = false;
    }
  }

  // Unguarded, and it leaves m_Registered alone: only for the bug below.
  void ForceDeregister() {
    WskDeregister(&m_Registration); // expected-warning{{WskDeregister on 'client.m_Registration', which was already deregistered [wsk.DuplicateDeregister]}}
  }

  // Unguarded: only for the failed-start bug below.
  void AbortStart() {
    WskDeregister(&m_Registration); // expected-warning{{WskDeregister on 'probe.m_Registration', whose WskRegister failed [wsk.DuplicateDeregister]}}
  }

private:
  WSK_REGISTRATION m_Registration;
  bool m_Registered;
};

static TelemetryClient g_Telemetry;

// Stop() already deregistered; the emergency path does it again.
void TelemetryPanicBad()
{
  TelemetryClient client;
  if (!NT_SUCCESS(client.Start()))
    return;
  client.Stop();
  client.ForceDeregister(); // reported inside ForceDeregister() above
}

// The failure path deregisters a member whose WskRegister failed.
NTSTATUS TelemetryProbeBad()
{
  TelemetryClient probe;
  NTSTATUS status = probe.Start();
  if (!NT_SUCCESS(status)) {
    DbgPrint("tel: start failed %x\n", status);
    probe.AbortStart(); // reported inside AbortStart() above
  }
  return status;
}

// Look-alike: explicit Stop() and then the destructor's Stop(); the flag
// guards the second one.
void TelemetryCycleOk()
{
  TelemetryClient client;
  if (!NT_SUCCESS(client.Start()))
    return;
  DbgPrint("tel: started\n");
  client.Stop();
} // no-warning: the destructor's Stop() does nothing

// Look-alike: a global object stopped twice across kernel calls.
void TelemetryPowerDownOk()
{
  g_Telemetry.Stop();
  DbgPrint("tel: powering down\n");
  KeStallExecutionProcessor(100);
  g_Telemetry.Stop(); // no-warning
}
