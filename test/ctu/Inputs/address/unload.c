/* The unload routine of drv.c. */
#include <ntddk.h>
#include <wsk.h>

extern WSK_REGISTRATION g_Reg;

DRIVER_UNLOAD DrvUnload;

VOID DrvUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
#ifndef BUG
  WskDeregister(&g_Reg);
#endif
}
