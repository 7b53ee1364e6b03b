/* wskshim forced-include header for the kernel build: force-include it into
 * every source of the driver (cl /FI, gcc -include) and link the driver
 * with the wskshim_km library. See wskshim_kernel.h.
 *
 * On top of the shared redirections (core/wskshim_redirect.h: the four WSK
 * client functions, the provider dispatch calls, the pool and device frees)
 * it renames the driver's DriverEntry, so the library's DriverEntry can run
 * it, and sends the calls a fault plan can fail to the environment.
 */
#ifndef WSKSHIM_KERNEL_REDIRECT_H
#define WSKSHIM_KERNEL_REDIRECT_H

#include "wskshim_redirect.h"

#include "wskshim_kernel.h"

#define DriverEntry WskShimDriverEntry

/* Object-like, so a call written over several lines, or the address of
   the function, is redirected too. */
#undef IoCreateDevice
#undef IoCreateSymbolicLink
#undef IoAllocateIrp
#undef IoAllocateMdl
#undef IoAllocateWorkItem
#undef ExAllocatePoolWithTag
#define IoCreateDevice WskShimKmIoCreateDevice
#define IoCreateSymbolicLink WskShimKmIoCreateSymbolicLink
#define IoAllocateIrp WskShimKmIoAllocateIrp
#define IoAllocateMdl WskShimKmIoAllocateMdl
#define IoAllocateWorkItem WskShimKmIoAllocateWorkItem
/* ExAllocatePool, where the WDK defines it as a macro around
   ExAllocatePoolWithTag, lands here as well. */
#define ExAllocatePoolWithTag WskShimKmExAllocatePoolWithTag
#ifdef POOL_FLAG_NON_PAGED
#undef ExAllocatePool2
#define ExAllocatePool2 WskShimKmExAllocatePool2
#endif

#endif /* WSKSHIM_KERNEL_REDIRECT_H */
