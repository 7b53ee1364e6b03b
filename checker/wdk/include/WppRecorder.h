/* wskcheck WDK profile: WppRecorder.h, the Inflight Trace Recorder (IFR)
 * that keeps a driver's WPP messages in memory logs, written from its
 * documentation: the log handles, the configuration of the default log and
 * the creation of others.
 *
 * The messages themselves go through the trace macros of the profile's
 * .tmh stand-ins (wskcheck_wpp.h), which expand to nothing; those also
 * define WppRecorderLogGetDefault as a macro, so the function below is
 * declared only where that macro is not.
 */
#ifndef WSKCHECK_WDK_WPPRECORDER_H
#define WSKCHECK_WDK_WPPRECORDER_H

#ifdef __cplusplus
extern "C" {
#endif

/* An opaque handle to a recorder log. */
#ifndef WSKCHECK_WDK_RECORDER_LOG
#define WSKCHECK_WDK_RECORDER_LOG
typedef HANDLE RECORDER_LOG, *PRECORDER_LOG;
#endif

typedef enum _WPP_RECORDER_TRI_STATE {
  WppRecorderFalse = FALSE,
  WppRecorderTrue = TRUE,
  WppRecorderUseDefault = 2
} WPP_RECORDER_TRI_STATE, *PWPP_RECORDER_TRI_STATE;

/* The log identifier's size, NUL included, and a log's default sizes. */
#ifndef RECORDER_LOG_IDENTIFIER_MAX_CHARS
#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16
#endif
#define RECORDER_LOG_DEFAULT_BUFFER_SIZE 1024
#define RECORDER_LOG_DEFAULT_ERR_PARTITION_SIZE 200

typedef struct _RECORDER_CONFIGURE_PARAMS {
  ULONG Size;
  BOOLEAN CreateDefaultLog;
  WPP_RECORDER_TRI_STATE UseTimeStamp;
  WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

FORCEINLINE VOID
RECORDER_CONFIGURE_PARAMS_INIT(PRECORDER_CONFIGURE_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(RECORDER_CONFIGURE_PARAMS));
  Params->Size = sizeof(RECORDER_CONFIGURE_PARAMS);
  Params->CreateDefaultLog = TRUE;
  Params->UseTimeStamp = WppRecorderUseDefault;
  Params->PreciseTimeStamp = WppRecorderUseDefault;
}

typedef struct _RECORDER_LOG_CREATE_PARAMS {
  ULONG Size;
  ULONG LogTag;
  ULONG TotalBufferSize;
  ULONG ErrorPartitionSize;
  ULONG64 LogIdentifierAppendValue;
  BOOLEAN LogIdentifierAppendValueSet;
  USHORT LogIdentifierSize;
  CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
  WPP_RECORDER_TRI_STATE UseTimeStamp;
  WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;

FORCEINLINE VOID RECORDER_LOG_CREATE_PARAMS_INIT(
    PRECORDER_LOG_CREATE_PARAMS Params, PCSTR LogIdentifier) {
  ULONG i;
  RtlZeroMemory(Params, sizeof(RECORDER_LOG_CREATE_PARAMS));
  Params->Size = sizeof(RECORDER_LOG_CREATE_PARAMS);
  Params->TotalBufferSize = RECORDER_LOG_DEFAULT_BUFFER_SIZE;
  Params->ErrorPartitionSize = RECORDER_LOG_DEFAULT_ERR_PARTITION_SIZE;
  Params->LogIdentifierSize = sizeof(Params->LogIdentifier);
  Params->UseTimeStamp = WppRecorderUseDefault;
  Params->PreciseTimeStamp = WppRecorderUseDefault;
  for (i = 0; LogIdentifier != NULL && LogIdentifier[i] != '\0' &&
              i + 1 < RECORDER_LOG_IDENTIFIER_MAX_CHARS;
       i++)
    Params->LogIdentifier[i] = LogIdentifier[i];
}

VOID WppRecorderConfigure(PRECORDER_CONFIGURE_PARAMS ConfigureParams);
NTSTATUS WppRecorderLogCreate(PRECORDER_LOG_CREATE_PARAMS CreateParams,
                              RECORDER_LOG *RecorderLog);
VOID WppRecorderLogDelete(RECORDER_LOG RecorderLog);
NTSTATUS WppRecorderLogSetIdentifier(RECORDER_LOG RecorderLog,
                                     PCSTR LogIdentifier);
BOOLEAN WppRecorderIsDefaultLogAvailable(VOID);
#ifndef WppRecorderLogGetDefault
RECORDER_LOG WppRecorderLogGetDefault(VOID);
#endif

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_WPPRECORDER_H */
