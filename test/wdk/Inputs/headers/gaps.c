/* The kernel names mingw-w64's headers lack, and the fixes to the ones it
   gets wrong, as a driver uses them (C). */
#include <ntstrsafe.h> /* before wdm.h, as some drivers include it */
#define RTL_USE_AVL_TABLES 0
#include <ntifs.h>
#include <ntddk.h>
#include <netioddk.h>
#include <ws2def.h>
#include <ws2ipdef.h>
#include <mstcpip.h>
#include <ip2string.h>
#include <intsafe.h>
#include <TraceLoggingProvider.h>

TRACELOGGING_DECLARE_PROVIDER(g_Provider);
TRACELOGGING_DEFINE_PROVIDER(g_Provider, "Contoso.GapsDriver",
                             (0x5a1b2c3d, 0x1111, 0x2222, 0x33, 0x44, 0x55,
                              0x66, 0x77, 0x88, 0x99, 0xaa));

static const NPIID g_NpiId = {0x2227e803, 0x8d8b, 0x11d4,
                              {0xab, 0xad, 0x00, 0x90, 0x27, 0x71, 0x9e, 0x09}};
static PNPIID g_NpiIdPointer = &g_NpiId; /* PNPIID is const NPIID * */

static LONG volatile g_Flag;
static SHORT volatile g_Short;
static RTL_GENERIC_COMPARE_ROUTINE CompareEntries;
static RTL_GENERIC_ALLOCATE_ROUTINE AllocateEntry;
static RTL_GENERIC_FREE_ROUTINE FreeEntry;

static RTL_GENERIC_COMPARE_RESULTS NTAPI CompareEntries(PRTL_AVL_TABLE Table,
                                                       PVOID First,
                                                       PVOID Second) {
  UNREFERENCED_PARAMETER(Table);
  return First < Second ? GenericLessThan : GenericGreaterThan;
}
static PVOID NTAPI AllocateEntry(PRTL_AVL_TABLE Table, CLONG Size) {
  UNREFERENCED_PARAMETER(Table);
  return ExAllocatePool2(POOL_FLAG_NON_PAGED, Size, 'tseT');
}
static VOID NTAPI FreeEntry(PRTL_AVL_TABLE Table, PVOID Buffer) {
  UNREFERENCED_PARAMETER(Table);
  ExFreePoolWithTag(Buffer, 'tseT');
}

static NTSTATUS UseNames(const ULONG Code, PMDL Mdl) {
  PVOID Mapped;
  IN_PKTINFO Info4;
  IN6_PKTINFO Info6;
  IN_RECVERR Error;
  COMPARTMENT_ID Compartment = DEFAULT_COMPARTMENT_ID;
  ULONG Ioctl = SIO_QUERY_RSS_SCALABILITY_INFO;
  RSS_SCALABILITY_INFO Rss;
  CHAR Text[16];
  IN_ADDR Address;
  PCSTR Terminator;
  ULONG Sum;
  PKENLISTMENT Enlistment = NULL;
  PKTRANSACTION Transaction = NULL;
  DRIVER_REGKEY_TYPE KeyType = DriverRegKeyParameters;
  RTL_SPLAY_LINKS Links;

  UNREFERENCED_PARAMETER(Code); /* a const parameter */
  Mapped = MmMapLockedPagesSpecifyCache(Mdl, KernelMode, MmCached, NULL, FALSE,
                                        NormalPagePriority |
                                            MdlMappingNoExecute);
  if (Mapped == NULL)
    RtlFailFast(FAST_FAIL_INVALID_ARG);
  (void)POOL_NX_ALLOCATION;
  (void)InterlockedCompareExchange16(&g_Short, 1, 0);
  WriteNoFence(&g_Flag, ReadNoFence(&g_Flag) + 1);
  (void)InterlockedIncrementNoFence(&g_Flag);
  (void)InterlockedOrNoFence(&g_Flag, 2);
  (void)ReadULongAcquire((ULONG const volatile *)&g_Flag);
  WritePointerRelease((PVOID volatile *)&Mapped, NULL);
  RtlIpv4StringToAddressA("192.0.2.1", TRUE, &Terminator, &Address);
  RtlIpv4AddressToStringA(&Address, Text);
  (void)ULongAdd(1, 2, &Sum);
  TraceLoggingWrite(g_Provider, "Used", TraceLoggingValue(Sum, "Sum"));
  (void)Info4; (void)Info6; (void)Error; (void)Compartment; (void)Ioctl;
  (void)Rss; (void)Enlistment; (void)Transaction; (void)KeyType; (void)Links;
  (void)g_NpiIdPointer;
  return STATUS_SUCCESS;
}

/* Old-style SAL, as older drivers write it. */
static NTSTATUS OldSal(__in ULONG Length,
                       __out_bcount_part_opt(Length, *Written) PUCHAR Buffer,
                       __out_opt PULONG Written,
                       __in_ecount(2) const ULONG *Pair,
                       __out_data_source(NETWORK) PVOID Source) {
  UNREFERENCED_PARAMETER(Length);
  UNREFERENCED_PARAMETER(Buffer);
  UNREFERENCED_PARAMETER(Written);
  UNREFERENCED_PARAMETER(Pair);
  UNREFERENCED_PARAMETER(Source);
  return STATUS_SUCCESS;
}

/* C's structured exception handling keywords without underscores (C++ has
   its own try). */
#ifndef __cplusplus
static NTSTATUS Guarded(PULONG P) {
  NTSTATUS Status = STATUS_SUCCESS;
  try {
    *P = 1;
  } except (EXCEPTION_EXECUTE_HANDLER) {
    Status = GetExceptionCode();
  }
  return Status;
}
#endif

EXTERN_C_START
DRIVER_INITIALIZE DriverEntry;
EXTERN_C_END

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  ULONG Value = 0;
  (void)Value;
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(Path);
  TraceLoggingRegister(g_Provider);
  (void)UseNames(0, NULL);
  (void)OldSal(0, NULL, NULL, NULL, NULL);
#ifndef __cplusplus
  (void)Guarded(&Value);
#endif
  TraceLoggingUnregister(g_Provider);
  return STATUS_SUCCESS;
}
