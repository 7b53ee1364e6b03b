/* wskcheck WDK profile: acpitabl.h, the ACPI table definitions, in the part
 * drivers use: the common table header and the physical location (_PLD)
 * buffers, written from the documentation and the ACPI specification.
 */
#ifndef WSKCHECK_WDK_ACPITABL_H
#define WSKCHECK_WDK_ACPITABL_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

#include <pshpack1.h>

/* The header every ACPI description table starts with. */
typedef struct _DESCRIPTION_HEADER {
  ULONG Signature;
  ULONG Length;
  UCHAR Revision;
  UCHAR Checksum;
  CHAR OEMID[6];
  CHAR OEMTableID[8];
  ULONG OEMRevision;
  CHAR CreatorID[4];
  ULONG CreatorRev;
} DESCRIPTION_HEADER, *PDESCRIPTION_HEADER;

#include <poppack.h>

/* _PLD, revisions 1 and 2: where a device is on the system's enclosure. */
typedef struct _ACPI_PLD_BUFFER {
  UINT32 Revision : 7;
  UINT32 IgnoreColor : 1;
  UINT32 Color : 24;
  UINT32 Width : 16;
  UINT32 Height : 16;
  UINT32 UserVisible : 1;
  UINT32 Dock : 1;
  UINT32 Lid : 1;
  UINT32 Panel : 3;
  UINT32 VerticalPosition : 2;
  UINT32 HorizontalPosition : 2;
  UINT32 Shape : 4;
  UINT32 GroupOrientation : 1;
  UINT32 GroupToken : 8;
  UINT32 GroupPosition : 8;
  UINT32 Bay : 1;
  UINT32 Ejectable : 1;
  UINT32 EjectionRequired : 1;
  UINT32 CabinetNumber : 8;
  UINT32 CardCageNumber : 8;
  UINT32 Reference : 1;
  UINT32 Rotation : 4;
  UINT32 Order : 5;
  UINT32 Reserved : 4;
} ACPI_PLD_BUFFER, *PACPI_PLD_BUFFER;

typedef struct _ACPI_PLD_V2_BUFFER {
  UINT32 Revision : 7;
  UINT32 IgnoreColor : 1;
  UINT32 Color : 24;
  UINT32 Width : 16;
  UINT32 Height : 16;
  UINT32 UserVisible : 1;
  UINT32 Dock : 1;
  UINT32 Lid : 1;
  UINT32 Panel : 3;
  UINT32 VerticalPosition : 2;
  UINT32 HorizontalPosition : 2;
  UINT32 Shape : 4;
  UINT32 GroupOrientation : 1;
  UINT32 GroupToken : 8;
  UINT32 GroupPosition : 8;
  UINT32 Bay : 1;
  UINT32 Ejectable : 1;
  UINT32 EjectionRequired : 1;
  UINT32 CabinetNumber : 8;
  UINT32 CardCageNumber : 8;
  UINT32 Reference : 1;
  UINT32 Rotation : 4;
  UINT32 Order : 5;
  UINT32 Reserved : 4;
  UINT32 VerticalOffset : 16;
  UINT32 HorizontalOffset : 16;
} ACPI_PLD_V2_BUFFER, *PACPI_PLD_V2_BUFFER;

/* Values of the Panel field. */
#define PLD_PANEL_TOP 0
#define PLD_PANEL_BOTTOM 1
#define PLD_PANEL_LEFT 2
#define PLD_PANEL_RIGHT 3
#define PLD_PANEL_FRONT 4
#define PLD_PANEL_BACK 5
#define PLD_PANEL_UNKNOWN 6

/* The Panel and Rotation fields as enumerations (ne-acpitabl-_acpi_pld_panel,
   ne-acpitabl-_acpi_pld_rotation): rotation in 45-degree steps, as in the
   ACPI specification's _PLD. */
typedef enum _ACPI_PLD_PANEL {
  AcpiPldPanelTop = PLD_PANEL_TOP,
  AcpiPldPanelBottom = PLD_PANEL_BOTTOM,
  AcpiPldPanelLeft = PLD_PANEL_LEFT,
  AcpiPldPanelRight = PLD_PANEL_RIGHT,
  AcpiPldPanelFront = PLD_PANEL_FRONT,
  AcpiPldPanelBack = PLD_PANEL_BACK,
  AcpiPldPanelUnknown = PLD_PANEL_UNKNOWN
} ACPI_PLD_PANEL,
    *PACPI_PLD_PANEL;
typedef ACPI_PLD_PANEL AcpiPldPanel;

typedef enum _ACPI_PLD_ROTATION {
  AcpiPldRotation0 = 0,
  AcpiPldRotation45 = 1,
  AcpiPldRotation90 = 2,
  AcpiPldRotation135 = 3,
  AcpiPldRotation180 = 4,
  AcpiPldRotation225 = 5,
  AcpiPldRotation270 = 6,
  AcpiPldRotation315 = 7
} ACPI_PLD_ROTATION,
    *PACPI_PLD_ROTATION;
typedef ACPI_PLD_ROTATION AcpiPldRotation;

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_ACPITABL_H */
