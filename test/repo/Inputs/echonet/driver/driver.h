#pragma once

#if !defined(ECHO_RELEASE) && !defined(ECHO_DEBUG)
#error "the configuration's defines come from EchoNet.vcxproj"
#endif

#include "EchoVersion.h"

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_UNLOAD EchoEvtDriverUnload;
