/* wskcheck WDK profile: AudioAggregation.h, the aggregation of SDCA audio
 * functions on several SoundWire devices into one endpoint, as an ACX DSP
 * driver queries it from the SDCA class driver.
 *
 * Undocumented: the DDI reference has no page for this header (the WDK
 * release notes only name it). Everything here is declared from its use in
 * a driver (the names, the members the code reads and writes); the values
 * are stand-ins, distinct from each other.
 */
#ifndef _WSKCHECK_AUDIOAGGREGATION_H_
#define _WSKCHECK_AUDIOAGGREGATION_H_

#include <sdcastreaming.h>

#ifdef __cplusplus
extern "C" {
#endif

extern const GUID KSPROPERTYSETID_SdcaAgg;

typedef enum _KSPROPERTY_SDCAAGG {
  KSPROPERTY_SDCAAGG_AGGREGATED_DEVICES = 1,
} KSPROPERTY_SDCAAGG;

/* One aggregated audio function. */
typedef struct _SDCA_AGGREGATION_DEVICE {
  ULONG FunctionId;
  ULONG UniqueId;
} SDCA_AGGREGATION_DEVICE, *PSDCA_AGGREGATION_DEVICE;

typedef struct _SDCA_AGGREGATION_DEVICES {
  ULONG Size;
  ULONG FunctionCount;
  SDCA_AGGREGATION_DEVICE FunctionIds[ANYSIZE_ARRAY];
} SDCA_AGGREGATION_DEVICES, *PSDCA_AGGREGATION_DEVICES;

#ifdef __cplusplus
}
#endif

#endif /* _WSKCHECK_AUDIOAGGREGATION_H_ */
