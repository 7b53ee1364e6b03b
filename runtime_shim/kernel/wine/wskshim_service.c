/* wskshim_service: drives a kernel driver built with the wskshim kernel
 * library through its life as a Windows service, for
 * `wskcheck-confirm --kernel`, which runs it under Wine (a user-mode
 * program of the prefix; the driver runs in Wine's winedevice.exe).
 *
 *   wskshim_service install <service> <image path>
 *   wskshim_service run <service> [options]
 *
 * install creates the kernel service (demand start) or points an existing
 * one at the image. run writes the kernel library's settings under
 * HKLM\System\CurrentControlSet\Services\<service>\Parameters (see
 * wskshim_kernel.h), starts the service (DriverEntry), sends the requests
 * given, and stops it (the unload routine). Options:
 *   --faults=PLAN            WskShimFaults (none: the value is deleted)
 *   --deregister-wait-ms=N   WskShimDeregisterWaitMs
 *   --call-log               WskShimCallLog = 1
 *   --stand-in               WskShimStandIn = 1 (stand-ins for what Wine's
 *                            netio does not implement)
 *   --device=PATH            a device to open (IRP_MJ_CREATE) and close
 *                            (IRP_MJ_CLEANUP, IRP_MJ_CLOSE) between load and
 *                            unload (\\.\Name), or "auto": a device the
 *                            driver created under \Device (the first name
 *                            new there after the start; an unnamed device
 *                            cannot be opened)
 *   --ioctl=CODE             a device control code to send, repeatable
 *   --write, --read          then write 64 zero bytes (IRP_MJ_WRITE), read
 *                            256 (IRP_MJ_READ)
 *   --no-unload              leave the driver loaded
 *   --timeout-ms=N           how long to wait for each state (default 10000)
 *
 * What happened goes to stdout, one line each, "wskshim-service: ...":
 * "loaded", "DriverEntry failed 0x<status>" (as the service's exit code),
 * "opened <device>", "ioctl 0x<code> ...", "write ...", "read ...",
 * "closed <device>", "unloaded". Exit status: 0 the steps ran, 2 usage,
 * 3 a state was not reached in time, 4 a service call failed.
 * The driver's own output (DbgPrintEx) is Wine's debug output
 * (WINEDEBUG=+debugstr), not this program's.
 */
#include <windows.h>
#include <winternl.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define PREFIX "wskshim-service: "

static void Say(const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  fputs(PREFIX, stdout);
  vprintf(Format, Args);
  fputc('\n', stdout);
  fflush(stdout);
  va_end(Args);
}

static int Fail(const char *What) {
  Say("%s failed: error %lu", What, (unsigned long)GetLastError());
  return 4;
}

static wchar_t *Wide(const char *S) {
  int N = MultiByteToWideChar(CP_UTF8, 0, S, -1, NULL, 0);
  wchar_t *W = (wchar_t *)calloc((size_t)(N > 0 ? N : 1), sizeof(wchar_t));
  if (W && N > 0)
    MultiByteToWideChar(CP_UTF8, 0, S, -1, W, N);
  return W;
}

/* The service manager of a prefix Wine just started may not answer yet
   (RPC_S_SERVER_UNAVAILABLE): wait for it, up to 10 seconds. */
static SC_HANDLE OpenManager(void) {
  int Tries;
  for (Tries = 0;; ++Tries) {
    SC_HANDLE Manager = OpenSCManagerW(NULL, NULL, SC_MANAGER_ALL_ACCESS);
    if (Manager || GetLastError() != RPC_S_SERVER_UNAVAILABLE || Tries == 40)
      return Manager;
    Sleep(250);
  }
}

static int Install(const char *Name, const char *Image) {
  SC_HANDLE Manager, Service;
  wchar_t *WName = Wide(Name), *WImage = Wide(Image);
  Manager = OpenManager();
  if (!Manager)
    return Fail("OpenSCManager");
  Service = CreateServiceW(Manager, WName, WName, SERVICE_ALL_ACCESS,
                           SERVICE_KERNEL_DRIVER, SERVICE_DEMAND_START,
                           SERVICE_ERROR_IGNORE, WImage, NULL, NULL, NULL, NULL,
                           NULL);
  if (!Service && GetLastError() == ERROR_SERVICE_EXISTS) {
    Service = OpenServiceW(Manager, WName, SERVICE_ALL_ACCESS);
    if (Service &&
        !ChangeServiceConfigW(Service, SERVICE_KERNEL_DRIVER,
                              SERVICE_DEMAND_START, SERVICE_ERROR_IGNORE,
                              WImage, NULL, NULL, NULL, NULL, NULL, NULL))
      return Fail("ChangeServiceConfig");
  }
  if (!Service)
    return Fail("CreateService");
  CloseServiceHandle(Service);
  CloseServiceHandle(Manager);
  Say("installed %s", Name);
  return 0;
}

static int SetSettings(const char *Name, const char *Faults, DWORD WaitMs,
                       int HaveWait, DWORD CallLog, DWORD StandIn) {
  HKEY Key;
  char Path[512];
  DWORD Zero = 0;
  LONG Error;
  snprintf(Path, sizeof(Path),
           "System\\CurrentControlSet\\Services\\%s\\Parameters", Name);
  Error = RegCreateKeyExA(HKEY_LOCAL_MACHINE, Path, 0, NULL, 0, KEY_ALL_ACCESS,
                          NULL, &Key, NULL);
  if (Error != ERROR_SUCCESS) {
    SetLastError((DWORD)Error);
    return Fail("RegCreateKeyEx");
  }
  if (Faults && *Faults) {
    wchar_t *W = Wide(Faults);
    RegSetValueExW(Key, L"WskShimFaults", 0, REG_SZ, (const BYTE *)W,
                   (DWORD)((wcslen(W) + 1) * sizeof(wchar_t)));
  } else {
    RegDeleteValueW(Key, L"WskShimFaults");
  }
  if (HaveWait)
    RegSetValueExW(Key, L"WskShimDeregisterWaitMs", 0, REG_DWORD,
                   (const BYTE *)&WaitMs, sizeof(WaitMs));
  else
    RegDeleteValueW(Key, L"WskShimDeregisterWaitMs");
  RegSetValueExW(Key, L"WskShimCallLog", 0, REG_DWORD, (const BYTE *)&CallLog,
                 sizeof(CallLog));
  RegSetValueExW(Key, L"WskShimStandIn", 0, REG_DWORD, (const BYTE *)&StandIn,
                 sizeof(StandIn));
  RegSetValueExW(Key, L"WskShimBugCheck", 0, REG_DWORD, (const BYTE *)&Zero,
                 sizeof(Zero));
  RegCloseKey(Key);
  return 0;
}

/* Polls until the service leaves Pending; its status, or 0 on a timeout. */
static DWORD WaitWhile(SC_HANDLE Service, DWORD Pending, DWORD TimeoutMs,
                       SERVICE_STATUS *Status) {
  DWORD Start = GetTickCount();
  for (;;) {
    if (!QueryServiceStatus(Service, Status))
      return 0;
    if (Status->dwCurrentState != Pending)
      return Status->dwCurrentState;
    if (GetTickCount() - Start > TimeoutMs)
      return 0;
    Sleep(5);
  }
}

/* The names in the object directory \Device, through ntdll (declared here:
   the SDK's headers do not have the directory calls). */
typedef struct {
  UNICODE_STRING Name;
  UNICODE_STRING TypeName;
} DirectoryEntry;
typedef NTSTATUS(NTAPI *OpenDirectoryFn)(PHANDLE, ACCESS_MASK,
                                         POBJECT_ATTRIBUTES);
typedef NTSTATUS(NTAPI *QueryDirectoryFn)(HANDLE, PVOID, ULONG, BOOLEAN,
                                          BOOLEAN, PULONG, PULONG);
#define MAX_DEVICES 512

static int ListDevices(wchar_t Names[][128], int Max) {
  HMODULE Ntdll = GetModuleHandleW(L"ntdll.dll");
  OpenDirectoryFn Open =
      (OpenDirectoryFn)(void *)GetProcAddress(Ntdll, "NtOpenDirectoryObject");
  QueryDirectoryFn Query =
      (QueryDirectoryFn)(void *)GetProcAddress(Ntdll, "NtQueryDirectoryObject");
  UNICODE_STRING Path;
  OBJECT_ATTRIBUTES Attributes;
  HANDLE Directory;
  ULONG Context = 0, Length;
  int N = 0;
  union {
    DirectoryEntry Entry;
    unsigned char Bytes[1024];
  } Buffer;
  if (!Open || !Query)
    return 0;
  Path.Buffer = (PWSTR)L"\\Device";
  Path.Length = (USHORT)(wcslen(Path.Buffer) * sizeof(wchar_t));
  Path.MaximumLength = Path.Length + sizeof(wchar_t);
  InitializeObjectAttributes(&Attributes, &Path, 0, NULL, NULL);
  if (!NT_SUCCESS(Open(&Directory, 0x0001 /* DIRECTORY_QUERY */, &Attributes)))
    return 0;
  while (N < Max && NT_SUCCESS(Query(Directory, &Buffer, sizeof(Buffer), TRUE,
                                     Context == 0, &Context, &Length))) {
    USHORT Chars = Buffer.Entry.Name.Length / sizeof(wchar_t);
    if (Chars >= 128)
      continue;
    memcpy(Names[N], Buffer.Entry.Name.Buffer, Chars * sizeof(wchar_t));
    Names[N++][Chars] = 0;
  }
  CloseHandle(Directory);
  return N;
}

static wchar_t Before[MAX_DEVICES][128];
static int NumBefore = -1;

/* A device under \Device that was not there before the driver loaded. */
static int NewDevice(wchar_t *Out, size_t Size) {
  static wchar_t After[MAX_DEVICES][128];
  int N = ListDevices(After, MAX_DEVICES), I, J;
  for (I = 0; I < N; ++I) {
    for (J = 0; J < NumBefore && wcscmp(After[I], Before[J]); ++J)
      ;
    if (J == NumBefore) {
      swprintf(Out, Size, L"\\\\?\\GLOBALROOT\\Device\\%ls", After[I]);
      return 1;
    }
  }
  return 0;
}

/* The requests a user-mode program makes: open, the control codes, a
   write and a read, close. */
static void SendRequests(const char *Device, char **Codes, int NumCodes,
                         int Write, int Read) {
  HANDLE File;
  wchar_t *W, Found[192];
  int I;
  if (!strcmp(Device, "auto")) {
    if (!NewDevice(Found, sizeof(Found) / sizeof(Found[0]))) {
      Say("no named device to open");
      return;
    }
    W = Found;
  } else {
    W = Wide(Device);
  }
  File = CreateFileW(W, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
                     FILE_ATTRIBUTE_NORMAL, NULL);
  if (File == INVALID_HANDLE_VALUE) {
    Say("cannot open %ls: error %lu", W, (unsigned long)GetLastError());
    return;
  }
  Say("opened %ls", W);
  for (I = 0; I < NumCodes; ++I) {
    /* The host harness's buffers: 256 zero bytes, 64 of them input. */
    unsigned char Buffer[256];
    DWORD Returned = 0;
    DWORD Code = (DWORD)strtoul(Codes[I], NULL, 0);
    BOOL Ok;
    memset(Buffer, 0, sizeof(Buffer));
    Ok = DeviceIoControl(File, Code, Buffer, 64, Buffer, sizeof(Buffer),
                         &Returned, NULL);
    Say("ioctl 0x%08lX %s %lu", (unsigned long)Code, Ok ? "ok" : "error",
        Ok ? (unsigned long)Returned : (unsigned long)GetLastError());
  }
  if (Write || Read) {
    /* The host harness's sizes: 64 bytes written, 256 read. */
    unsigned char Buffer[256];
    DWORD Done = 0;
    BOOL Ok;
    memset(Buffer, 0, sizeof(Buffer));
    if (Write) {
      Ok = WriteFile(File, Buffer, 64, &Done, NULL);
      Say("write %s %lu", Ok ? "ok" : "error",
          Ok ? (unsigned long)Done : (unsigned long)GetLastError());
    }
    if (Read) {
      Ok = ReadFile(File, Buffer, sizeof(Buffer), &Done, NULL);
      Say("read %s %lu", Ok ? "ok" : "error",
          Ok ? (unsigned long)Done : (unsigned long)GetLastError());
    }
  }
  CloseHandle(File);
  Say("closed %ls", W);
}

static int Run(const char *Name, int Argc, char **Argv) {
  const char *Faults = NULL, *Device = NULL;
  DWORD WaitMs = 0, CallLog = 0, StandIn = 0, TimeoutMs = 10000;
  int HaveWait = 0, Unload = 1, NumCodes = 0, Write = 0, Read = 0, I, Result;
  char **Codes = (char **)calloc((size_t)Argc + 1, sizeof(char *));
  SC_HANDLE Manager, Service;
  SERVICE_STATUS Status;
  DWORD State;
  wchar_t *WName = Wide(Name);

  for (I = 0; I < Argc; ++I) {
    const char *A = Argv[I];
    if (!strncmp(A, "--faults=", 9))
      Faults = A + 9;
    else if (!strncmp(A, "--deregister-wait-ms=", 21)) {
      WaitMs = (DWORD)strtoul(A + 21, NULL, 0);
      HaveWait = 1;
    } else if (!strcmp(A, "--call-log"))
      CallLog = 1;
    else if (!strcmp(A, "--stand-in"))
      StandIn = 1;
    else if (!strncmp(A, "--device=", 9))
      Device = A + 9;
    else if (!strncmp(A, "--ioctl=", 8))
      Codes[NumCodes++] = (char *)A + 8;
    else if (!strcmp(A, "--write"))
      Write = 1;
    else if (!strcmp(A, "--read"))
      Read = 1;
    else if (!strcmp(A, "--no-unload"))
      Unload = 0;
    else if (!strncmp(A, "--timeout-ms=", 13))
      TimeoutMs = (DWORD)strtoul(A + 13, NULL, 0);
    else {
      Say("unknown option '%s'", A);
      return 2;
    }
  }
  if ((Result = SetSettings(Name, Faults, WaitMs, HaveWait, CallLog, StandIn)))
    return Result;
  if (Device && !strcmp(Device, "auto"))
    NumBefore = ListDevices(Before, MAX_DEVICES);
  Manager = OpenManager();
  if (!Manager)
    return Fail("OpenSCManager");
  Service = OpenServiceW(Manager, WName, SERVICE_ALL_ACCESS);
  if (!Service)
    return Fail("OpenService");
  if (!StartServiceW(Service, 0, NULL)) {
    DWORD Error = GetLastError();
    /* The driver's DriverEntry failed: the system reports its status as
       the start's error. */
    if (QueryServiceStatus(Service, &Status) &&
        Status.dwCurrentState == SERVICE_STOPPED) {
      Say("DriverEntry failed: error %lu", (unsigned long)Error);
      return 0;
    }
    SetLastError(Error);
    return Fail("StartService");
  }
  State = WaitWhile(Service, SERVICE_START_PENDING, TimeoutMs, &Status);
  if (!State) {
    Say("DriverEntry did not return within %lu ms", (unsigned long)TimeoutMs);
    return 3;
  }
  if (State == SERVICE_STOPPED) {
    Say("DriverEntry failed: error %lu", (unsigned long)Status.dwWin32ExitCode);
    return 0;
  }
  Say("loaded");
  if (Device)
    SendRequests(Device, Codes, NumCodes, Write, Read);
  if (!Unload)
    return 0;
  if (!ControlService(Service, SERVICE_CONTROL_STOP, &Status))
    return Fail("stopping the service");
  State = WaitWhile(Service, SERVICE_STOP_PENDING, TimeoutMs, &Status);
  if (State != SERVICE_STOPPED) {
    Say("the unload routine did not return within %lu ms",
        (unsigned long)TimeoutMs);
    return 3;
  }
  Say("unloaded");
  CloseServiceHandle(Service);
  CloseServiceHandle(Manager);
  return 0;
}

int main(int Argc, char **Argv) {
  if (Argc == 4 && !strcmp(Argv[1], "install"))
    return Install(Argv[2], Argv[3]);
  if (Argc >= 3 && !strcmp(Argv[1], "run"))
    return Run(Argv[2], Argc - 3, Argv + 3);
  fputs("usage: wskshim_service install <service> <image path>\n"
        "       wskshim_service run <service> [options]\n",
        stderr);
  return 2;
}
