/* wskcheck WDK profile: hidpddi.h, the HID parser's collection
 * descriptions for HID class and mini drivers, written from its
 * documentation, after the HID parsing library it extends (mingw-w64's
 * hidpi.h, which needs hidusage.h first).
 *
 * The documentation gives the members without their types; the types here
 * are those of the HID parser's other structures for the same quantities
 * (USAGE for usages, UCHAR for report IDs and collection numbers, USHORT
 * for report lengths).
 */
#ifndef _WSKCHECK_HIDPDDI_H_
#define _WSKCHECK_HIDPDDI_H_

#include <wdm.h>
#include <hidusage.h>
#include <hidpi.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _HIDP_COLLECTION_DESC {
  USAGE UsagePage;
  USAGE Usage;
  UCHAR CollectionNumber;
  UCHAR Reserved[15];
  USHORT InputLength;
  USHORT OutputLength;
  USHORT FeatureLength;
  USHORT PreparsedDataLength;
  PHIDP_PREPARSED_DATA PreparsedData;
} HIDP_COLLECTION_DESC, *PHIDP_COLLECTION_DESC;

typedef struct _HIDP_REPORT_IDS {
  UCHAR ReportID;
  UCHAR CollectionNumber;
  USHORT InputLength;
  USHORT OutputLength;
  USHORT FeatureLength;
} HIDP_REPORT_IDS, *PHIDP_REPORT_IDS;

/* Where and why parsing the report descriptor failed; the documentation
   does not give the number of error arguments (a stand-in). */
typedef struct _HIDP_GETCOLDESC_DBG {
  ULONG BreakOffset;
  ULONG ErrorCode;
  ULONG Args[6];
} HIDP_GETCOLDESC_DBG, *PHIDP_GETCOLDESC_DBG;

typedef struct _HIDP_DEVICE_DESC {
  PHIDP_COLLECTION_DESC CollectionDesc;
  ULONG CollectionDescLength;
  PHIDP_REPORT_IDS ReportIDs;
  ULONG ReportIDsLength;
  HIDP_GETCOLDESC_DBG Dbg;
} HIDP_DEVICE_DESC, *PHIDP_DEVICE_DESC;

/* TRUE when it filled the device description (documented return). */
BOOLEAN NTAPI HidP_GetCollectionDescription(PHIDP_REPORT_DESCRIPTOR ReportDesc,
                                            ULONG DescLength, POOL_TYPE PoolType,
                                            PHIDP_DEVICE_DESC DeviceDescription);

#ifdef __cplusplus
}
#endif

#endif /* _WSKCHECK_HIDPDDI_H_ */
