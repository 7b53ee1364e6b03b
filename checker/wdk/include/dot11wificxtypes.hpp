/* wskcheck WDK profile: dot11wificxtypes.hpp, the WDI types of the Wi-Fi
 * class extension (WiFiCx): the WDI basic types and enumerations (the
 * profile's wditypes.hpp, WiFiCx's WDI is the same), and the element
 * structures WiFiCx's capabilities carry (WDI_DATA_RATE_ENTRY, and
 * WDI_CHANNEL_MAPPING_ENTRY, defined with the TLV parser's structures),
 * written from the WiFiCx documentation. A whole header mingw-w64 does not
 * have.
 */
#ifndef _DOT11WIFICXTYPES_HPP_
#define _DOT11WIFICXTYPES_HPP_

#include <wditypes.hpp>
#include <wlan/1.0/TLVGeneratorParser.hpp>

#ifdef __cplusplus
extern "C" {
#endif

/* A data rate: WDI_DATA_RATE_FLAGS, and the rate in 500 kb/s units. */
typedef struct _WDI_DATA_RATE_ENTRY {
  UINT16 DataRateFlag;
  UINT16 DataRateValue;
} WDI_DATA_RATE_ENTRY, *PWDI_DATA_RATE_ENTRY;

#ifdef __cplusplus
}
#endif

#endif /* _DOT11WIFICXTYPES_HPP_ */
