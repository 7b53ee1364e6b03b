/* wskcheck WDK profile: what a WPP trace message header (.tmh) provides,
 * with every trace call expanding to nothing.
 *
 * The WPP preprocessor (tracewpp) generates "<source>.tmh" during a WDK
 * build; on Linux there is none. wskcheck writes a stand-in for each .tmh a
 * source includes: this header, then one no-op macro for each trace function
 * the project configures (FUNC lines of begin_wpp config blocks,
 * <WppTraceFunction> of a .vcxproj). The arguments of a trace call are
 * dropped unevaluated: they may name the trace flags that only the real
 * .tmh declares. (A function whose parameters have WPP_..._PRE/_POST macros
 * in the project expands to those, around a call that traces nothing.)
 */
#ifndef WSKCHECK_WDK_WPP_H
#define WSKCHECK_WDK_WPP_H

#define WSKCHECK_WPP_NOOP(...) ((void)0)

/* Set-up and tear-down of tracing (kernel and user mode forms). */
#define WPP_INIT_TRACING(...) WSKCHECK_WPP_NOOP()
#define WPP_CLEANUP(...) WSKCHECK_WPP_NOOP()
#define WPP_INIT_RECORDER(...) WSKCHECK_WPP_NOOP()

/* The default trace function, and the level form most projects add. */
#ifndef DoTraceMessage
#define DoTraceMessage(...) WSKCHECK_WPP_NOOP()
#endif
#ifndef DoTraceLevelMessage
#define DoTraceLevelMessage(...) WSKCHECK_WPP_NOOP()
#endif

/* Tests of whether a flag or level is on: tracing is off. */
#ifndef WPP_LEVEL_ENABLED
#define WPP_LEVEL_ENABLED(...) 0
#endif
#ifndef WPP_FLAG_ENABLED
#define WPP_FLAG_ENABLED(...) 0
#endif

/* The control block of a trace flag's bit, as a project's _ENABLED and
 * _PRE macros read it (WPP_CONTROL(WPP_BIT_<flag>).Level) after a
 * WPP_LEVEL_ENABLED test: tracing is off, so it is never read. The bit's
 * name is dropped: only the real trace header declares it. */
typedef struct _WSKCHECK_WPP_CONTROL_BLOCK {
  unsigned char Level;
  unsigned long Flags[1];
} WSKCHECK_WPP_CONTROL_BLOCK;
#ifndef WPP_CONTROL
#define WPP_CONTROL(...) (*(const WSKCHECK_WPP_CONTROL_BLOCK *)0)
#endif

/* The in-flight recorder's default log handle. */
#ifndef WppRecorderLogGetDefault
#define WppRecorderLogGetDefault() ((void *)0)
#endif

/* Trace levels, normally from evntrace.h through the generated header. */
#ifndef TRACE_LEVEL_NONE
#define TRACE_LEVEL_NONE 0
#define TRACE_LEVEL_CRITICAL 1
#define TRACE_LEVEL_FATAL 1
#define TRACE_LEVEL_ERROR 2
#define TRACE_LEVEL_WARNING 3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE 5
#define TRACE_LEVEL_RESERVED6 6
#define TRACE_LEVEL_RESERVED7 7
#define TRACE_LEVEL_RESERVED8 8
#define TRACE_LEVEL_RESERVED9 9
#endif

#endif /* WSKCHECK_WDK_WPP_H */
