/* wskcheck WDK profile: mingw-w64's ntddk.h, then what it lacks. */
#ifndef WSKCHECK_WDK_NTDDK_H
#define WSKCHECK_WDK_NTDDK_H

/* mingw-w64 defines RTL_SPLAY_LINKS only for the splay-tree generic tables,
   and uses it for the splay routines either way: with RTL_USE_AVL_TABLES,
   define it first. */
#if defined(RTL_USE_AVL_TABLES) && !defined(WSKCHECK_WDK_SPLAY_LINKS)
#define WSKCHECK_WDK_SPLAY_LINKS
typedef struct _RTL_SPLAY_LINKS {
  struct _RTL_SPLAY_LINKS *Parent;
  struct _RTL_SPLAY_LINKS *LeftChild;
  struct _RTL_SPLAY_LINKS *RightChild;
} RTL_SPLAY_LINKS, *PRTL_SPLAY_LINKS;
#endif

#include_next <ntddk.h>
#include <wskcheck_wdk_gaps.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Generic tables: the routine types (the pointer types are mingw-w64's). */
#ifndef WSKCHECK_WDK_GENERIC_TABLE_ROUTINES
#define WSKCHECK_WDK_GENERIC_TABLE_ROUTINES
typedef RTL_GENERIC_COMPARE_RESULTS NTAPI RTL_AVL_COMPARE_ROUTINE(
    struct _RTL_AVL_TABLE *Table, PVOID FirstStruct, PVOID SecondStruct);
typedef PVOID NTAPI RTL_AVL_ALLOCATE_ROUTINE(struct _RTL_AVL_TABLE *Table,
                                             CLONG ByteSize);
typedef VOID NTAPI RTL_AVL_FREE_ROUTINE(struct _RTL_AVL_TABLE *Table,
                                        PVOID Buffer);
#ifndef RTL_USE_AVL_TABLES
typedef RTL_GENERIC_COMPARE_RESULTS NTAPI RTL_GENERIC_COMPARE_ROUTINE(
    struct _RTL_GENERIC_TABLE *Table, PVOID FirstStruct, PVOID SecondStruct);
typedef PVOID NTAPI RTL_GENERIC_ALLOCATE_ROUTINE(
    struct _RTL_GENERIC_TABLE *Table, CLONG ByteSize);
typedef VOID NTAPI RTL_GENERIC_FREE_ROUTINE(struct _RTL_GENERIC_TABLE *Table,
                                            PVOID Buffer);
#endif
#endif

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_NTDDK_H */
