/* The precompiled header: every source gets it through ForcedIncludeFiles,
   none includes it itself. */
#pragma once
#include <NTDDK.h>
#include <Wdf.h>
#include <Wsk.h>
