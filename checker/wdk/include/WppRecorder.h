/* wskcheck WDK profile: WppRecorder.h, the WPP in-flight trace recorder
 * (IFR), written from its documentation: the log handle, the parameters of
 * a driver's own logs and of the default log, and the routines that create,
 * configure and delete them. Declarations only: trace messages compile to
 * nothing under the profile (wskcheck_wpp.h), so nothing is ever recorded.
 */
#ifndef WSKCHECK_WDK_WPPRECORDER_H
#define WSKCHECK_WDK_WPPRECORDER_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _WPP_RECORDER_TRI_STATE {
  WppRecorderFalse = FALSE,
  WppRecorderTrue = TRUE,
  WppRecorderUseDefault = 2
} WPP_RECORDER_TRI_STATE, *PWPP_RECORDER_TRI_STATE;

DECLARE_HANDLE(RECORDER_LOG);

#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16
#define RECORDER_LOG_DEFAULT_BUFFER_SIZE 1024
#define RECORDER_LOG_DEFAULT_ERR_PARTITION_SIZE 200

typedef struct _RECORDER_LOG_CREATE_PARAMS {
  ULONG Size;
  ULONG LogTag;
  ULONG TotalBufferSize;
  ULONG ErrorPartitionSize;
  ULONG_PTR LogIdentifierAppendValue;
  BOOLEAN LogIdentifierAppendValueSet;
  ULONG LogIdentifierSize;
  CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
  WPP_RECORDER_TRI_STATE UseTimeStamp;
  WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;

/* Default sizes, no time stamps unless the INF asks, and the identifier
   (at most RECORDER_LOG_IDENTIFIER_MAX_CHARS - 1 characters) if given. */
FORCEINLINE VOID RECORDER_LOG_CREATE_PARAMS_INIT(
    PRECORDER_LOG_CREATE_PARAMS Params, PSTR LogIdentifier) {
  ULONG i;
  RtlZeroMemory(Params, sizeof(RECORDER_LOG_CREATE_PARAMS));
  Params->Size = sizeof(RECORDER_LOG_CREATE_PARAMS);
  Params->TotalBufferSize = RECORDER_LOG_DEFAULT_BUFFER_SIZE;
  Params->ErrorPartitionSize = RECORDER_LOG_DEFAULT_ERR_PARTITION_SIZE;
  Params->LogIdentifierSize = sizeof(Params->LogIdentifier);
  Params->UseTimeStamp = WppRecorderUseDefault;
  Params->PreciseTimeStamp = WppRecorderUseDefault;
  if (LogIdentifier != NULL) {
    for (i = 0; i + 1 < RECORDER_LOG_IDENTIFIER_MAX_CHARS && LogIdentifier[i];
         i++)
      Params->LogIdentifier[i] = LogIdentifier[i];
  }
}

typedef struct _RECORDER_CONFIGURE_PARAMS {
  ULONG Size;
  BOOLEAN CreateDefaultLog;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

FORCEINLINE VOID
RECORDER_CONFIGURE_PARAMS_INIT(PRECORDER_CONFIGURE_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(RECORDER_CONFIGURE_PARAMS));
  Params->Size = sizeof(RECORDER_CONFIGURE_PARAMS);
  Params->CreateDefaultLog = TRUE;
}

/* The names are parenthesised: the profile's trace header stand-in may
   define WppRecorderLogGetDefault() as a macro before this header. */
NTSTATUS(WppRecorderLogCreate)(PRECORDER_LOG_CREATE_PARAMS CreateParams,
                               RECORDER_LOG *RecorderLog);
VOID(WppRecorderLogDelete)(RECORDER_LOG RecorderLog);
RECORDER_LOG(WppRecorderLogGetDefault)(VOID);
NTSTATUS(WppRecorderLogSetIdentifier)(RECORDER_LOG RecorderLog,
                                      PSTR LogIdentifier);
BOOLEAN(WppRecorderIsDefaultLogAvailable)(VOID);
VOID(WppRecorderConfigure)(PRECORDER_CONFIGURE_PARAMS ConfigureParams);

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_WPPRECORDER_H */
