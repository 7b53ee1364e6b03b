/* A trace header shared by a solution's drivers, in a folder of its own
 * that the project names as its WPP scan configuration: "return if failed"
 * trace functions whose PRE and POST macros test the status and return it,
 * as WPP's documentation shows for trace statements inside a macro. */
#pragma once

#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(DrvTraceGuid,                                        \
                          (3c1f0a2e, 6b4d, 4e8f, 9a17, 5d2c8e0b4f61),          \
                          WPP_DEFINE_BIT(FLAG_INIT))

#define WPP_LEVEL_FLAGS_ENABLED(lvl, flags)                                    \
  (WPP_LEVEL_ENABLED(flags) && WPP_CONTROL(WPP_BIT_##flags).Level >= lvl)
#define WPP_LEVEL_FLAGS_LOGGER(lvl, flags) WPP_LEVEL_LOGGER(flags)

#define WPP_LEVEL_FLAGS_RETSTATUS_PRE(LEVEL, FLAGS, RETSTATUS)                 \
  do {                                                                         \
    NTSTATUS __statusRet = (RETSTATUS);                                        \
    if (!NT_SUCCESS(__statusRet)) {
#define WPP_LEVEL_FLAGS_RETSTATUS_POST(LEVEL, FLAGS, RETSTATUS)                \
  ;                                                                            \
  return __statusRet;                                                          \
  }                                                                            \
  }                                                                            \
  while (0)

/* A PRE that reads the flag's control block, as projects test the level
   before logging. */
#define WPP_LEVEL_FLAGS_STATUS_PRE(LEVEL, FLAGS, STATUS)                       \
  {                                                                            \
    BOOLEAN bEnabled = WPP_LEVEL_FLAGS_ENABLED(LEVEL, FLAGS);                  \
    UNREFERENCED_PARAMETER(bEnabled);
#define WPP_LEVEL_FLAGS_STATUS_POST(LEVEL, FLAGS, STATUS) ;}

// begin_wpp config
// FUNC RETURN_NTSTATUS_IF_FAILED{LEVEL=TRACE_LEVEL_ERROR,FLAGS=FLAG_INIT}(RETSTATUS);
// FUNC TRACE_STATUS{LEVEL=TRACE_LEVEL_VERBOSE}(FLAGS,STATUS,MSG,...);
// FUNC DrvLogInfo{LEVEL=TRACE_LEVEL_INFORMATION}(FLAGS,MSG,...);
// end_wpp
