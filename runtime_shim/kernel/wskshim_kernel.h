/* The wskshim kernel environment: the shim core inside a real driver, on
 * Windows, in front of the real netio.sys.
 *
 * A driver is built with wskshim_kernel_redirect.h force-included into each
 * of its sources and linked with the wskshim_km library. Then:
 *  - its WskRegister/WskCaptureProviderNPI/WskReleaseProviderNPI/
 *    WskDeregister calls and calls through WSK_PROVIDER_DISPATCH go through
 *    the core, which forwards them to netio and reports violations;
 *  - its DriverEntry is renamed WskShimDriverEntry and the library's own
 *    DriverEntry runs it: the library reads the settings from the driver's
 *    service key, reports registrations left live when DriverEntry fails,
 *    and wraps the unload routine DriverEntry installed, to report those
 *    left live when it returns;
 *  - the calls a fault plan can fail go through the WskShimKm* wrappers
 *    below.
 *
 * Settings, in HKLM\System\CurrentControlSet\Services\<driver>\Parameters:
 *   WskShimFaults           REG_SZ     the fault plan (core/wskshim_plan.h)
 *   WskShimBugCheck         REG_DWORD  0: report only (default); 1: bug-check
 *                                      on violations that end the path (all
 *                                      but the two leak rules); 2: on every
 *                                      violation
 *   WskShimDeregisterWaitMs REG_DWORD  how long WskDeregister may wait for
 *                                      captures before it counts as never
 *                                      returning (default 5000)
 *   WskShimCallLog          REG_DWORD  1: print a line for each call a plan
 *                                      could fail, with the caller's stack
 *                                      ("wskshim: call ..."; what
 *                                      wskcheck-confirm --kernel reads)
 *   WskShimStandIn          REG_DWORD  1: a datagram WskSocket that netio
 *                                      answers STATUS_NOT_IMPLEMENTED gets
 *                                      a socket of the shim's that carries
 *                                      no traffic, printed as "wskshim:
 *                                      stand-in: ..." (for Wine's netio;
 *                                      default 0, see wskshim_standin.c)
 *
 * Reports go to the kernel debugger through DbgPrintEx, one line each, in
 * the host build's format:
 *   wskshim: <file>:<line>: <rule>: <message>
 */
#ifndef WSKSHIM_KERNEL_H
#define WSKSHIM_KERNEL_H

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The bug check a violation raises when WskShimBugCheck asks for it:
 *   Parameter 1  the rule: its position in the catalog, from 1
 *                (1 wsk.MissingDeregister ... 9 wsk.CaptureWithoutRegister)
 *   Parameter 2  the source file name (an ANSI string: "da" in WinDbg)
 *   Parameter 3  the source line
 *   Parameter 4  the report's message (an ANSI string) */
#define WSKSHIM_BUGCHECK_CODE 0x57534B53u /* 'WSKS' */

/* The driver's own DriverEntry, renamed by the forced-include header. */
DRIVER_INITIALIZE WskShimDriverEntry;

/* Set by a framework the image carries itself (wskshim_kmdf.c, under
   Wine): what it does when the driver's DriverEntry fails, before the leaks
   are reported (KMDF deletes its driver object, running its cleanup
   callbacks). NULL: nothing. */
extern void (*WskShimKmDriverEntryFailed)(void);

/* The calls the kernel environment can fail. Each consults the fault plan
   and, unless the plan fails the call, calls the real function. */
NTSTATUS WskShimKmIoCreateDevice(PDRIVER_OBJECT DriverObject,
                                 ULONG DeviceExtensionSize,
                                 PUNICODE_STRING DeviceName,
                                 DEVICE_TYPE DeviceType,
                                 ULONG DeviceCharacteristics, BOOLEAN Exclusive,
                                 PDEVICE_OBJECT *DeviceObject);
NTSTATUS WskShimKmIoCreateSymbolicLink(PUNICODE_STRING SymbolicLinkName,
                                       PUNICODE_STRING DeviceName);
PIRP WskShimKmIoAllocateIrp(CCHAR StackSize, BOOLEAN ChargeQuota);
PMDL WskShimKmIoAllocateMdl(PVOID VirtualAddress, ULONG Length,
                            BOOLEAN SecondaryBuffer, BOOLEAN ChargeQuota,
                            PIRP Irp);
PIO_WORKITEM WskShimKmIoAllocateWorkItem(PDEVICE_OBJECT DeviceObject);
PVOID WskShimKmExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                     ULONG Tag);
#ifdef POOL_FLAG_NON_PAGED /* WDKs that have ExAllocatePool2 */
PVOID WskShimKmExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes,
                               ULONG Tag);
#endif

#ifdef __cplusplus
}
#endif

#endif /* WSKSHIM_KERNEL_H */
