/* A header the build generates from contosomsg.mc. */
#include <ntddk.h>
#include "contosomsg.h"
