/* wskcheck WDK profile: mingw-w64's classpnp.h (the storage class driver
 * library), with the members of the functional device extension newer
 * class drivers use, then the names of the extended request block support
 * it lacks (wskcheck_classpnp_more.h). Its COMPLETION_CONTEXT, which holds
 * only a SCSI_REQUEST_BLOCK, is renamed away for the newer one that holds
 * either form.
 *
 * The added members are undocumented: declared from their use (the
 * miniport's descriptor and the size of the sense buffer). They follow
 * PrivateFdoData, the one place that name appears in mingw-w64's header.
 */
#ifndef WSKCHECK_WDK_CLASSPNP_H
#define WSKCHECK_WDK_CLASSPNP_H

#define PrivateFdoData                                                         \
  PrivateFdoData;                                                              \
  PSTORAGE_MINIPORT_DESCRIPTOR MiniportDescriptor;                             \
  UCHAR SenseDataLength;                                                       \
  struct _CLASS_FUNCTION_SUPPORT_INFO *FunctionSupportInfo;                    \
  struct _ADDITIONAL_FDO_DATA *AdditionalFdoData
/* The driver extension's request block forms (CLASS_SRB_*) follow
   DeviceCount; the power context's third power-down sequence follows the
   second. Undocumented: declared from their use. */
#define DeviceCount                                                            \
  DeviceCount;                                                                 \
  ULONG SrbSupport
typedef enum {
  PowerDownDeviceInitial3 = 0,
  PowerDownDeviceLocked3,
  PowerDownDeviceQuiesced3,
  PowerDownDeviceFlushed3,
  PowerDownDeviceStopped3,
  PowerDownDeviceOff3,
  PowerDownDeviceUnlocked3
} CLASS_POWER_DOWN_STATE3;
#define PowerDown2                                                             \
  PowerDown2;                                                                  \
  CLASS_POWER_DOWN_STATE3 PowerDown3
#define _COMPLETION_CONTEXT WSKCHECK_WDK_MINGW_COMPLETION_CONTEXT
#define COMPLETION_CONTEXT WSKCHECK_WDK_MINGW_COMPLETION_CONTEXT_T
#define PCOMPLETION_CONTEXT WSKCHECK_WDK_MINGW_PCOMPLETION_CONTEXT_T
#include_next <classpnp.h>
#undef PrivateFdoData
#undef DeviceCount
#undef PowerDown2
#undef _COMPLETION_CONTEXT
#undef COMPLETION_CONTEXT
#undef PCOMPLETION_CONTEXT
#include <wskcheck_classpnp_more.h>

#endif /* WSKCHECK_WDK_CLASSPNP_H */
