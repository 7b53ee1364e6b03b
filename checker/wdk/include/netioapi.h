/* wskcheck WDK profile: mingw-w64's netioapi.h (the IP helper routines a
 * kernel driver calls: interface and address tables, routes, change
 * notifications) without the user-mode routing MIB it also includes, which
 * pulls in windows.h and cannot compile in a kernel-mode file.
 */
#ifndef WSKCHECK_WDK_NETIOAPI_H
#define WSKCHECK_WDK_NETIOAPI_H

#include <ws2def.h>
#include <ws2ipdef.h>

#ifndef __ROUTING_IPRTRMIB_H__
#define __ROUTING_IPRTRMIB_H__
#endif
#include_next <netioapi.h>

#endif /* WSKCHECK_WDK_NETIOAPI_H */
