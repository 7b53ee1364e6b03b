/* wskcheck WDK profile: what class drivers use from a newer classpnp.h
 * than mingw-w64's: the extended request block support of Windows 8 (which
 * request block forms a driver handles, and the sizes of request block
 * buffers it embeds) and the dictionary entry type.
 *
 * Undocumented: declared from their use. The GUID is a stand-in, distinct
 * from classpnp.h's others.
 */
#ifndef WSKCHECK_WDK_CLASSPNP_MORE_H
#define WSKCHECK_WDK_CLASSPNP_MORE_H

#include <srb.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ClassInitializeEx(DriverObject, &GUID_CLASSPNP_SRB_SUPPORT, &Flags):
   the request block forms the class driver builds. */
#define GUID_CLASSPNP_SRB_SUPPORT                                              \
  {                                                                            \
    0x0a483941, 0x1c9b, 0x4a3d, {                                              \
      0x9a, 0x47, 0x67, 0x0d, 0x86, 0x07, 0x9b, 0x1e                           \
    }                                                                          \
  }
#define CLASS_SRB_SCSI_REQUEST_BLOCK 0x1
#define CLASS_SRB_STORAGE_REQUEST_BLOCK 0x2

/* Room for an extended request block with a BTL8 address, with one 16-byte
   SCSI CDB block or with no extended data. */
#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE                                     \
  (ALIGN_UP_BY(sizeof(STORAGE_REQUEST_BLOCK), sizeof(PVOID)) +                 \
   ALIGN_UP_BY(sizeof(STOR_ADDR_BTL8), sizeof(PVOID)) +                        \
   sizeof(SRBEX_DATA_SCSI_CDB16))
#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE                                  \
  (ALIGN_UP_BY(sizeof(STORAGE_REQUEST_BLOCK), sizeof(PVOID)) +                 \
   sizeof(STOR_ADDR_BTL8))

/* The entries of a DICTIONARY (mingw-w64 declares only the struct tag the
   dictionary's List points to). */
typedef struct _DICTIONARY_HEADER DICTIONARY_HEADER, *PDICTIONARY_HEADER;

/* The context of a request a class driver sends with its own request
   block (ClassAsynchronousCompletion): either form. */
typedef struct _COMPLETION_CONTEXT {
  PDEVICE_OBJECT DeviceObject;
  union {
    SCSI_REQUEST_BLOCK Srb;
    STORAGE_REQUEST_BLOCK SrbEx;
    UCHAR SrbExBuffer[CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE];
  } Srb;
} COMPLETION_CONTEXT, *PCOMPLETION_CONTEXT;

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_CLASSPNP_MORE_H */
