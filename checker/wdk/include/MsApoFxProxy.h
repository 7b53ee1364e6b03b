/* wskcheck WDK profile: MsApoFxProxy.h, what a driver shares with
 * Microsoft's generic proxy APO (msapofxproxy.dll), which asks the driver
 * for the audio effects of each of its signal processing paths, written
 * from its documentation: the effects discovery property set and the pin
 * and mode its property is addressed to.
 */
#ifndef WSKCHECK_WDK_MSAPOFXPROXY_H
#define WSKCHECK_WDK_MSAPOFXPROXY_H

#include <ks.h>
#include <ksmedia.h>

#define STATIC_KSPROPSETID_AudioEffectsDiscovery                               \
  0x0b217a72, 0x16b8, 0x4a4d, 0xbd, 0xed, 0xf9, 0xd6, 0xbb, 0xed, 0xcd, 0x8f
DEFINE_GUIDSTRUCT("0B217A72-16B8-4A4D-BDED-F9D6BBEDCD8F",
                  KSPROPSETID_AudioEffectsDiscovery);
#define KSPROPSETID_AudioEffectsDiscovery                                      \
  DEFINE_GUIDNAMED(KSPROPSETID_AudioEffectsDiscovery)

typedef enum {
  KSPROPERTY_AUDIOEFFECTSDISCOVERY_EFFECTSLIST = 1
} KSPROPERTY_AUDIOEFFECTSDISCOVERY;

/* The pin factory and the signal processing mode whose effects are asked
   for. */
typedef struct tagKSP_PINMODE {
  KSP_PIN PinProperty;
  GUID AudioProcessingMode;
} KSP_PINMODE, *PKSP_PINMODE;

/* The proxy APO's class, which a driver's INF names as the effect of the
   paths whose processing the driver does itself. */
#define FX_DISCOVER_EFFECTS_APO_CLSID "{889C03C8-ABAD-4004-BF0A-BC7BB825E166}"

#endif /* WSKCHECK_WDK_MSAPOFXPROXY_H */
