/* wskcheck WDK profile: storswtr.h, the WPP trace set-up the storage class
 * drivers share (disk, classpnp, MPIO DSMs).
 *
 * Undocumented: declared from its use. A driver includes it, defines
 * WPP_CONTROL_GUIDS as WPP_CONTROL_GUIDS_NORMAL_FLAGS(<its GUID>), and
 * includes its generated .tmh under DEBUG_USE_WPP, which this header
 * defines for a build with WPP tracing on (the drivers' projects turn WPP
 * on; DEBUG_USE_KDPRINT asks for debugger prints instead). The trace flags
 * (TRACE_FLAG_PNP, ...) reach only the TracePrint calls, whose arguments
 * the profile's .tmh stand-ins drop unevaluated, so the control GUID macro
 * expands to nothing here.
 */
#ifndef WSKCHECK_WDK_STORSWTR_H
#define WSKCHECK_WDK_STORSWTR_H

#if !defined(DEBUG_USE_KDPRINT) && !defined(DEBUG_USE_WPP)
#define DEBUG_USE_WPP
#endif

#define WPP_CONTROL_GUIDS_NORMAL_FLAGS(_GUID)

#endif /* WSKCHECK_WDK_STORSWTR_H */
