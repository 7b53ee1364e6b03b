/* wskcheck WDK profile: smclib.h, the smart card driver library a smart
 * card reader driver builds on: the SMARTCARD_EXTENSION it shares with the
 * library (card and reader capabilities, vendor attributes, the request and
 * reply buffers, the T=0 and T=1 protocol data, the reader's callbacks),
 * and the library's routines, written from the smart card driver library
 * documentation; the smart card names shared with user mode are mingw-w64's
 * winsmcrd.h. A whole header mingw-w64 does not have.
 *
 * The documentation names the callback indexes (RDF_*), the debug levels
 * (DEBUG_*), MIN_BUFFER_SIZE and SMARTCARD_POOL_TAG without their values:
 * the values here are stand-ins, distinct from each other (the buffer size
 * is a T=1 block's with room to spare; the longest ATR is ISO 7816-3's).
 * OS_DEP_DATA, which the library keeps for the driver, is declared with the
 * members drivers use.
 */
#ifndef _SMCLIB_
#define _SMCLIB_

#include <ntddk.h>
/* mingw-w64's winsmcrd.h defines the Windows base types itself unless
   BASETYPES says they exist, as in kernel mode they do. */
#ifndef BASETYPES
#define BASETYPES
#endif
#include <winsmcrd.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The smart card reader device interface class. */
DEFINE_GUID(SmartCardReaderGuid, 0x50DD5230, 0xBA8A, 0x11D1, 0xBF, 0x5D, 0x00,
            0x00, 0xF8, 0x05, 0xF5, 0x30);

#define SMCLIB_VERSION 0x150

#define MAXIMUM_ATTR_STRING_LENGTH 32
#define MAXIMUM_SMARTCARD_READERS 10

/* Stand-ins: documented without their values. */
#define SMARTCARD_POOL_TAG 'bLCS'
#define MIN_BUFFER_SIZE 288
#define MAXIMUM_ATR_LENGTH SCARD_ATR_LENGTH

#define RDF_CARD_POWER 0
#define RDF_TRANSMIT 1
#define RDF_CARD_EJECT 2
#define RDF_READER_SWALLOW 3
#define RDF_CARD_TRACKING 4
#define RDF_SET_PROTOCOL 5
#define RDF_DEBUG_LEVEL 6
#define RDF_CARD_CONFISCATE 7
#define RDF_IOCTL_VENDOR 8
#define RDF_ATR_PARSE 9

#define DEBUG_IOCTL ((ULONG)0x00000001)
#define DEBUG_ATR ((ULONG)0x00000002)
#define DEBUG_PROTOCOL ((ULONG)0x00000004)
#define DEBUG_DRIVER ((ULONG)0x00000008)
#define DEBUG_TRACE ((ULONG)0x00000010)
#define DEBUG_ERROR ((ULONG)0x00000020)
#define DEBUG_INFO DEBUG_ERROR
#define DEBUG_PERF ((ULONG)0x10000000)
#define DEBUG_T1_TEST ((ULONG)0x40000000)
#define DEBUG_BREAK ((ULONG)0x80000000)
#define DEBUG_ALL ((ULONG)0x0000FFFF)

/* ------------------------------------------------------------------ */
/* The data the library and the reader driver share                    */

typedef struct _CLOCK_RATE_CONVERSION {
  const ULONG F;
  const ULONG fs;
} CLOCK_RATE_CONVERSION, *PCLOCK_RATE_CONVERSION;

typedef struct _BIT_RATE_ADJUSTMENT {
  const ULONG DNumerator;
  const ULONG DDivisor;
} BIT_RATE_ADJUSTMENT, *PBIT_RATE_ADJUSTMENT;

#define PTS_TYPE_DEFAULT 0x00
#define PTS_TYPE_OPTIMAL 0x01
#define PTS_TYPE_USER 0x02

typedef struct _PTS_DATA {
  UCHAR Type;
  UCHAR Fl;
  UCHAR Dl;
  ULONG CLKFrequency;
  ULONG DataRate;
  UCHAR StopBits;
} PTS_DATA, *PPTS_DATA;

typedef struct _SCARD_CARD_CAPABILITIES {
  BOOLEAN InversConvention;
  ULONG etu;
  struct {
    UCHAR Buffer[64];
    UCHAR Length;
  } ATR;
  struct {
    UCHAR Buffer[16];
    UCHAR Length;
  } HistoricalChars;
  PCLOCK_RATE_CONVERSION ClockRateConversion;
  PBIT_RATE_ADJUSTMENT BitRateAdjustment;
  UCHAR Fl;
  UCHAR Dl;
  UCHAR II;
  UCHAR P;
  UCHAR N;
  ULONG GT;
  struct {
    ULONG Supported;
    ULONG Selected;
  } Protocol;
  struct {
    UCHAR WI;
    ULONG WT;
  } T0;
  struct {
    UCHAR IFSC;
    UCHAR CWI;
    UCHAR BWI;
    UCHAR EDC;
    ULONG CWT;
    ULONG BWT;
    ULONG BGT;
  } T1;
  PTS_DATA PtsData;
  UCHAR Reserved[100 - sizeof(PTS_DATA)];
} SCARD_CARD_CAPABILITIES, *PSCARD_CARD_CAPABILITIES;

typedef struct _SCARD_READER_CAPABILITIES {
  ULONG SupportedProtocols;
  ULONG Reserved;
  ULONG ReaderType;
  ULONG MechProperties;
  ULONG CurrentState;
  ULONG Channel;
  struct {
    ULONG Default;
    ULONG Max;
  } CLKFrequency;
  struct {
    ULONG Default;
    ULONG Max;
  } DataRate;
  ULONG MaxIFSD;
  ULONG PowerMgmtSupport;
  ULONG CardConfiscated;
  struct {
    PULONG List;
    UCHAR Entries;
  } DataRatesSupported;
  struct {
    PULONG List;
    UCHAR Entries;
  } CLKFrequenciesSupported;
  UCHAR Reserved1[100 - sizeof(ULONG) - 2 * (sizeof(PULONG) + sizeof(PVOID))];
} SCARD_READER_CAPABILITIES, *PSCARD_READER_CAPABILITIES;

typedef struct _VENDOR_ATTR {
  struct {
    USHORT Length;
    UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
  } VendorName;
  struct {
    USHORT Length;
    UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
  } IfdType;
  ULONG UnitNo;
  struct {
    USHORT BuildNumber;
    UCHAR VersionMinor;
    UCHAR VersionMajor;
  } IfdVersion;
  struct {
    USHORT Length;
    UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
  } IfdSerialNo;
  ULONG Reserved[25];
} VENDOR_ATTR, *PVENDOR_ATTR;

typedef struct _SMARTCARD_REQUEST {
  PUCHAR Buffer;
  ULONG BufferSize;
  ULONG BufferLength;
} SMARTCARD_REQUEST, *PSMARTCARD_REQUEST;

typedef struct _SMARTCARD_REPLY {
  PUCHAR Buffer;
  ULONG BufferSize;
  ULONG BufferLength;
} SMARTCARD_REPLY, *PSMARTCARD_REPLY;

typedef struct _T0_DATA {
  ULONG Lc;
  ULONG Le;
} T0_DATA, *PT0_DATA;

typedef struct _T1_DATA {
  UCHAR IFSC;
  UCHAR IFSD;
  ULONG BytesReceived;
  ULONG BytesSent;
  ULONG BytesToSend;
  UCHAR LastError;
  BOOLEAN MoreData;
  UCHAR NAD;
  ULONG OriginalState;
  UCHAR Resend;
  UCHAR Resynch;
  UCHAR RSN;
  UCHAR SSN;
  ULONG State;
  UCHAR Wtx;
  PUCHAR ReplyData;
  BOOLEAN WaitForReply;
  UCHAR InfBytesSent;
  UCHAR Reserved[10 - sizeof(BOOLEAN) - sizeof(UCHAR)];
} T1_DATA, *PT1_DATA;

/* Kept by the library for the driver. Undocumented as a whole: declared
   from its use (the device, the current and the card tracking request,
   the lock that guards them). */
typedef struct _OS_DEP_DATA {
  PDEVICE_OBJECT DeviceObject;
  PIRP CurrentIrp;
  PIRP NotificationIrp;
  KMUTEX Mutex;
  KSPIN_LOCK SpinLock;
  IO_REMOVE_LOCK RemoveLock;
} OS_DEP_DATA, *POS_DEP_DATA;

/* The driver's own reader data: the driver defines struct
   _READER_EXTENSION. */
typedef struct _READER_EXTENSION *PREADER_EXTENSION;

typedef struct _SMARTCARD_EXTENSION *PSMARTCARD_EXTENSION;

typedef struct _SMARTCARD_EXTENSION {
  ULONG Version;
  VENDOR_ATTR VendorAttr;
  NTSTATUS (*ReaderFunction[16])(PSMARTCARD_EXTENSION);
  SCARD_CARD_CAPABILITIES CardCapabilities;
  ULONG LastError;
  struct {
    PULONG Information;
    PUCHAR RequestBuffer;
    ULONG RequestBufferLength;
    PUCHAR ReplyBuffer;
    ULONG ReplyBufferLength;
  } IoRequest;
  ULONG MajorIoControlCode;
  ULONG MinorIoControlCode;
  POS_DEP_DATA OsData;
  SCARD_READER_CAPABILITIES ReaderCapabilities;
  PREADER_EXTENSION ReaderExtension;
  SMARTCARD_REPLY SmartcardReply;
  SMARTCARD_REQUEST SmartcardRequest;
  T0_DATA T0;
  T1_DATA T1;
  PVOID PerfInfo;
  ULONG Reserved[25 - sizeof(PVOID) / sizeof(ULONG)];
} SMARTCARD_EXTENSION;

/* ------------------------------------------------------------------ */
/* The library's routines                                              */

NTSTATUS SmartcardInitialize(PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardExit(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardDeviceControl(PSMARTCARD_EXTENSION SmartcardExtension,
                                PIRP Irp);
NTSTATUS SmartcardT0Request(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT0Reply(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Request(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Reply(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardRawRequest(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardRawReply(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS
SmartcardUpdateCardCapabilities(PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardCompleteCardTracking(PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardLogError(PVOID Object, NTSTATUS ErrorCode,
                       PUNICODE_STRING Insertion, ULONG DumpData);
NTSTATUS SmartcardCreateLink(PUNICODE_STRING LinkName,
                             PUNICODE_STRING DeviceName);
NTSTATUS SmartcardDeleteLink(PUNICODE_STRING LinkName);
NTSTATUS SmartcardAcquireRemoveLock(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS
SmartcardAcquireRemoveLockWithTag(PSMARTCARD_EXTENSION SmartcardExtension,
                                  ULONG Tag);
VOID SmartcardReleaseRemoveLock(PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardReleaseRemoveLockWithTag(PSMARTCARD_EXTENSION SmartcardExtension,
                                       ULONG Tag);
VOID SmartcardReleaseRemoveLockAndWait(PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardInvertData(PUCHAR Buffer, ULONG Length);
ULONG SmartcardGetDebugLevel(void);
VOID SmartcardSetDebugLevel(ULONG Level);

/* Debug output at a level, in checked builds only (drivers declare what
   the message uses under DBG); the arguments are DbgPrint's, in
   parentheses. */
#if DBG
#define SmartcardDebug(LEVEL, STRING)                                          \
  do {                                                                         \
    if (SmartcardGetDebugLevel() & (LEVEL))                                    \
      DbgPrint STRING;                                                         \
  } while (0)
#else
#define SmartcardDebug(LEVEL, STRING) ((void)0)
#endif

#ifdef __cplusplus
}
#endif

#endif /* _SMCLIB_ */
