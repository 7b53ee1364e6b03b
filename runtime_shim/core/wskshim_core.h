/* The wskshim core: the run-time WSK lifecycle state machine.
 *
 * Plain C99 with no C runtime beyond what a kernel offers (no allocation, no
 * stdio): fixed-size tables, and everything environment-specific (reporting,
 * locking, threads, sleeping, fault injection) goes through a WskShimEnv the
 * environment installs once. The same core runs in the host build (Linux
 * process, provider simulator) and in the kernel build (real netio).
 *
 * The driver never calls these functions by name: wskshim_redirect.h, force-
 * included into every driver source, turns its WskRegister / WskCapture-
 * ProviderNPI / WskReleaseProviderNPI / WskDeregister calls into the
 * WskShim* entry points below, adding the call's file and line.
 *
 * Rule semantics follow docs/DESIGN "Rules"; rule names come from the
 * catalog (checker/catalog/WskRules.def), never from this code.
 */
#ifndef WSKSHIM_CORE_H
#define WSKSHIM_CORE_H

#include <wsk.h>

#include "WskRules.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Capacity of the fixed tables. */
#define WSKSHIM_MAX_REGISTRATIONS 64
#define WSKSHIM_MAX_THREADS 64
/* Sockets the core tracks (open ones, and closed ones kept so that a later
   use is recognised), and socket-creating requests still in flight. */
#define WSKSHIM_MAX_SOCKETS 256
#define WSKSHIM_MAX_PENDING_CREATES 64
/* Longest report message, including the terminator. */
#define WSKSHIM_MESSAGE_SIZE 320

/* What the environment provides. Every callback is required. */
typedef struct WskShimEnv {
  void *Context;
  /* One violation. Called with the core lock held; must not call back into
     the core. */
  void (*Report)(void *Context, WskRuleId Rule, const char *File, int Line,
                 const char *Message);
  /* Called after a violation that ends the path (every rule but the two
     leak rules): the call would crash, hang or corrupt the provider. The
     host ends the run here; if it returns (keep-going mode), the core fails
     the offending call instead of forwarding it. Lock not held. */
  void (*PathEnded)(void *Context, WskRuleId Rule);
  /* An identifier of the calling thread, unique among live threads. */
  ULONG_PTR (*CurrentThread)(void *Context);
  void (*Lock)(void *Context);
  void (*Unlock)(void *Context);
  /* Sleep; used to poll while WskDeregister waits for captures. */
  void (*Sleep)(void *Context, ULONG Milliseconds);
  /* Fault injection: a failure status makes this call of Function fail
     without reaching the provider; STATUS_SUCCESS lets it through. */
  NTSTATUS (*InjectFault)(void *Context, const char *Function);
  /* How long WskDeregister waits for other threads to release captures
     before reporting wsk.DeregisterWhileCaptured (it would never return). */
  ULONG DeregisterWaitMs;
  /* Whether the wrapped dispatch entries ask InjectFault before forwarding
     (WskSocket, WskSocketConnect, WskControlClient, WskGetAddressInfo,
     WskGetNameInfo). An environment with a provider of its own (the host
     simulator) injects there instead and leaves this FALSE. */
  BOOLEAN FaultDispatch;
  /* Optional (NULL: none). The provider dispatch a successful capture's
     calls are forwarded to, given the one the provider returned: the
     kernel build under Wine puts stand-ins there for socket kinds Wine's
     netio lacks (kernel/wskshim_standin.c). Called without the core lock. */
  const WSK_PROVIDER_DISPATCH *(*ProviderDispatch)(
      void *Context, const WSK_PROVIDER_DISPATCH *Dispatch);
} WskShimEnv;

/* Installs the environment and clears all state. */
void WskShimCoreInit(const WskShimEnv *Env);

/* The four client functions, with the call site. */
NTSTATUS WskShimRegister(PWSK_CLIENT_NPI WskClientNpi,
                         PWSK_REGISTRATION WskRegistration, const char *File,
                         int Line);
NTSTATUS WskShimCaptureProviderNPI(PWSK_REGISTRATION WskRegistration,
                                   ULONG WaitTimeout,
                                   PWSK_PROVIDER_NPI WskProviderNpi,
                                   const char *File, int Line);
VOID WskShimReleaseProviderNPI(PWSK_REGISTRATION WskRegistration,
                               const char *File, int Line);
VOID WskShimDeregister(PWSK_REGISTRATION WskRegistration, const char *File,
                       int Line);

/* The same four functions taking the call site noted just before by
   WskShimNoteSite() on this thread. The redirect header uses these: an
   object-like macro, WskRegister -> (WskShimNoteSite(__FILE__, __LINE__),
   WskShimNotedRegister), expands at the function name, so __LINE__ is the
   line of the name with every compiler even when the call spans lines. */
void WskShimNoteSite(const char *File, int Line);
NTSTATUS WskShimNotedRegister(PWSK_CLIENT_NPI WskClientNpi,
                              PWSK_REGISTRATION WskRegistration);
NTSTATUS WskShimNotedCaptureProviderNPI(PWSK_REGISTRATION WskRegistration,
                                        ULONG WaitTimeout,
                                        PWSK_PROVIDER_NPI WskProviderNpi);
VOID WskShimNotedReleaseProviderNPI(PWSK_REGISTRATION WskRegistration);
VOID WskShimNotedDeregister(PWSK_REGISTRATION WskRegistration);

/* Notes the call site of a call through a provider dispatch table, for the
   wrapped entry that receives it; returns Client unchanged. The redirect
   header wraps the first argument of every WSK_PROVIDER_DISPATCH call in
   this. A Client that no capture handed out means the NPI was never
   captured: reported here, before the call goes through a dispatch pointer
   that is most likely NULL. */
PWSK_CLIENT WskShimDispatchSite(PWSK_CLIENT Client, const char *File, int Line);

/* Notes the call site of a call through a socket's dispatch table (the
   basic, listen, datagram, connection or stream dispatch) for the wrapped
   entry that receives it; returns Socket unchanged. The redirect header
   wraps the first argument of every socket dispatch call in this. */
PWSK_SOCKET WskShimSocketSite(PWSK_SOCKET Socket, const char *File, int Line);

/* Sockets created under the registration at WskRegistration that are still
   open (WskCloseSocket not called). */
ULONG WskShimOpenSockets(PWSK_REGISTRATION WskRegistration);

/* The file and line of the client-function call the calling thread is in,
   or NULL/0; lets the environment's provider name the caller when it
   reports (for example a WskDeregister that never returns). */
void WskShimCurrentCallSite(const char **File, int *Line);

/* Lifecycle points the environment's harness signals. Each reports the
   leak rules for registrations still live, at the site of their
   WskRegister call (the run-time cannot see the return statement). */
void WskShimDriverEntryReturned(NTSTATUS Status);
void WskShimUnloadReturned(void);
/* Memory [Base, Base + Size) is gone (freed, deleted, out of scope): any
   live registration in it can never be deregistered. How says how, File and
   Line where (the free call), or NULL/0 to use the registration site. */
void WskShimObjectLost(const void *Base, SIZE_T Size, const char *How,
                       const char *File, int Line);

/* Live registrations whose object lies in [Base, Base + Size). */
ULONG WskShimLiveRegistrationsIn(const void *Base, SIZE_T Size);
/* Violations reported so far. */
ULONG WskShimViolationCount(void);

#ifdef __cplusplus
}
#endif

#endif /* WSKSHIM_CORE_H */
