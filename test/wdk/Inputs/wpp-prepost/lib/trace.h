/* WPP set-up of a driver whose trace functions also check statuses: WPP
 * wraps each call of RETURN_IF_FAILED_STATUS in the project's
 * WPP_FLAG_LEVEL_NTSTATUS_PRE/_POST macros, which return the status when it
 * is a failure. LogError is declared in the short form, without FUNC. */
#pragma once

#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(PrepostTraceGuid,                                    \
                          (3f1c2a9e, 7b4d, 4e61, 9a2c, 5d8e0f1b7c43),          \
                          WPP_DEFINE_BIT(FLAG_DRIVER))

#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)
#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags)                                    \
  (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)

// begin_wpp config
// LogError{LEVEL=TRACE_LEVEL_ERROR}(FLAGS, MSG, ...);
// end_wpp

// begin_wpp config
// USEPREFIX (RETURN_IF_FAILED_STATUS, "%!STATUS!", st__wpp);
// FUNC RETURN_IF_FAILED_STATUS{FLAG=FLAG_DRIVER,LEVEL=TRACE_LEVEL_ERROR}(NTSTATUS);
// end_wpp

#define WPP_FLAG_LEVEL_NTSTATUS_PRE(flag, level, status)                       \
  do {                                                                         \
    NTSTATUS st__wpp = (status);                                               \
    if (!NT_SUCCESS(st__wpp)) {
#define WPP_FLAG_LEVEL_NTSTATUS_POST(flag, level, status)                      \
  ;                                                                            \
  return st__wpp;                                                              \
  }                                                                            \
  }                                                                            \
  while (0)
