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
/* StorPort's HW_INITIALIZATION_DATA and PORT_CONFIGURATION_INFORMATION
   are larger than SCSI port's in srb.h: srb.h's are renamed away and
   StorPort's declared (wskcheck_storport_more.h), unless srb.h came first. */
#ifndef _NTSRB_
#define WSKCHECK_WDK_STORPORT_OWN_CONFIG
#define _HW_INITIALIZATION_DATA WSKCHECK_WDK_SCSIPORT_HW_INIT
#define HW_INITIALIZATION_DATA WSKCHECK_WDK_SCSIPORT_HW_INIT_T
#define PHW_INITIALIZATION_DATA WSKCHECK_WDK_SCSIPORT_PHW_INIT_T
#define _PORT_CONFIGURATION_INFORMATION WSKCHECK_WDK_SCSIPORT_CONFIG
#define PORT_CONFIGURATION_INFORMATION WSKCHECK_WDK_SCSIPORT_CONFIG_T
#define PPORT_CONFIGURATION_INFORMATION WSKCHECK_WDK_SCSIPORT_PCONFIG_T
#endif
#include <srb.h>
#include <scsi.h>
#ifdef WSKCHECK_WDK_STORPORT_OWN_CONFIG
#undef _HW_INITIALIZATION_DATA
#undef HW_INITIALIZATION_DATA
#undef PHW_INITIALIZATION_DATA
#undef _PORT_CONFIGURATION_INFORMATION
#undef PORT_CONFIGURATION_INFORMATION
#undef PPORT_CONFIGURATION_INFORMATION
#endif
#include <wskcheck_storport_more.h>

#define _SCSI_WMI_REQUEST_BLOCK WSKCHECK_WDK_STORPORT_WMI_SRB
#define SCSI_WMI_REQUEST_BLOCK WSKCHECK_WDK_STORPORT_WMI_SRB_T
#define PSCSI_WMI_REQUEST_BLOCK WSKCHECK_WDK_STORPORT_PWMI_SRB_T
/* --- Register and port access with the miniport's device extension --- */
/* mingw-w64 declares StorPortRead/Write{Port,Register}{Uchar,Ushort,Ulong}
   without their first parameter, the HwDeviceExtension every StorPort
   miniport passes; its declarations are renamed away and the documented
   ones declared after it (with the Buffer forms it lacks). */
#define StorPortReadPortUchar WSKCHECK_WDK_MINGW_StorPortReadPortUchar
#define StorPortReadPortUshort WSKCHECK_WDK_MINGW_StorPortReadPortUshort
#define StorPortReadPortUlong WSKCHECK_WDK_MINGW_StorPortReadPortUlong
#define StorPortReadRegisterUchar WSKCHECK_WDK_MINGW_StorPortReadRegisterUchar
#define StorPortReadRegisterUshort WSKCHECK_WDK_MINGW_StorPortReadRegisterUshort
#define StorPortReadRegisterUlong WSKCHECK_WDK_MINGW_StorPortReadRegisterUlong
#define StorPortWritePortUchar WSKCHECK_WDK_MINGW_StorPortWritePortUchar
#define StorPortWritePortUshort WSKCHECK_WDK_MINGW_StorPortWritePortUshort
#define StorPortWritePortUlong WSKCHECK_WDK_MINGW_StorPortWritePortUlong
#define StorPortWriteRegisterUchar WSKCHECK_WDK_MINGW_StorPortWriteRegisterUchar
#define StorPortWriteRegisterUshort WSKCHECK_WDK_MINGW_StorPortWriteRegisterUshort
#define StorPortWriteRegisterUlong WSKCHECK_WDK_MINGW_StorPortWriteRegisterUlong

#include_next <storport.h>
#undef StorPortReadPortUchar
#undef StorPortReadPortUshort
#undef StorPortReadPortUlong
#undef StorPortReadRegisterUchar
#undef StorPortReadRegisterUshort
#undef StorPortReadRegisterUlong
#undef StorPortWritePortUchar
#undef StorPortWritePortUshort
#undef StorPortWritePortUlong
#undef StorPortWriteRegisterUchar
#undef StorPortWriteRegisterUshort
#undef StorPortWriteRegisterUlong
#undef _SCSI_WMI_REQUEST_BLOCK
#undef SCSI_WMI_REQUEST_BLOCK
#undef PSCSI_WMI_REQUEST_BLOCK

/* --- Function role types of a StorPort miniport's routines (storport.h; */
/* --- mingw-w64 has only srb.h's pointer types), which drivers declare   */
/* --- their routines with; register and port access.                     */
#ifndef WSKCHECK_WDK_STORPORT_ROLE_TYPES
#define WSKCHECK_WDK_STORPORT_ROLE_TYPES
#ifdef __cplusplus
extern "C" {
#endif
typedef ULONG sp_DRIVER_INITIALIZE(PVOID DriverObject, PVOID Argument2);
typedef BOOLEAN NTAPI HW_INITIALIZE(PVOID DeviceExtension);
typedef BOOLEAN NTAPI HW_STARTIO(PVOID DeviceExtension,
                                 PSCSI_REQUEST_BLOCK Srb);
typedef BOOLEAN NTAPI HW_BUILDIO(PVOID DeviceExtension,
                                 PSCSI_REQUEST_BLOCK Srb);
typedef BOOLEAN NTAPI HW_INTERRUPT(PVOID DeviceExtension);
typedef VOID NTAPI HW_TIMER(PVOID DeviceExtension);
typedef ULONG NTAPI HW_FIND_ADAPTER(PVOID DeviceExtension, PVOID HwContext,
                                    PVOID BusInformation, PCHAR ArgumentString,
                                    PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                                    PBOOLEAN Reserved3);
typedef BOOLEAN NTAPI HW_RESET_BUS(PVOID DeviceExtension, ULONG PathId);
typedef SCSI_ADAPTER_CONTROL_STATUS NTAPI HW_ADAPTER_CONTROL(
    PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
    PVOID Parameters);
typedef BOOLEAN NTAPI HW_PASSIVE_INITIALIZE_ROUTINE(PVOID DeviceExtension);
typedef BOOLEAN NTAPI HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE(
    PVOID HwDeviceExtension, ULONG MessageId);
typedef BOOLEAN NTAPI STOR_SYNCHRONIZED_ACCESS(PVOID HwDeviceExtension,
                                              PVOID Context);

/* Register and port access (see the renaming before mingw-w64's header). */
STORPORTAPI UCHAR NTAPI StorPortReadPortUchar(PVOID HwDeviceExtension,
    PUCHAR Port);
STORPORTAPI VOID NTAPI StorPortReadPortBufferUchar(
    PVOID HwDeviceExtension, PUCHAR Port, PUCHAR Buffer, ULONG Count);
STORPORTAPI VOID NTAPI StorPortWritePortUchar(PVOID HwDeviceExtension,
    PUCHAR Port, UCHAR Value);
STORPORTAPI VOID NTAPI StorPortWritePortBufferUchar(
    PVOID HwDeviceExtension, PUCHAR Port, PUCHAR Buffer, ULONG Count);
STORPORTAPI USHORT NTAPI StorPortReadPortUshort(PVOID HwDeviceExtension,
    PUSHORT Port);
STORPORTAPI VOID NTAPI StorPortReadPortBufferUshort(
    PVOID HwDeviceExtension, PUSHORT Port, PUSHORT Buffer, ULONG Count);
STORPORTAPI VOID NTAPI StorPortWritePortUshort(PVOID HwDeviceExtension,
    PUSHORT Port, USHORT Value);
STORPORTAPI VOID NTAPI StorPortWritePortBufferUshort(
    PVOID HwDeviceExtension, PUSHORT Port, PUSHORT Buffer, ULONG Count);
STORPORTAPI ULONG NTAPI StorPortReadPortUlong(PVOID HwDeviceExtension,
    PULONG Port);
STORPORTAPI VOID NTAPI StorPortReadPortBufferUlong(
    PVOID HwDeviceExtension, PULONG Port, PULONG Buffer, ULONG Count);
STORPORTAPI VOID NTAPI StorPortWritePortUlong(PVOID HwDeviceExtension,
    PULONG Port, ULONG Value);
STORPORTAPI VOID NTAPI StorPortWritePortBufferUlong(
    PVOID HwDeviceExtension, PULONG Port, PULONG Buffer, ULONG Count);
STORPORTAPI UCHAR NTAPI StorPortReadRegisterUchar(PVOID HwDeviceExtension,
    PUCHAR Register);
STORPORTAPI VOID NTAPI StorPortReadRegisterBufferUchar(
    PVOID HwDeviceExtension, PUCHAR Register, PUCHAR Buffer, ULONG Count);
STORPORTAPI VOID NTAPI StorPortWriteRegisterUchar(PVOID HwDeviceExtension,
    PUCHAR Register, UCHAR Value);
STORPORTAPI VOID NTAPI StorPortWriteRegisterBufferUchar(
    PVOID HwDeviceExtension, PUCHAR Register, PUCHAR Buffer, ULONG Count);
STORPORTAPI USHORT NTAPI StorPortReadRegisterUshort(PVOID HwDeviceExtension,
    PUSHORT Register);
STORPORTAPI VOID NTAPI StorPortReadRegisterBufferUshort(
    PVOID HwDeviceExtension, PUSHORT Register, PUSHORT Buffer, ULONG Count);
STORPORTAPI VOID NTAPI StorPortWriteRegisterUshort(PVOID HwDeviceExtension,
    PUSHORT Register, USHORT Value);
STORPORTAPI VOID NTAPI StorPortWriteRegisterBufferUshort(
    PVOID HwDeviceExtension, PUSHORT Register, PUSHORT Buffer, ULONG Count);
STORPORTAPI ULONG NTAPI StorPortReadRegisterUlong(PVOID HwDeviceExtension,
    PULONG Register);
STORPORTAPI VOID NTAPI StorPortReadRegisterBufferUlong(
    PVOID HwDeviceExtension, PULONG Register, PULONG Buffer, ULONG Count);
STORPORTAPI VOID NTAPI StorPortWriteRegisterUlong(PVOID HwDeviceExtension,
    PULONG Register, ULONG Value);
STORPORTAPI VOID NTAPI StorPortWriteRegisterBufferUlong(
    PVOID HwDeviceExtension, PULONG Register, PULONG Buffer, ULONG Count);
#ifdef __cplusplus
}
#endif
#endif
/* --- end StorPort function role types --- */

#endif /* WSKCHECK_WDK_STORPORT_H */
