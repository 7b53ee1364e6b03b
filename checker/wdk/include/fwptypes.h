/* wskcheck WDK profile: fwptypes.h, the base types of the Windows Filtering
 * Platform (FWP_VALUE0, FWP_CONDITION_VALUE0, FWP_BYTE_BLOB, the action and
 * data-type constants) that fwpmk.h and fwpsk.h build on.
 *
 * mingw-w64's fwptypes.h has them, but it is generated for user mode: it
 * starts with rpc.h, rpcndr.h, windows.h, ole2.h and wtypes.h, which cannot
 * compile after the kernel headers. In a kernel-mode file (ntdef.h seen,
 * winnt.h not) those includes are held off for the length of the include and
 * the few Windows types the FWP types use (SID, SID_AND_ATTRIBUTES,
 * FILETIME, BYTE, DWORD) come from here instead, as the WDK's kernel build
 * of the same header takes them from its own wtypesbase.h. Elsewhere it is
 * mingw-w64's header unchanged.
 */
#ifndef WSKCHECK_WDK_FWPTYPES_H
#define WSKCHECK_WDK_FWPTYPES_H

#if defined(_NTDEF_) && !defined(_WINNT_)
#include <wskcheck_wdk_fwpkm.h>
#pragma push_macro("__RPC_H__")
#pragma push_macro("__RPCNDR_H__")
#pragma push_macro("__wtypes_h__")
#pragma push_macro("COM_NO_WINDOWS_H")
#pragma push_macro("RPC_NO_WINDOWS_H")
#define __RPC_H__
#define __RPCNDR_H__
#define __wtypes_h__
#define COM_NO_WINDOWS_H
#define RPC_NO_WINDOWS_H
#include_next <fwptypes.h>
#pragma pop_macro("RPC_NO_WINDOWS_H")
#pragma pop_macro("COM_NO_WINDOWS_H")
#pragma pop_macro("__wtypes_h__")
#pragma pop_macro("__RPCNDR_H__")
#pragma pop_macro("__RPC_H__")
#else
#include_next <fwptypes.h>
#endif

#endif /* WSKCHECK_WDK_FWPTYPES_H */
