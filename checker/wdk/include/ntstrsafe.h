/* wskcheck WDK profile: mingw-w64's ntstrsafe.h, plus the UNICODE_STRING
 * routines of the safe string library that it lacks, written from their
 * documentation. */
#ifndef WSKCHECK_WDK_NTSTRSAFE_H
#define WSKCHECK_WDK_NTSTRSAFE_H

/* Its types (NTSTATUS, UNICODE_STRING) and status codes, so that it can be
   included before wdm.h or ntddk.h too. NT_INCLUDED as wdm.h sets it: the
   kernel's view of ntdef.h. */
#ifndef NT_INCLUDED
#define NT_INCLUDED
#endif
#include <ntdef.h>
#include <ntstatus.h>
#include_next <ntstrsafe.h>

#ifndef WSKCHECK_WDK_UNICODE_STRSAFE
#define WSKCHECK_WDK_UNICODE_STRSAFE

#ifdef __cplusplus
extern "C" {
#endif

NTSTATUS NTAPI RtlUnicodeStringInit(PUNICODE_STRING DestinationString,
                                    NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS NTAPI RtlUnicodeStringInitEx(PUNICODE_STRING DestinationString,
                                      NTSTRSAFE_PCWSTR pszSrc, ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringValidate(PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlUnicodeStringValidateEx(PCUNICODE_STRING SourceString,
                                          ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCopy(PUNICODE_STRING DestinationString,
                                    PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlUnicodeStringCopyString(PUNICODE_STRING DestinationString,
                                          NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS NTAPI RtlUnicodeStringCopyN(PUNICODE_STRING DestinationString,
                                     PCUNICODE_STRING SourceString,
                                     size_t cbToCopy);
NTSTATUS NTAPI RtlUnicodeStringCopyStringN(PUNICODE_STRING DestinationString,
                                           NTSTRSAFE_PCWSTR pszSrc,
                                           size_t cbToCopy);
NTSTATUS NTAPI RtlUnicodeStringCat(PUNICODE_STRING DestinationString,
                                   PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlUnicodeStringCatString(PUNICODE_STRING DestinationString,
                                         NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS NTAPI RtlUnicodeStringCatN(PUNICODE_STRING DestinationString,
                                    PCUNICODE_STRING SourceString,
                                    size_t cbToAppend);
NTSTATUS NTAPI RtlUnicodeStringCatStringN(PUNICODE_STRING DestinationString,
                                          NTSTRSAFE_PCWSTR pszSrc,
                                          size_t cbToAppend);
NTSTATUS RtlUnicodeStringPrintf(PUNICODE_STRING DestinationString,
                                NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS RtlUnicodeStringPrintfEx(PUNICODE_STRING DestinationString,
                                  PUNICODE_STRING RemainingString,
                                  ULONG dwFlags, NTSTRSAFE_PCWSTR pszFormat,
                                  ...);
NTSTATUS NTAPI RtlUnicodeStringVPrintf(PUNICODE_STRING DestinationString,
                                       NTSTRSAFE_PCWSTR pszFormat,
                                       va_list argList);
NTSTATUS NTAPI RtlStringCbCopyUnicodeString(NTSTRSAFE_PWSTR pszDest,
                                            size_t cbDest,
                                            PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlStringCchCopyUnicodeString(NTSTRSAFE_PWSTR pszDest,
                                             size_t cchDest,
                                             PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlStringCbCatUnicodeString(NTSTRSAFE_PWSTR pszDest,
                                           size_t cbDest,
                                           PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlStringCchCatUnicodeString(NTSTRSAFE_PWSTR pszDest,
                                            size_t cchDest,
                                            PCUNICODE_STRING SourceString);

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_UNICODE_STRSAFE */

/* --- The longest UNICODE_STRING in characters (a USHORT of bytes) --- */
#ifndef NTSTRSAFE_UNICODE_STRING_MAX_CCH
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH (0xffff / sizeof(wchar_t))
#endif
/* --- end UNICODE_STRING length --- */

#endif /* WSKCHECK_WDK_NTSTRSAFE_H */
