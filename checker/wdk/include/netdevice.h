/* wskcheck WDK profile: netdevice.h, NetAdapterCx's device-level interface
 * (NetDeviceInitConfig, power policy and reset callbacks, wake source and
 * power offload lists). The profile declares it with the rest of the class
 * extension in netadaptercx.h.
 */
#ifndef WSKCHECK_NETDEVICE_H
#define WSKCHECK_NETDEVICE_H
#include <netadaptercx.h>
#endif /* WSKCHECK_NETDEVICE_H */
