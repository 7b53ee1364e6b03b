/* wskcheck WDK profile: iketypes.h, the IKE and AuthIP types that
 * fwpmtypes.h (and so fwpmk.h) includes. Like fwptypes.h, mingw-w64's copy
 * is generated for user mode and starts with rpc.h and windows.h; in a
 * kernel-mode file those are held off for the length of the include, with
 * the Windows types it needs taken from the profile's kernel-mode set.
 */
#ifndef WSKCHECK_WDK_IKETYPES_H
#define WSKCHECK_WDK_IKETYPES_H

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
#include_next <iketypes.h>
#pragma pop_macro("RPC_NO_WINDOWS_H")
#pragma pop_macro("COM_NO_WINDOWS_H")
#pragma pop_macro("__wtypes_h__")
#pragma pop_macro("__RPCNDR_H__")
#pragma pop_macro("__RPC_H__")
#else
#include_next <iketypes.h>
#endif

#endif /* WSKCHECK_WDK_IKETYPES_H */
