/* A driver that uses what its build generates: status codes from a message
 * text file, event-writing macros from an instrumentation manifest, and a
 * WMI data block's GUID and layout from a class file. */
#include <ntddk.h>
#include <wdf.h>
#include "common.h"
#include "projcfg.h"
#include "genlog.h"
#include "genEvents.h"
#include "WmiData.h" /* not mingw-w64's ddk/wmidata.h */
#include "present.h"

/* mc's values: severity << 30 | facility << 16 | id; an empty MessageId is
 * the previous one of the facility plus one; severity and facility carry
 * over. */
_Static_assert(GENLOG_STARTED == (NTSTATUS)0x40060001L, "informational");
_Static_assert(GENLOG_FAILED == (NTSTATUS)0xC0060002L, "next id, error");
_Static_assert(GENLOG_SLOW == (NTSTATUS)0x80040010L, "warning, I/O");
_Static_assert(FACILITY_GEN_ERROR_CODE == 0x6, "facility name");
_Static_assert(STATUS_SEVERITY_ERROR == 0x3, "severity name");
_Static_assert(PRESENT_FROM_CHECKOUT == 1, "the checkout's header");

/* wmimofck's layout: the WmiDataId items in id order. */
_Static_assert(FIELD_OFFSET(GenDeviceInformation, Enabled) == 0, "id 1");
_Static_assert(GenDeviceInformation_ErrorCount_ID == 2, "id 2");
_Static_assert(GenDeviceInformation_Address_SIZE == 6, "fixed array");
_Static_assert(FIELD_OFFSET(GenDeviceInformation, Counters) ==
                   FIELD_OFFSET(GenDeviceInformation, Address) + 8,
               "aligned embedded class");
_Static_assert(sizeof(GEN_COUNTERS) == 2 * sizeof(ULONG), "HeaderName");
_Static_assert(GenDeviceInformation_SIZE ==
                   FIELD_OFFSET(GenDeviceInformation, Counters) +
                       sizeof(GEN_COUNTERS),
               "size");
_Static_assert(ResetCounters == 1, "method id");
_Static_assert(sizeof(ResetCounters_IN) == sizeof(ULONG), "method input");

static ULONG GenErrors;

static VOID GenUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  EventUnregisterGen_Driver();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  GenDeviceInformation Info = {0};
  const GUID *Block = &GenDeviceInformation_GUID;
  GUID Copy = GenDeviceInformationGuid;
  const GUID *Provider = &GEN_PROVIDER;
  UNREFERENCED_PARAMETER(Path);
  if (!NT_SUCCESS(EventRegisterGen_Driver()))
    return GENLOG_FAILED;
  if (EventEnabledDeviceAdded())
    EventWriteDeviceAdded(NULL, GEN_MAX_DEVICES);
  EventWriteReadFailed(NULL, GENLOG_SLOW);
  Info.ErrorCount = GenErrors;
  Info.Address[0] = (UCHAR)(GEN_POOL_TAG & 0xFF);
  DriverObject->DriverUnload = GenUnload;
  return Block && Provider && Copy.Data1 ? STATUS_SUCCESS : GENLOG_STARTED;
}
