/* A WDK header the profile does not have. */
#include <ntddk.h>
#include <contoso_bus_interface.h>
