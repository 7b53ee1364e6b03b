/* WPP tracing set-up, as a driver project's trace header has it: the
 * control GUID and flags, and the trace functions the WPP preprocessor is
 * told to generate (the begin_wpp config block). */
#pragma once

#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(NetTraceGuid,                                        \
                          (b7e1d0c4, 5a3f, 4c2e, 8d19, 0e6f2a7c9b31),          \
                          WPP_DEFINE_BIT(TRACE_DRIVER)                         \
                              WPP_DEFINE_BIT(TRACE_SOCKET))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags)                                    \
  (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

//
// begin_wpp config
// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
// FUNC TraceSocket{LEVEL=TRACE_LEVEL_VERBOSE, FLAGS=TRACE_SOCKET}(MSG, ...);
// end_wpp
//
