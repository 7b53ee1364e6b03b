/* Stand-ins for what the WSK provider does not implement, for the kernel
 * build under Wine (wskcheck-confirm --kernel): see wskshim_standin.c.
 * Internal to the wskshim_km library.
 */
#ifndef WSKSHIM_STANDIN_H
#define WSKSHIM_STANDIN_H

#include <ntddk.h>
#include <wsk.h>

/* Clears the stand-ins' state; DriverEntry calls it before anything else. */
void WskShimStandInInit(void);

/* The provider dispatch to forward to instead of Dispatch (the one netio
   returned from a capture): the same table, except that a WskSocket netio
   answers STATUS_NOT_IMPLEMENTED for a datagram socket gets a stand-in
   socket of the shim's. Every stand-in call is printed through DbgPrintEx
   as "wskshim: stand-in: <Function>: <what the shim did>". */
const WSK_PROVIDER_DISPATCH *
WskShimStandInDispatch(const WSK_PROVIDER_DISPATCH *Dispatch);

#endif /* WSKSHIM_STANDIN_H */
