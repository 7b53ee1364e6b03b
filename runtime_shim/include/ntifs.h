/* Host build: ntifs.h, a superset of ntddk.h. */
#ifndef WSKSHIM_HOST_NTIFS_H
#define WSKSHIM_HOST_NTIFS_H

#include <ntddk.h>

#endif /* WSKSHIM_HOST_NTIFS_H */
