/* wskcheck WDK profile: the Windows types that the Windows Filtering
 * Platform's type headers (fwptypes.h, iketypes.h, fwpmtypes.h) use and that
 * a kernel-mode file does not otherwise have, for those headers' kernel-mode
 * include (see fwptypes.h). Each is guarded as the Windows headers guard it,
 * so ntifs.h or wtypesbase.h seen first wins.
 */
#ifndef WSKCHECK_WDK_FWPKM_H
#define WSKCHECK_WDK_FWPKM_H

/* BYTE, DWORD and FILETIME: mingw-w64's minwindef.h, which compiles in a
   kernel-mode file (its ntintsafe.h includes it) and defines FILETIME
   without a guard of its own, so it must be where FILETIME comes from. */
#include <minwindef.h>

#ifndef SID_IDENTIFIER_AUTHORITY_DEFINED
#define SID_IDENTIFIER_AUTHORITY_DEFINED
typedef struct _SID_IDENTIFIER_AUTHORITY {
  UCHAR Value[6];
} SID_IDENTIFIER_AUTHORITY, *PSID_IDENTIFIER_AUTHORITY;
#endif

/* ntifs.h defines SID under SID_DEFINED and SID_AND_ATTRIBUTES right after
   it; a file that includes ntifs.h first (the usual order) keeps both. */
#ifndef SID_DEFINED
#define SID_DEFINED
typedef struct _SID {
  UCHAR Revision;
  UCHAR SubAuthorityCount;
  SID_IDENTIFIER_AUTHORITY IdentifierAuthority;
  ULONG SubAuthority[ANYSIZE_ARRAY];
} SID, *PISID;
typedef struct _SID_AND_ATTRIBUTES {
  PSID Sid;
  ULONG Attributes;
} SID_AND_ATTRIBUTES, *PSID_AND_ATTRIBUTES;
#endif

#endif /* WSKCHECK_WDK_FWPKM_H */
