/* Direct3D kernel-side driver interface (d3dnthal.h): winddi.h includes it
   but uses none of its names, so the profile needs only the file. */
#ifndef _WSKCHECK_D3DNTHAL_H
#define _WSKCHECK_D3DNTHAL_H
#endif
