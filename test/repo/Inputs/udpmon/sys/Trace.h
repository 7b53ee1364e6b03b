/* WPP tracing: the trace function and its flags. */
#pragma once
#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(UdpMonTraceGuid,                                     \
                          (5c3b1f3e, 8d2a, 4e61, 9f0b, 6a7c8d9e0f12),          \
                          WPP_DEFINE_BIT(TRACE_DRIVER)                          \
                              WPP_DEFINE_BIT(TRACE_WSK))

// begin_wpp config
// FUNC UdpMonTrace(LEVEL, FLAGS, MSG, ...);
// end_wpp
