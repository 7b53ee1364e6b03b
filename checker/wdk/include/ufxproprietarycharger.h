/* wskcheck WDK profile: ufxproprietarycharger.h, the proprietary charger
 * a USB function controller's lower filter detects for the USB function
 * class extension, written from the UFX documentation. A whole header
 * mingw-w64 does not have.
 */
#ifndef _UFXPROPRIETARYCHARGER_H_
#define _UFXPROPRIETARYCHARGER_H_

typedef struct _UFX_PROPRIETARY_CHARGER {
  GUID ChargerId;
  DEVICE_POWER_STATE DxState;
} UFX_PROPRIETARY_CHARGER, *PUFX_PROPRIETARY_CHARGER;

#endif /* _UFXPROPRIETARYCHARGER_H_ */
