/* Display driver types shared by the user-mode and kernel-mode display
   interfaces (d3dukmdt.h), as documented for WDDM drivers: present source
   and target identifiers, surface formats, gamma ramp kinds, scan-line
   ordering and the move rectangle of a display-only present.
   Values the reference pages do not state (most enumerators, the
   interface version, the identifier and frequency sentinels) are
   stand-ins, distinct from each other. */
#ifndef _WSKCHECK_D3DUKMDT_H
#define _WSKCHECK_D3DUKMDT_H

/* UINT, POINT and RECT: display drivers include windef.h after the kernel
   header; done here so the header also stands on its own. */
#include <windef.h>

typedef UINT D3DDDI_VIDEO_PRESENT_SOURCE_ID;
typedef UINT D3DDDI_VIDEO_PRESENT_TARGET_ID;

#define D3DDDI_ID_UNINITIALIZED ((UINT)(~0))
#define D3DDDI_ID_UNKNOWN ((UINT)(~1))
#define D3DDDI_ID_NOTAPPLICABLE ((UINT)(~2))
#define D3DDDI_ID_ALL ((UINT)(~3))

typedef enum _D3DDDIFORMAT {
  D3DDDIFMT_UNKNOWN = 0,
  D3DDDIFMT_R8G8B8 = 20,
  D3DDDIFMT_A8R8G8B8 = 21,
  D3DDDIFMT_X8R8G8B8 = 22,
  D3DDDIFMT_R5G6B5 = 23,
  D3DDDIFMT_X1R5G5B5 = 24,
  D3DDDIFMT_A1R5G5B5 = 25,
  D3DDDIFMT_A2R10G10B10 = 35,
  D3DDDIFMT_P8 = 41,
  D3DDDIFMT_FORCE_UINT = 0x7fffffff
} D3DDDIFORMAT;

typedef enum _D3DDDI_GAMMARAMP_TYPE {
  D3DDDI_GAMMARAMP_UNINITIALIZED = 0,
  D3DDDI_GAMMARAMP_DEFAULT = 1,
  D3DDDI_GAMMARAMP_RGB256x3x16 = 2,
  D3DDDI_GAMMARAMP_DXGI_1 = 3
} D3DDDI_GAMMARAMP_TYPE;

typedef enum _D3DDDI_VIDEO_SIGNAL_SCANLINE_ORDERING {
  D3DDDI_VSSLO_UNINITIALIZED = 0,
  D3DDDI_VSSLO_PROGRESSIVE = 1,
  D3DDDI_VSSLO_INTERLACED_UPPERFIELDFIRST = 2,
  D3DDDI_VSSLO_INTERLACED_LOWERFIELDFIRST = 3,
  D3DDDI_VSSLO_OTHER = 255
} D3DDDI_VIDEO_SIGNAL_SCANLINE_ORDERING;

typedef struct _D3DKMT_MOVE_RECT {
  POINT SourcePoint;
  RECT DestRect;
} D3DKMT_MOVE_RECT;

typedef UINT D3DKMT_HANDLE;

typedef struct _D3DDDI_RATIONAL {
  UINT Numerator;
  UINT Denominator;
} D3DDDI_RATIONAL;

#endif
