/* wskcheck WDK profile: mingw-w64's srb.h (SCSI request blocks), then the
 * extended SRB of Windows 8 (STORAGE_REQUEST_BLOCK) that it lacks. scsi.h,
 * storport.h and classpnp.h all reach srb.h, so every storage driver sees
 * the extended SRB the way the WDK's srb.h and storport.h both give it.
 */
#ifndef WSKCHECK_WDK_SRB_H
#define WSKCHECK_WDK_SRB_H

#include_next <srb.h>
#include <wskcheck_srb_ex.h>

#endif /* WSKCHECK_WDK_SRB_H */
