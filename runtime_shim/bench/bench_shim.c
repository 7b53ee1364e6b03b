/* Cost of the shim per intercepted call, in the host build.
 *
 * A driver whose DriverEntry registers and then times three loops:
 * WskCaptureProviderNPI + WskReleaseProviderNPI pairs, and calls through
 * the provider dispatch table (WskControlClient without an IRP, which the
 * provider simulator answers at once). scripts/bench-shim.sh builds it
 * twice, with the forced-include header (every call goes through the shim
 * core) and without it (the same calls go straight to the provider
 * simulator), runs both under the harness and prints the difference.
 *
 *   BENCH_ITERATIONS  calls per loop (default 1000000)
 */
#include <ntddk.h>
#include <wsk.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static double NowNs(void) {
  struct timespec T;
  clock_gettime(CLOCK_MONOTONIC, &T);
  return (double)T.tv_sec * 1e9 + (double)T.tv_nsec;
}

static void Print(const char *What, double Ns, long Calls) {
  printf("bench: %-34s %8.1f ns/call\n", What, Ns / (double)Calls);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  WSK_PROVIDER_NPI Provider;
  const char *Env = getenv("BENCH_ITERATIONS");
  long N = Env ? atol(Env) : 1000000, I;
  UCHAR Buffer[16];
  SIZE_T Returned;
  double Start;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  if (N <= 0)
    N = 1000000;

  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;

  /* Warm up, then measure. */
  for (I = 0; I < N / 10; ++I) {
    WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
    WskReleaseProviderNPI(&Registration);
  }
  Start = NowNs();
  for (I = 0; I < N; ++I) {
    WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
    WskReleaseProviderNPI(&Registration);
  }
  Print("WskCaptureProviderNPI+Release/2", NowNs() - Start, 2 * N);

  WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  Start = NowNs();
  for (I = 0; I < N; ++I)
    Provider.Dispatch->WskControlClient(
        Provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, sizeof(Buffer),
        Buffer, &Returned, NULL);
  Print("Dispatch->WskControlClient", NowNs() - Start, N);
  WskReleaseProviderNPI(&Registration);

  Start = NowNs();
  for (I = 0; I < N / 10; ++I) {
    WSK_REGISTRATION Local;
    WskRegister(&Npi, &Local);
    WskDeregister(&Local);
  }
  Print("WskRegister+WskDeregister/2", NowNs() - Start, 2 * (N / 10));

  WskDeregister(&Registration);
  return STATUS_UNSUCCESSFUL; /* nothing to unload */
}
