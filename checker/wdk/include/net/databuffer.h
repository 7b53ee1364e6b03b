/* wskcheck WDK profile: net/databuffer.h, a NetAdapterCx header the
 * documentation describes none of. Drivers that include it without using
 * its names compile; a driver that uses them does not, as those names are
 * not documented to write them from.
 */
#ifndef _NET_DATABUFFER_H_
#define _NET_DATABUFFER_H_
#endif /* _NET_DATABUFFER_H_ */
