/* wskcheck WDK profile: dot11wificxintf.h, the WDI interface of the Wi-Fi
 * class extension (WiFiCx): the WDI message header and MAC address, the
 * data-path structures and the message IDs, written from the WiFiCx
 * documentation. WiFiCx's are WDI's: this is the profile's dot11wdi.h. A
 * whole header mingw-w64 does not have.
 *
 * Not here yet: the message IDs by their WiFiCx names (WDI_TASK_CONNECT,
 * WDI_INDICATION_CONNECT_COMPLETE, ...), which the documentation does not
 * list.
 */
#ifndef _DOT11WIFICXINTF_H_
#define _DOT11WIFICXINTF_H_

#include <dot11wdi.h>

#endif /* _DOT11WIFICXINTF_H_ */
