/* wskcheck WDK profile: reshub.h, the resource hub through which a driver
 * opens the GPIO pins and serial bus (I2C, SPI, UART) connections its
 * device's ACPI resources name, written from the documentation of the
 * resource hub, GPIO and SPB peripheral drivers. A whole header mingw-w64
 * does not have.
 *
 * The documentation gives RESOURCE_HUB_CREATE_PATH_FROM_ID's use (it writes
 * the device path of a connection ID into a UNICODE_STRING and returns an
 * NTSTATUS) but not the path's format, so here it is a routine the analysis
 * cannot see, and RESOURCE_HUB_PATH_SIZE is a byte count any such path fits.
 */
#ifndef _RESHUB_H_
#define _RESHUB_H_

#ifdef __cplusplus
extern "C" {
#endif

#define RESOURCE_HUB_PATH_SIZE 256

NTSTATUS RESOURCE_HUB_CREATE_PATH_FROM_ID(PUNICODE_STRING DevicePath,
                                          ULONG IdLowPart, ULONG IdHighPart);

#include <pshpack1.h>
/* The common header of an ACPI serial bus connection descriptor (I2C, SPI,
   UART), as RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER returns it. */
typedef struct _PNP_SERIAL_BUS_DESCRIPTOR {
  UCHAR Tag;
  USHORT Length;
  UCHAR RevisionId;
  UCHAR ResourceSourceIndex;
  UCHAR SerialBusType;
  UCHAR GeneralFlags;
  USHORT TypeSpecificFlags;
  UCHAR TypeSpecificRevisionId;
  USHORT TypeDataLength;
} PNP_SERIAL_BUS_DESCRIPTOR, *PPNP_SERIAL_BUS_DESCRIPTOR;
#include <poppack.h>

typedef struct _RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER {
  ULONG Version;
  ULONG PropertiesLength;
  UCHAR ConnectionProperties[ANYSIZE_ARRAY];
} RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER,
    *PRH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER;

#ifdef __cplusplus
}
#endif

#endif /* _RESHUB_H_ */
