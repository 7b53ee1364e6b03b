/* wskcheck WDK profile: wlan/2.0/TLVGeneratorParser.hpp, the WDI TLV
 * generator and parser of the Wi-Fi class extension (WiFiCx). It extends
 * WDI's (wlan/1.0/TLVGeneratorParser.hpp), which is what is here; the
 * messages WiFiCx adds (SAE authentication, device services) are not
 * written yet.
 */
#ifndef _WLAN_2_0_TLVGENERATORPARSER_HPP_
#define _WLAN_2_0_TLVGENERATORPARSER_HPP_

#include <wlan/1.0/TLVGeneratorParser.hpp>

#endif /* _WLAN_2_0_TLVGENERATORPARSER_HPP_ */
