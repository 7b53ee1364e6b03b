/* The lifecycle harness: main() for a driver built against the host
 * environment. It loads the driver the way the system does and drives it
 * through its life:
 *
 *   DriverEntry(DriverObject, RegistryPath)
 *   if it succeeded: the dispatch routines it installed, through the first
 *     device object it created (create, device control with each control
 *     code, write, read, cleanup, close), then the unload routine, if it
 *     set one;
 *   if it failed: nothing more (the system never unloads such a driver;
 *     KMDF still deletes its driver object).
 *
 * After each driver callback returns, registrations left on the dead part
 * of the stack are reported (wsk.MissingDeregister); after a failed
 * DriverEntry every registration still live is (wsk.MissingDeregister), and
 * after the unload routine too (wsk.UnloadSkipsDeregister).
 *
 * Usage: <driver> [options]; see Usage() or runtime_shim/README.md.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host_env.h"
#include "wskshim_core.h"

/* The driver under test. */
DRIVER_INITIALIZE DriverEntry;

#define MAX_IOCTLS 32
#define IO_BUFFER_SIZE 256

static struct {
  ULONG Ioctls[MAX_IOCTLS];
  ULONG NumIoctls;
  BOOLEAN NoDispatch;
  BOOLEAN NoUnload;
  const char *RegistryPath;
} Run = {{0},
         0,
         FALSE,
         FALSE,
         "\\Registry\\Machine\\System\\CurrentControlSet\\Services\\wskdrv"};

static void Usage(FILE *Out, const char *Argv0) {
  fprintf(
      Out,
      "usage: %s [options]\n"
      "Runs the driver linked into this program through DriverEntry, its\n"
      "dispatch routines and its unload routine under the wskshim runtime\n"
      "checks. Each violation is one line on stdout:\n"
      "  wskshim: <file>:<line>: <rule>: <message>\n"
      "Exit status: 0 clean, 1 violations, 2 usage error, 3 the run hung,\n"
      "crashed or bug-checked.\n"
      "\n"
      "options:\n"
      "  --faults=PLAN            calls to fail (also WSKSHIM_FAULTS), e.g.\n"
      "                           WskCaptureProviderNPI:1=STATUS_NOINTERFACE,"
      "IoCreateDevice:2\n"
      "  --ioctl=CODE             device control code to send (repeatable;\n"
      "                           default: CTL_CODE(FILE_DEVICE_UNKNOWN,\n"
      "                           0x800..0x803, METHOD_BUFFERED, "
      "FILE_ANY_ACCESS))\n"
      "  --no-dispatch            do not call the dispatch routines\n"
      "  --no-unload              do not call the unload routine\n"
      "  --keep-going             continue after a violation that ends the\n"
      "                           path (also WSKSHIM_KEEP_GOING=1)\n"
      "  --async-irps             WSK requests complete on a worker thread\n"
      "  --accept-connections=N   a peer connects to the first N WskAccept\n"
      "                           requests (default 0: accepts stay pending)\n"
      "  --provider-attach-ms=N   the WSK provider attaches N ms after start\n"
      "                           (-1: never); default 0\n"
      "  --deregister-timeout-ms=N  how long WskDeregister may wait before\n"
      "                           it counts as hung (default 1000)\n"
      "  --irp-timeout-ms=N       wait for pending IRPs and work items\n"
      "                           (default 5000)\n"
      "  --timeout-ms=N           limit for the whole run (default 20000;\n"
      "                           also WSKSHIM_TIMEOUT_MS)\n"
      "  --registry-path=PATH     DriverEntry's RegistryPath\n"
      "  --call-log=FILE          log every call the fault plan could fail,\n"
      "                           with its stack (for wskcheck-confirm)\n"
      "  --quiet                  drop the driver's DbgPrint output\n"
      "  -v, --verbose            trace the run on stderr (also "
      "WSKSHIM_VERBOSE=1)\n"
      "  --list-rules             print the rule catalog and exit\n"
      "  --list-faultable         print the functions a fault plan can name\n"
      "  -h, --help               this text\n",
      Argv0);
}

static int ParseNumber(const char *S, long *Out) {
  char *End;
  long V;
  if (!S || !*S)
    return 0;
  V = strtol(S, &End, 0);
  if (*End)
    return 0;
  *Out = V;
  return 1;
}

static const char *OptionValue(const char *Arg, const char *Name) {
  size_t N = strlen(Name);
  if (!strncmp(Arg, Name, N) && Arg[N] == '=')
    return Arg + N + 1;
  return NULL;
}

static BOOLEAN EnvFlag(const char *Name) {
  const char *V = getenv(Name);
  return V && *V && strcmp(V, "0") != 0;
}

/* Returns -1 to go on, otherwise the exit status. */
static int ParseArguments(int Argc, char **Argv) {
  const char *Faults = getenv("WSKSHIM_FAULTS");
  const char *V;
  char Error[256];
  long N;
  int I;
  if (EnvFlag("WSKSHIM_KEEP_GOING"))
    WskHostOpts.KeepGoing = TRUE;
  if (EnvFlag("WSKSHIM_VERBOSE"))
    WskHostOpts.Verbose = TRUE;
  if ((V = getenv("WSKSHIM_TIMEOUT_MS")) && ParseNumber(V, &N) && N > 0)
    WskHostOpts.WatchdogMs = (ULONG)N;
  for (I = 1; I < Argc; ++I) {
    const char *A = Argv[I];
    if (!strcmp(A, "-h") || !strcmp(A, "--help")) {
      Usage(stdout, Argv[0]);
      return WSKHOST_EXIT_CLEAN;
    } else if (!strcmp(A, "--list-rules")) {
      int R;
      for (R = 0; R < WskRule_Count; ++R)
        printf("%s\t%s\n", WskRuleCatalog[R].Name, WskRuleCatalog[R].Summary);
      return WSKHOST_EXIT_CLEAN;
    } else if (!strcmp(A, "--list-faultable")) {
      WskHostListFaultable(stdout);
      return WSKHOST_EXIT_CLEAN;
    } else if ((V = OptionValue(A, "--faults"))) {
      Faults = V;
    } else if ((V = OptionValue(A, "--ioctl"))) {
      if (!ParseNumber(V, &N) || Run.NumIoctls == MAX_IOCTLS) {
        fprintf(stderr, "wskshim: bad or too many --ioctl values: %s\n", V);
        return WSKHOST_EXIT_USAGE;
      }
      Run.Ioctls[Run.NumIoctls++] = (ULONG)N;
    } else if (!strcmp(A, "--no-dispatch")) {
      Run.NoDispatch = TRUE;
    } else if (!strcmp(A, "--no-unload")) {
      Run.NoUnload = TRUE;
    } else if (!strcmp(A, "--keep-going")) {
      WskHostOpts.KeepGoing = TRUE;
    } else if (!strcmp(A, "--async-irps")) {
      WskHostOpts.AsyncIrps = TRUE;
    } else if (!strcmp(A, "--quiet")) {
      WskHostOpts.Quiet = TRUE;
    } else if (!strcmp(A, "-v") || !strcmp(A, "--verbose")) {
      WskHostOpts.Verbose = TRUE;
    } else if ((V = OptionValue(A, "--provider-attach-ms")) &&
               ParseNumber(V, &N)) {
      WskHostOpts.ProviderAttachMs = (LONG)N;
    } else if ((V = OptionValue(A, "--accept-connections")) &&
               ParseNumber(V, &N) && N >= 0) {
      WskHostOpts.AcceptConnections = (ULONG)N;
    } else if ((V = OptionValue(A, "--deregister-timeout-ms")) &&
               ParseNumber(V, &N) && N >= 0) {
      WskHostOpts.DeregisterWaitMs = (ULONG)N;
    } else if ((V = OptionValue(A, "--irp-timeout-ms")) && ParseNumber(V, &N) &&
               N >= 0) {
      WskHostOpts.IrpWaitMs = (ULONG)N;
    } else if ((V = OptionValue(A, "--timeout-ms")) && ParseNumber(V, &N) &&
               N > 0) {
      WskHostOpts.WatchdogMs = (ULONG)N;
    } else if ((V = OptionValue(A, "--registry-path"))) {
      Run.RegistryPath = V;
    } else if ((V = OptionValue(A, "--call-log"))) {
      if (!WskHostSetCallLog(V)) {
        fprintf(stderr, "wskshim: cannot create the call log '%s'\n", V);
        return WSKHOST_EXIT_USAGE;
      }
    } else {
      fprintf(stderr, "wskshim: unknown or malformed option '%s'\n", A);
      Usage(stderr, Argv[0]);
      return WSKHOST_EXIT_USAGE;
    }
  }
  if (Faults && !WskHostSetFaultPlan(Faults, Error, sizeof(Error))) {
    fprintf(stderr, "wskshim: %s\n", Error);
    return WSKHOST_EXIT_USAGE;
  }
  if (Run.NumIoctls == 0) {
    ULONG F;
    for (F = 0x800; F < 0x804; ++F)
      Run.Ioctls[Run.NumIoctls++] =
          CTL_CODE(FILE_DEVICE_UNKNOWN, F, METHOD_BUFFERED, FILE_ANY_ACCESS);
  }
  return -1;
}

/* ------------------------------------------------------------------ */
/* Stack scope                                                         */

static char *StackLow;

static void FindStack(void) {
  pthread_attr_t Attr;
  void *Addr = NULL;
  size_t Size = 0;
  if (pthread_getattr_np(pthread_self(), &Attr) == 0) {
    pthread_attr_getstack(&Attr, &Addr, &Size);
    pthread_attr_destroy(&Attr);
  }
  StackLow = (char *)Addr;
}

/* Everything below the frame of the function that made the callback is
   dead once the callback returned. */
static void StackScopeEnded(const char *Frame, const char *Callback) {
  char How[224];
  if (!StackLow || Frame <= StackLow)
    return;
  snprintf(How, sizeof(How), "out of scope (it lived on the stack of %s)",
           Callback);
  WskShimObjectLost(StackLow, (SIZE_T)(Frame - StackLow), How, NULL, 0);
}

/* Each callback runs from its own frame so the dead region is exact. */
static __attribute__((noinline)) NTSTATUS CallDriverEntry(PDRIVER_OBJECT Driver,
                                                          PUNICODE_STRING Path,
                                                          const char **Frame) {
  *Frame = (const char *)__builtin_frame_address(0);
  return DriverEntry(Driver, Path);
}

static __attribute__((noinline)) void CallUnload(PDRIVER_OBJECT Driver,
                                                 const char **Frame) {
  *Frame = (const char *)__builtin_frame_address(0);
  Driver->DriverUnload(Driver);
}

static __attribute__((noinline)) NTSTATUS
CallDispatch(PDEVICE_OBJECT Device, PIRP Irp, const char **Frame) {
  *Frame = (const char *)__builtin_frame_address(0);
  return IoCallDriver(Device, Irp);
}

/* ------------------------------------------------------------------ */
/* Dispatch                                                            */

static const char *MajorName(UCHAR Major) {
  switch (Major) {
  case IRP_MJ_CREATE:
    return "IRP_MJ_CREATE";
  case IRP_MJ_CLOSE:
    return "IRP_MJ_CLOSE";
  case IRP_MJ_CLEANUP:
    return "IRP_MJ_CLEANUP";
  case IRP_MJ_DEVICE_CONTROL:
    return "IRP_MJ_DEVICE_CONTROL";
  case IRP_MJ_READ:
    return "IRP_MJ_READ";
  case IRP_MJ_WRITE:
    return "IRP_MJ_WRITE";
  default:
    return "IRP_MJ_?";
  }
}

/* Sends one request the way the I/O manager does for a user-mode caller,
   and waits for its completion. */
static void SendRequest(PDEVICE_OBJECT Device, PFILE_OBJECT File, UCHAR Major,
                        ULONG Code) {
  static char PhaseText[96];
  USHORT Size = IoSizeOfIrp(Device->StackSize);
  PIRP Irp = (PIRP)calloc(1, Size);
  void *Buffer = calloc(1, IO_BUFFER_SIZE);
  /* The buffer as direct I/O describes it, built here rather than with
     IoAllocateMdl so that the fault plan's count of the driver's
     allocations stays the driver's. Freed with the IRP. */
  PMDL Mdl = (PMDL)calloc(1, sizeof(MDL));
  PIO_STACK_LOCATION Next;
  KEVENT Done;
  IO_STATUS_BLOCK Iosb;
  const char *Frame = NULL;
  NTSTATUS Status;
  if (!Irp || !Buffer || !Mdl) {
    free(Irp);
    free(Buffer);
    free(Mdl);
    return;
  }
  IoInitializeIrp(Irp, Size, Device->StackSize);
  KeInitializeEvent(&Done, NotificationEvent, FALSE);
  Iosb.Status = STATUS_PENDING;
  Iosb.Information = 0;
  Irp->UserEvent = &Done;
  Irp->UserIosb = &Iosb;
  Irp->RequestorMode = UserMode;
  Irp->AssociatedIrp.SystemBuffer = Buffer;
  Irp->UserBuffer = Buffer;
  Mdl->Size = (CSHORT)sizeof(MDL);
  Mdl->ByteOffset = (ULONG)((ULONG_PTR)Buffer & 0xFFF);
  Mdl->StartVa = (PVOID)((ULONG_PTR)Buffer & ~(ULONG_PTR)0xFFF);
  Mdl->MappedSystemVa = Buffer;
  Irp->Tail.Overlay.OriginalFileObject = File;
  Irp->IoStatus.Status = STATUS_SUCCESS;
  Next = IoGetNextIrpStackLocation(Irp);
  Next->MajorFunction = Major;
  Next->FileObject = File;
  if (Major == IRP_MJ_DEVICE_CONTROL) {
    Next->Parameters.DeviceIoControl.IoControlCode = Code;
    Next->Parameters.DeviceIoControl.InputBufferLength = IO_BUFFER_SIZE / 4;
    Next->Parameters.DeviceIoControl.OutputBufferLength = IO_BUFFER_SIZE;
    Next->Parameters.DeviceIoControl.Type3InputBuffer = Buffer;
    snprintf(PhaseText, sizeof(PhaseText), "the %s dispatch routine (0x%08X)",
             MajorName(Major), (unsigned)Code);
  } else if (Major == IRP_MJ_READ || Major == IRP_MJ_WRITE) {
    /* As the control codes' buffers: 64 bytes written, 256 read. */
    if (Major == IRP_MJ_READ)
      Next->Parameters.Read.Length = IO_BUFFER_SIZE;
    else
      Next->Parameters.Write.Length = IO_BUFFER_SIZE / 4;
    Mdl->ByteCount = IO_BUFFER_SIZE;
    Irp->MdlAddress = Mdl;
    snprintf(PhaseText, sizeof(PhaseText), "the %s dispatch routine",
             MajorName(Major));
  } else {
    snprintf(PhaseText, sizeof(PhaseText), "the %s dispatch routine",
             MajorName(Major));
  }
  WskHostSetPhase(PhaseText);
  WskHostTrace("harness: calling %s", PhaseText);
  Status = CallDispatch(Device, Irp, &Frame);
  StackScopeEnded(Frame, PhaseText);
  if (KeReadStateEvent(&Done) == 0) {
    if (Status == STATUS_PENDING) {
      LARGE_INTEGER Timeout;
      Timeout.QuadPart = -10000LL * (LONGLONG)WskHostOpts.IrpWaitMs;
      if (KeWaitForSingleObject(&Done, Executive, KernelMode, FALSE,
                                &Timeout) == STATUS_TIMEOUT) {
        WskHostReportEvent("hang", NULL, 0,
                           "%s returned STATUS_PENDING and did not complete "
                           "the IRP within %u ms",
                           PhaseText, (unsigned)WskHostOpts.IrpWaitMs);
        return; /* the driver still owns the IRP */
      }
    } else {
      fprintf(stderr,
              "wskshim: warning: %s returned 0x%08X without completing the "
              "IRP\n",
              PhaseText, (unsigned)Status);
      return;
    }
  }
  WskHostTrace("harness: %s completed the IRP with %s (0x%08X)", PhaseText,
               WskHostStatusName(Iosb.Status), (unsigned)Iosb.Status);
  free(Irp);
  free(Buffer);
  free(Mdl);
}

static void RunDispatch(PDRIVER_OBJECT Driver) {
  static FILE_OBJECT File;
  PDEVICE_OBJECT Device = Driver->DeviceObject;
  ULONG I;
  if (!Device) {
    WskHostTrace("harness: the driver created no device object; no requests "
                 "sent");
    return;
  }
  /* The last one created is first in the list; send to the first. */
  while (Device->NextDevice)
    Device = Device->NextDevice;
  memset(&File, 0, sizeof(File));
  File.Type = IO_TYPE_FILE;
  File.Size = (CSHORT)sizeof(File);
  File.DeviceObject = Device;
  if (Driver->MajorFunction[IRP_MJ_CREATE])
    SendRequest(Device, &File, IRP_MJ_CREATE, 0);
  if (Driver->MajorFunction[IRP_MJ_DEVICE_CONTROL])
    for (I = 0; I < Run.NumIoctls; ++I)
      SendRequest(Device, &File, IRP_MJ_DEVICE_CONTROL, Run.Ioctls[I]);
  if (Driver->MajorFunction[IRP_MJ_WRITE])
    SendRequest(Device, &File, IRP_MJ_WRITE, 0);
  if (Driver->MajorFunction[IRP_MJ_READ])
    SendRequest(Device, &File, IRP_MJ_READ, 0);
  if (Driver->MajorFunction[IRP_MJ_CLEANUP])
    SendRequest(Device, &File, IRP_MJ_CLEANUP, 0);
  if (Driver->MajorFunction[IRP_MJ_CLOSE])
    SendRequest(Device, &File, IRP_MJ_CLOSE, 0);
}

/* ------------------------------------------------------------------ */

static void WaitIdle(const char *Before) {
  if (!WskHostWaitIdle(WskHostOpts.IrpWaitMs))
    WskHostReportEvent("hang", NULL, 0,
                       "%d work item(s) or WSK completion(s) still running "
                       "%u ms before %s",
                       (int)WskHostBusyCount(), (unsigned)WskHostOpts.IrpWaitMs,
                       Before);
}

int main(int Argc, char **Argv) {
  static DRIVER_OBJECT Driver;
  static DRIVER_EXTENSION Extension;
  static WCHAR PathBuffer[512];
  static WCHAR NameBuffer[] = {'\\', 'D', 'r', 'i', 'v', 'e', 'r', '\\',
                               'w',  's', 'k', 'd', 'r', 'v', 0};
  UNICODE_STRING Path;
  const char *Frame = NULL;
  NTSTATUS Status;
  size_t I;
  int Exit = ParseArguments(Argc, Argv);
  if (Exit >= 0)
    return Exit;

  setvbuf(stdout, NULL, _IOLBF, 0);
  FindStack();
  WskHostStart();

  for (I = 0; Run.RegistryPath[I] && I + 1 < 512; ++I)
    PathBuffer[I] = (WCHAR)(unsigned char)Run.RegistryPath[I];
  PathBuffer[I] = 0;
  RtlInitUnicodeString(&Path, PathBuffer);

  Driver.Type = IO_TYPE_DRIVER;
  Driver.Size = (CSHORT)sizeof(Driver);
  Driver.DriverExtension = &Extension;
  Driver.DriverInit = DriverEntry;
  RtlInitUnicodeString(&Driver.DriverName, NameBuffer);
  Extension.DriverObject = &Driver;
  Extension.ServiceKeyName = Path;

  WskHostSetPhase("DriverEntry");
  WskHostTrace("harness: calling DriverEntry");
  Status = CallDriverEntry(&Driver, &Path, &Frame);
  WskHostTrace("harness: DriverEntry returned %s (0x%08X)",
               WskHostStatusName(Status), (unsigned)Status);
  StackScopeEnded(Frame, "DriverEntry");

  if (!NT_SUCCESS(Status)) {
    /* Never unloaded; only KMDF cleans up its driver object. */
    WskHostSetPhase("the framework's cleanup after the failed DriverEntry");
    WskHostWdfDriverEntryFailed();
    WaitIdle("the end of the run");
    WskShimDriverEntryReturned(Status);
  } else {
    if (!Run.NoDispatch)
      RunDispatch(&Driver);
    WaitIdle("the unload routine");
    if (Driver.DriverUnload && !Run.NoUnload) {
      WskHostSetPhase("the unload routine");
      WskHostTrace("harness: calling the unload routine");
      CallUnload(&Driver, &Frame);
      StackScopeEnded(Frame, "the unload routine");
      WskShimUnloadReturned();
    } else if (!Driver.DriverUnload) {
      WskHostTrace("harness: no unload routine: the driver cannot be "
                   "unloaded, so its registrations are not checked at "
                   "unload");
    }
  }
  WskHostSetPhase("the end of the run");
  WskHostReportUnusedFaults();
  fprintf(stderr,
          "wskshim: done: DriverEntry returned %s (0x%08X); %u "
          "violation(s)\n",
          WskHostStatusName(Status), (unsigned)Status,
          (unsigned)WskShimViolationCount());
  WskHostEndRun();
}
