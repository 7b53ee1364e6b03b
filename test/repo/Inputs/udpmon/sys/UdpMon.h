/* UdpMon: a KMDF driver that reports packet counters over a WSK socket. */
#pragma once
#include <ntddk.h>
#include <wdf.h>
#include <wsk.h>
#include <ntstrsafe.h>
#include <UdpMonIoctl.h>
#include "Trace.h"

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_UNLOAD UdpMonEvtDriverUnload;

/* Wsk.c */
NTSTATUS UdpMonWskStart(VOID);
VOID UdpMonWskStop(VOID);

/* Control.c */
NTSTATUS UdpMonCreateControlDevice(_In_ WDFDRIVER Driver);
