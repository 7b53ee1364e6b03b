/* wskcheck WDK profile: mingw-w64's ksmedia.h (kernel streaming media
 * formats and properties), plus the TCHAR it uses without defining in
 * kernel mode and the real-time audio structures it lacks, written from
 * their documentation.
 */
#ifndef WSKCHECK_WDK_KSMEDIA_H
#define WSKCHECK_WDK_KSMEDIA_H

#ifndef _TCHAR_DEFINED
#define _TCHAR_DEFINED
#ifdef UNICODE
typedef wchar_t TCHAR, *PTCHAR;
#else
typedef char TCHAR, *PTCHAR;
#endif
#endif

/* The Windows base types (FLOAT, ...) it uses, as portcls.h provides them. */
#include <windef.h>
#include_next <ksmedia.h>

#ifndef WSKCHECK_WDK_KSRTAUDIO
#define WSKCHECK_WDK_KSRTAUDIO
/* What IMiniportWaveRTStream reports of the hardware's latency and
   position registers. */
typedef struct {
  ULONG FifoSize;
  ULONG ChipsetDelay;
  ULONG CodecDelay;
} KSRTAUDIO_HWLATENCY, *PKSRTAUDIO_HWLATENCY;

typedef struct {
  PVOID Register;
  ULONG Width;
  ULONGLONG Numerator;
  ULONGLONG Denominator;
  ULONG Accuracy;
} KSRTAUDIO_HWREGISTER, *PKSRTAUDIO_HWREGISTER;
#endif

#endif /* WSKCHECK_WDK_KSMEDIA_H */
