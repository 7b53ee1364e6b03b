/* Display kernel-mode thunk interface (d3dkmthk.h). Display-only drivers
   include it for the shared display types; the D3DKMT* thunk functions
   themselves are user-mode entry points and are not declared. */
#ifndef _WSKCHECK_D3DKMTHK_H
#define _WSKCHECK_D3DKMTHK_H

#include <d3dukmdt.h>

#endif
