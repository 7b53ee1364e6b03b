/* wskcheck WDK profile: mswsockdef.h, the Microsoft-specific socket
 * definitions shared by user and kernel mode that wsk.h builds on.
 */
#ifndef _MSWSOCKDEF_
#define _MSWSOCKDEF_

#include <ws2def.h>

/* TransmitFile and TransmitPackets flags. */
#define TF_DISCONNECT 0x01
#define TF_REUSE_SOCKET 0x02
#define TF_WRITE_BEHIND 0x04
#define TF_USE_DEFAULT_WORKER 0x00
#define TF_USE_SYSTEM_THREAD 0x10
#define TF_USE_KERNEL_APC 0x20

#endif /* _MSWSOCKDEF_ */
