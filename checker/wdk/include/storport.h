/* wskcheck WDK profile: mingw-w64's storport.h (the StorPort miniport
 * interface), made to compile.
 *
 * mingw-w64's storport.h defines SCSI_WMI_REQUEST_BLOCK again after the
 * srb.h it includes already has, so no StorPort miniport compiles; its copy
 * is renamed away here and srb.h's is the one drivers see. It also expects
 * the basic types of miniport.h (or of wdm.h, for a driver that includes
 * that first), and the WDK's storport.h includes scsi.h: both come first.
 */
#ifndef WSKCHECK_WDK_STORPORT_H
#define WSKCHECK_WDK_STORPORT_H

#if !defined(_MINIPORT_) && !defined(_WDMDDK_)
#include <miniport.h>
#endif
#include <srb.h>
#include <scsi.h>

#define _SCSI_WMI_REQUEST_BLOCK WSKCHECK_WDK_STORPORT_WMI_SRB
#define SCSI_WMI_REQUEST_BLOCK WSKCHECK_WDK_STORPORT_WMI_SRB_T
#define PSCSI_WMI_REQUEST_BLOCK WSKCHECK_WDK_STORPORT_PWMI_SRB_T
#include_next <storport.h>
#undef _SCSI_WMI_REQUEST_BLOCK
#undef SCSI_WMI_REQUEST_BLOCK
#undef PSCSI_WMI_REQUEST_BLOCK

#endif /* WSKCHECK_WDK_STORPORT_H */
