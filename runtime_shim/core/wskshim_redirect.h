/* wskshim forced-include header: puts the shim between a driver and WSK
 * without changing the driver's source.
 *
 *   cc -I runtime_shim/include -I checker/catalog \
 *      -include runtime_shim/core/wskshim_redirect.h driver.c ...
 *
 * It includes the kernel and WSK headers first (so their prototypes are
 * seen before the macros below exist), then redirects:
 *  - the four WSK client functions to the shim core, recording the call's
 *    __FILE__ and __LINE__ first;
 *  - every call through a WSK_PROVIDER_DISPATCH member (Dispatch->WskSocket
 *    (...) and the other five): a function-like macro named after the member
 *    wraps the call's first argument, the Client, in WskShimDispatchSite(),
 *    which records the call site before the call happens (arguments are
 *    evaluated before the call) and checks that Client came from a capture.
 *    The wrapped dispatch entry the call lands in reports at that site. A
 *    call through a copied function pointer (PFN_WSK_SOCKET f = ...; f(...))
 *    is not seen by the macro: it is still checked, but reported without a
 *    call site (file "<unknown>", line 0);
 *  - every call through a socket's dispatch table (WskCloseSocket, WskSend,
 *    ... : the members of the basic, listen, datagram, connection and
 *    stream dispatch) the same way, wrapping the socket argument in
 *    WskShimSocketSite(); the socket the driver holds is the core's, whose
 *    Dispatch is the core's wrapped table;
 *  - ExFreePoolWithTag, ExFreePool and IoDeleteDevice, so that freeing
 *    memory that holds a live WSK_REGISTRATION is reported where it happens
 *    (wsk.MissingDeregister). The environment defines the WskShim* versions.
 *
 * Line numbers: the four client functions are object-like macros, so a
 * report names the line of the function name even when the call spans
 * several lines. The dispatch members must stay function-like (they follow
 * "->"); for a dispatch call spanning several lines gcc gives the line of
 * the member name and clang the line of the closing parenthesis.
 */
#ifndef WSKSHIM_REDIRECT_H
#define WSKSHIM_REDIRECT_H

#include <ntddk.h>
#include <wsk.h>

#include "wskshim_core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Defined by the environment (host: runtime_shim/host). */
VOID WskShimExFreePoolWithTag(PVOID P, ULONG Tag, const char *File, int Line);
VOID WskShimExFreePool(PVOID P, const char *File, int Line);
VOID WskShimIoDeleteDevice(PDEVICE_OBJECT DeviceObject, const char *File,
                           int Line);

#ifdef __cplusplus
}
#endif

/* Object-like, so __LINE__ is the line of the function name with every
   compiler (see WskShimNoteSite). */
#define WskRegister (WskShimNoteSite(__FILE__, __LINE__), WskShimNotedRegister)
#define WskCaptureProviderNPI                                                  \
  (WskShimNoteSite(__FILE__, __LINE__), WskShimNotedCaptureProviderNPI)
#define WskReleaseProviderNPI                                                  \
  (WskShimNoteSite(__FILE__, __LINE__), WskShimNotedReleaseProviderNPI)
#define WskDeregister                                                          \
  (WskShimNoteSite(__FILE__, __LINE__), WskShimNotedDeregister)

/* A macro does not expand inside its own expansion, so each member name
   below stays a plain member access after the first argument is wrapped. */
#define WSKSHIM_SITE(Client) WskShimDispatchSite((Client), __FILE__, __LINE__)
#define WskSocket(Client, ...) WskSocket(WSKSHIM_SITE(Client), __VA_ARGS__)
#define WskSocketConnect(Client, ...)                                          \
  WskSocketConnect(WSKSHIM_SITE(Client), __VA_ARGS__)
#define WskControlClient(Client, ...)                                          \
  WskControlClient(WSKSHIM_SITE(Client), __VA_ARGS__)
#define WskGetAddressInfo(Client, ...)                                         \
  WskGetAddressInfo(WSKSHIM_SITE(Client), __VA_ARGS__)
#define WskFreeAddressInfo(Client, ...)                                        \
  WskFreeAddressInfo(WSKSHIM_SITE(Client), __VA_ARGS__)
#define WskGetNameInfo(Client, ...)                                            \
  WskGetNameInfo(WSKSHIM_SITE(Client), __VA_ARGS__)

/* The same for the socket dispatch tables: the first argument is the
   socket, wrapped in WskShimSocketSite(). */
#define WSKSHIM_SOCKET_SITE(Socket)                                            \
  WskShimSocketSite((Socket), __FILE__, __LINE__)
#define WskControlSocket(Socket, ...)                                          \
  WskControlSocket(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskCloseSocket(Socket, ...)                                            \
  WskCloseSocket(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskBind(Socket, ...) WskBind(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskAccept(Socket, ...)                                                 \
  WskAccept(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskInspectComplete(Socket, ...)                                        \
  WskInspectComplete(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskGetLocalAddress(Socket, ...)                                        \
  WskGetLocalAddress(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskGetRemoteAddress(Socket, ...)                                       \
  WskGetRemoteAddress(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskConnect(Socket, ...)                                                \
  WskConnect(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskListen(Socket, ...)                                                 \
  WskListen(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskSend(Socket, ...) WskSend(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskReceive(Socket, ...)                                                \
  WskReceive(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskDisconnect(Socket, ...)                                             \
  WskDisconnect(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskRelease(Socket, ...)                                                \
  WskRelease(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskSendTo(Socket, ...)                                                 \
  WskSendTo(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskReceiveFrom(Socket, ...)                                            \
  WskReceiveFrom(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskSendMessages(Socket, ...)                                           \
  WskSendMessages(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskConnectEx(Socket, ...)                                              \
  WskConnectEx(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskSendEx(Socket, ...)                                                 \
  WskSendEx(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)
#define WskReceiveEx(Socket, ...)                                              \
  WskReceiveEx(WSKSHIM_SOCKET_SITE(Socket), __VA_ARGS__)

#undef ExFreePoolWithTag
#undef ExFreePool
#undef IoDeleteDevice
#define ExFreePoolWithTag(P, Tag)                                              \
  WskShimExFreePoolWithTag((P), (Tag), __FILE__, __LINE__)
#define ExFreePool(P) WskShimExFreePool((P), __FILE__, __LINE__)
#define IoDeleteDevice(DeviceObject)                                           \
  WskShimIoDeleteDevice((DeviceObject), __FILE__, __LINE__)

#endif /* WSKSHIM_REDIRECT_H */
