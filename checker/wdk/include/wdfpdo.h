/* wskcheck WDK profile: wdfpdo.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- Bus drivers: forwarding a child's requests to the parent --- */
#ifndef WSKCHECK_WDF_PDO_FORWARD
#define WSKCHECK_WDF_PDO_FORWARD
#ifdef __cplusplus
extern "C" {
#endif

VOID WdfPdoInitAllowForwardingRequestToParent(PWDFDEVICE_INIT DeviceInit);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_PDO_FORWARD */
/* --- end Bus drivers --- */

/* --- Bus drivers: a child's PnP and wake event callbacks, container IDs, ---
 */
/* --- ejection relations (KMDF 1.0; 1.9, 1.11 where noted).             --- */
#ifndef WSKCHECK_WDF_PDO_EVENTS
#define WSKCHECK_WDF_PDO_EVENTS
#ifdef __cplusplus
extern "C" {
#endif

typedef NTSTATUS EVT_WDF_DEVICE_RESOURCES_QUERY(WDFDEVICE Device,
                                                WDFCMRESLIST Resources);
typedef EVT_WDF_DEVICE_RESOURCES_QUERY *PFN_WDF_DEVICE_RESOURCES_QUERY;
typedef NTSTATUS EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY(
    WDFDEVICE Device, WDFIORESREQLIST IoResourceRequirementsList);
typedef EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY
    *PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY;
typedef NTSTATUS EVT_WDF_DEVICE_EJECT(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_EJECT *PFN_WDF_DEVICE_EJECT;
typedef NTSTATUS EVT_WDF_DEVICE_SET_LOCK(WDFDEVICE Device, BOOLEAN IsLocked);
typedef EVT_WDF_DEVICE_SET_LOCK *PFN_WDF_DEVICE_SET_LOCK;
typedef NTSTATUS
EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS(WDFDEVICE Device,
                                  SYSTEM_POWER_STATE PowerState);
typedef EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS;
typedef VOID EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS;
typedef VOID EVT_WDF_DEVICE_REPORTED_MISSING(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_REPORTED_MISSING *PFN_WDF_DEVICE_REPORTED_MISSING;

typedef struct _WDF_PDO_EVENT_CALLBACKS {
  ULONG Size;
  PFN_WDF_DEVICE_RESOURCES_QUERY EvtDeviceResourcesQuery;
  PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY EvtDeviceResourceRequirementsQuery;
  PFN_WDF_DEVICE_EJECT EvtDeviceEject;
  PFN_WDF_DEVICE_SET_LOCK EvtDeviceSetLock;
  PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS EvtDeviceEnableWakeAtBus;
  PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS EvtDeviceDisableWakeAtBus;
  PFN_WDF_DEVICE_REPORTED_MISSING EvtDeviceReportedMissing;
} WDF_PDO_EVENT_CALLBACKS, *PWDF_PDO_EVENT_CALLBACKS;

FORCEINLINE VOID
WDF_PDO_EVENT_CALLBACKS_INIT(PWDF_PDO_EVENT_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(WDF_PDO_EVENT_CALLBACKS));
  Callbacks->Size = sizeof(WDF_PDO_EVENT_CALLBACKS);
}

VOID WdfPdoInitSetEventCallbacks(PWDFDEVICE_INIT DeviceInit,
                                 PWDF_PDO_EVENT_CALLBACKS DispatchTable);
NTSTATUS WdfPdoInitAssignContainerID(PWDFDEVICE_INIT DeviceInit,
                                     PCUNICODE_STRING ContainerID);
VOID WdfPdoInitRemovePowerDependencyOnParent(PWDFDEVICE_INIT DeviceInit);
NTSTATUS
WdfPdoAddEjectionRelationsPhysicalDevice(WDFDEVICE Device,
                                         PDEVICE_OBJECT PhysicalDevice);
VOID WdfPdoRemoveEjectionRelationsPhysicalDevice(WDFDEVICE Device,
                                                 PDEVICE_OBJECT PhysicalDevice);
VOID WdfPdoClearEjectionRelationsDevices(WDFDEVICE Device);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_PDO_EVENTS */
/* --- end Bus drivers' events --- */
