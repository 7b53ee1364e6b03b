/* wskcheck WDK profile: mingw-w64's scsi.h (SCSI CDBs, sense data, mode
 * pages), after the profile's srb.h: mingw-w64's scsi.h includes its own
 * srb.h by a quoted name, which would pass the profile's by. Then the
 * newer sense data names it lacks.
 */
#ifndef WSKCHECK_WDK_SCSI_H
#define WSKCHECK_WDK_SCSI_H

#ifndef _NTSCSI_USER_MODE_
#include <srb.h>
#endif
#include_next <scsi.h>
#ifndef _NTSCSI_USER_MODE_
#include <wskcheck_scsi_more.h>
#endif

#endif /* WSKCHECK_WDK_SCSI_H */
