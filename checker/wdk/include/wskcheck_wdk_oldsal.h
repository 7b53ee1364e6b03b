/* wskcheck WDK profile: the old-style SAL annotations (specstrings.h and
 * driverspecs.h: __in, __out_bcount(size), __deref_out_opt,
 * __out_bcount_part_opt(size, length), __out_data_source(src), __drv_...),
 * which older drivers and WDK samples still write and mingw-w64 defines only
 * in part. They carry no meaning for the analysis and expand to nothing;
 * each is defined only if nothing has defined it before. Included from
 * wskcheck_wdk_gaps.h, after the kernel header a driver starts with.
 */
#ifndef WSKCHECK_WDK_OLDSAL_H
#define WSKCHECK_WDK_OLDSAL_H

#ifndef __allocator
#define __allocator
#endif
#ifndef __bound
#define __bound
#endif
#ifndef __callback
#define __callback
#endif
#ifndef __checkReturn
#define __checkReturn
#endif
#ifndef __deref
#define __deref
#endif
#ifndef __deref_in
#define __deref_in
#endif
#ifndef __deref_in_nz
#define __deref_in_nz
#endif
#ifndef __deref_in_nz_opt
#define __deref_in_nz_opt
#endif
#ifndef __deref_in_opt
#define __deref_in_opt
#endif
#ifndef __deref_in_z
#define __deref_in_z
#endif
#ifndef __deref_in_z_opt
#define __deref_in_z_opt
#endif
#ifndef __deref_inout
#define __deref_inout
#endif
#ifndef __deref_inout_nz
#define __deref_inout_nz
#endif
#ifndef __deref_inout_nz_opt
#define __deref_inout_nz_opt
#endif
#ifndef __deref_inout_opt
#define __deref_inout_opt
#endif
#ifndef __deref_inout_z
#define __deref_inout_z
#endif
#ifndef __deref_inout_z_opt
#define __deref_inout_z_opt
#endif
#ifndef __deref_opt_in
#define __deref_opt_in
#endif
#ifndef __deref_opt_in_nz
#define __deref_opt_in_nz
#endif
#ifndef __deref_opt_in_nz_opt
#define __deref_opt_in_nz_opt
#endif
#ifndef __deref_opt_in_opt
#define __deref_opt_in_opt
#endif
#ifndef __deref_opt_in_z
#define __deref_opt_in_z
#endif
#ifndef __deref_opt_in_z_opt
#define __deref_opt_in_z_opt
#endif
#ifndef __deref_opt_inout
#define __deref_opt_inout
#endif
#ifndef __deref_opt_inout_nz
#define __deref_opt_inout_nz
#endif
#ifndef __deref_opt_inout_nz_opt
#define __deref_opt_inout_nz_opt
#endif
#ifndef __deref_opt_inout_opt
#define __deref_opt_inout_opt
#endif
#ifndef __deref_opt_inout_z
#define __deref_opt_inout_z
#endif
#ifndef __deref_opt_inout_z_opt
#define __deref_opt_inout_z_opt
#endif
#ifndef __deref_opt_out
#define __deref_opt_out
#endif
#ifndef __deref_opt_out_nz
#define __deref_opt_out_nz
#endif
#ifndef __deref_opt_out_nz_opt
#define __deref_opt_out_nz_opt
#endif
#ifndef __deref_opt_out_opt
#define __deref_opt_out_opt
#endif
#ifndef __deref_opt_out_z
#define __deref_opt_out_z
#endif
#ifndef __deref_opt_out_z_opt
#define __deref_opt_out_z_opt
#endif
#ifndef __deref_out
#define __deref_out
#endif
#ifndef __deref_out_nz
#define __deref_out_nz
#endif
#ifndef __deref_out_nz_opt
#define __deref_out_nz_opt
#endif
#ifndef __deref_out_opt
#define __deref_out_opt
#endif
#ifndef __deref_out_z
#define __deref_out_z
#endif
#ifndef __deref_out_z_opt
#define __deref_out_z_opt
#endif
#ifndef __drv_IoGetDmaAdapter
#define __drv_IoGetDmaAdapter
#endif
#ifndef __drv_acquiresCriticalRegion
#define __drv_acquiresCriticalRegion
#endif
#ifndef __drv_acquiresPriorityRegion
#define __drv_acquiresPriorityRegion
#endif
#ifndef __drv_aliasesMem
#define __drv_aliasesMem
#endif
#ifndef __drv_dispatchType_other
#define __drv_dispatchType_other
#endif
#ifndef __drv_floatRestored
#define __drv_floatRestored
#endif
#ifndef __drv_floatSaved
#define __drv_floatSaved
#endif
#ifndef __drv_interlockedOperand
#define __drv_interlockedOperand
#endif
#ifndef __drv_isCancelIRQL
#define __drv_isCancelIRQL
#endif
#ifndef __drv_mustHoldCriticalRegion
#define __drv_mustHoldCriticalRegion
#endif
#ifndef __drv_mustHoldPriorityRegion
#define __drv_mustHoldPriorityRegion
#endif
#ifndef __drv_neverHoldCriticalRegion
#define __drv_neverHoldCriticalRegion
#endif
#ifndef __drv_neverHoldPriorityRegion
#define __drv_neverHoldPriorityRegion
#endif
#ifndef __drv_nonConstant
#define __drv_nonConstant
#endif
#ifndef __drv_releasesCriticalRegion
#define __drv_releasesCriticalRegion
#endif
#ifndef __drv_releasesPriorityRegion
#define __drv_releasesPriorityRegion
#endif
#ifndef __drv_restoresIRQL
#define __drv_restoresIRQL
#endif
#ifndef __drv_savesIRQL
#define __drv_savesIRQL
#endif
#ifndef __drv_typeBitset
#define __drv_typeBitset
#endif
#ifndef __drv_typeCond
#define __drv_typeCond
#endif
#ifndef __drv_typeConst
#define __drv_typeConst
#endif
#ifndef __drv_typeExpr
#define __drv_typeExpr
#endif
#ifndef __drv_useCancelIRQL
#define __drv_useCancelIRQL
#endif
#ifndef __encoded_array
#define __encoded_array
#endif
#ifndef __encoded_pointer
#define __encoded_pointer
#endif
#ifndef __fallthrough
#define __fallthrough
#endif
#ifndef __field_nullterminated
#define __field_nullterminated
#endif
#ifndef __field_z
#define __field_z
#endif
#ifndef __format_string
#define __format_string
#endif
#ifndef __gdi_entry
#define __gdi_entry
#endif
#ifndef __in
#define __in
#endif
#ifndef __in_nz
#define __in_nz
#endif
#ifndef __in_nz_opt
#define __in_nz_opt
#endif
#ifndef __in_opt
#define __in_opt
#endif
#ifndef __in_z
#define __in_z
#endif
#ifndef __in_z_opt
#define __in_z_opt
#endif
#ifndef __inout
#define __inout
#endif
#ifndef __inout_nz
#define __inout_nz
#endif
#ifndef __inout_nz_opt
#define __inout_nz_opt
#endif
#ifndef __inout_opt
#define __inout_opt
#endif
#ifndef __inout_z
#define __inout_z
#endif
#ifndef __inout_z_opt
#define __inout_z_opt
#endif
#ifndef __kernel_entry
#define __kernel_entry
#endif
#ifndef __maybenull
#define __maybenull
#endif
#ifndef __maybereadonly
#define __maybereadonly
#endif
#ifndef __maybevalid
#define __maybevalid
#endif
#ifndef __notnull
#define __notnull
#endif
#ifndef __notvalid
#define __notvalid
#endif
#ifndef __nullnullterminated
#define __nullnullterminated
#endif
#ifndef __nullterminated
#define __nullterminated
#endif
#ifndef __out
#define __out
#endif
#ifndef __out_nz
#define __out_nz
#endif
#ifndef __out_nz_opt
#define __out_nz_opt
#endif
#ifndef __out_opt
#define __out_opt
#endif
#ifndef __out_z
#define __out_z
#endif
#ifndef __out_z_opt
#define __out_z_opt
#endif
#ifndef __override
#define __override
#endif
#ifndef __post_invalid
#define __post_invalid
#endif
#ifndef __pre_invalid
#define __pre_invalid
#endif
#ifndef __readonly
#define __readonly
#endif
#ifndef __refparam
#define __refparam
#endif
#ifndef __reserved
#define __reserved
#endif
#ifndef __rpc_entry
#define __rpc_entry
#endif
#ifndef __valid
#define __valid
#endif
#ifndef __analysis_assume
#define __analysis_assume(...)
#endif
#ifndef __assume_bound
#define __assume_bound(...)
#endif
#ifndef __assume_validated
#define __assume_validated(...)
#endif
#ifndef __blocksOn
#define __blocksOn(...)
#endif
#ifndef __byte_readableTo
#define __byte_readableTo(...)
#endif
#ifndef __byte_writableTo
#define __byte_writableTo(...)
#endif
#ifndef __control_entrypoint
#define __control_entrypoint(...)
#endif
#ifndef __data_entrypoint
#define __data_entrypoint(...)
#endif
#ifndef __deref_in_bcount
#define __deref_in_bcount(...)
#endif
#ifndef __deref_in_bcount_full
#define __deref_in_bcount_full(...)
#endif
#ifndef __deref_in_bcount_full_opt
#define __deref_in_bcount_full_opt(...)
#endif
#ifndef __deref_in_bcount_full_z
#define __deref_in_bcount_full_z(...)
#endif
#ifndef __deref_in_bcount_full_z_opt
#define __deref_in_bcount_full_z_opt(...)
#endif
#ifndef __deref_in_bcount_nz
#define __deref_in_bcount_nz(...)
#endif
#ifndef __deref_in_bcount_nz_opt
#define __deref_in_bcount_nz_opt(...)
#endif
#ifndef __deref_in_bcount_opt
#define __deref_in_bcount_opt(...)
#endif
#ifndef __deref_in_bcount_part
#define __deref_in_bcount_part(...)
#endif
#ifndef __deref_in_bcount_part_opt
#define __deref_in_bcount_part_opt(...)
#endif
#ifndef __deref_in_bcount_part_z
#define __deref_in_bcount_part_z(...)
#endif
#ifndef __deref_in_bcount_part_z_opt
#define __deref_in_bcount_part_z_opt(...)
#endif
#ifndef __deref_in_bcount_z
#define __deref_in_bcount_z(...)
#endif
#ifndef __deref_in_bcount_z_opt
#define __deref_in_bcount_z_opt(...)
#endif
#ifndef __deref_in_ecount
#define __deref_in_ecount(...)
#endif
#ifndef __deref_in_ecount_full
#define __deref_in_ecount_full(...)
#endif
#ifndef __deref_in_ecount_full_opt
#define __deref_in_ecount_full_opt(...)
#endif
#ifndef __deref_in_ecount_full_z
#define __deref_in_ecount_full_z(...)
#endif
#ifndef __deref_in_ecount_full_z_opt
#define __deref_in_ecount_full_z_opt(...)
#endif
#ifndef __deref_in_ecount_nz
#define __deref_in_ecount_nz(...)
#endif
#ifndef __deref_in_ecount_nz_opt
#define __deref_in_ecount_nz_opt(...)
#endif
#ifndef __deref_in_ecount_opt
#define __deref_in_ecount_opt(...)
#endif
#ifndef __deref_in_ecount_part
#define __deref_in_ecount_part(...)
#endif
#ifndef __deref_in_ecount_part_opt
#define __deref_in_ecount_part_opt(...)
#endif
#ifndef __deref_in_ecount_part_z
#define __deref_in_ecount_part_z(...)
#endif
#ifndef __deref_in_ecount_part_z_opt
#define __deref_in_ecount_part_z_opt(...)
#endif
#ifndef __deref_in_ecount_z
#define __deref_in_ecount_z(...)
#endif
#ifndef __deref_in_ecount_z_opt
#define __deref_in_ecount_z_opt(...)
#endif
#ifndef __deref_in_range
#define __deref_in_range(...)
#endif
#ifndef __deref_in_xcount
#define __deref_in_xcount(...)
#endif
#ifndef __deref_in_xcount_full
#define __deref_in_xcount_full(...)
#endif
#ifndef __deref_in_xcount_full_opt
#define __deref_in_xcount_full_opt(...)
#endif
#ifndef __deref_in_xcount_full_z
#define __deref_in_xcount_full_z(...)
#endif
#ifndef __deref_in_xcount_full_z_opt
#define __deref_in_xcount_full_z_opt(...)
#endif
#ifndef __deref_in_xcount_nz
#define __deref_in_xcount_nz(...)
#endif
#ifndef __deref_in_xcount_nz_opt
#define __deref_in_xcount_nz_opt(...)
#endif
#ifndef __deref_in_xcount_opt
#define __deref_in_xcount_opt(...)
#endif
#ifndef __deref_in_xcount_part
#define __deref_in_xcount_part(...)
#endif
#ifndef __deref_in_xcount_part_opt
#define __deref_in_xcount_part_opt(...)
#endif
#ifndef __deref_in_xcount_part_z
#define __deref_in_xcount_part_z(...)
#endif
#ifndef __deref_in_xcount_part_z_opt
#define __deref_in_xcount_part_z_opt(...)
#endif
#ifndef __deref_in_xcount_z
#define __deref_in_xcount_z(...)
#endif
#ifndef __deref_in_xcount_z_opt
#define __deref_in_xcount_z_opt(...)
#endif
#ifndef __deref_inout_bcount
#define __deref_inout_bcount(...)
#endif
#ifndef __deref_inout_bcount_full
#define __deref_inout_bcount_full(...)
#endif
#ifndef __deref_inout_bcount_full_opt
#define __deref_inout_bcount_full_opt(...)
#endif
#ifndef __deref_inout_bcount_full_z
#define __deref_inout_bcount_full_z(...)
#endif
#ifndef __deref_inout_bcount_full_z_opt
#define __deref_inout_bcount_full_z_opt(...)
#endif
#ifndef __deref_inout_bcount_nz
#define __deref_inout_bcount_nz(...)
#endif
#ifndef __deref_inout_bcount_nz_opt
#define __deref_inout_bcount_nz_opt(...)
#endif
#ifndef __deref_inout_bcount_opt
#define __deref_inout_bcount_opt(...)
#endif
#ifndef __deref_inout_bcount_part
#define __deref_inout_bcount_part(...)
#endif
#ifndef __deref_inout_bcount_part_opt
#define __deref_inout_bcount_part_opt(...)
#endif
#ifndef __deref_inout_bcount_part_z
#define __deref_inout_bcount_part_z(...)
#endif
#ifndef __deref_inout_bcount_part_z_opt
#define __deref_inout_bcount_part_z_opt(...)
#endif
#ifndef __deref_inout_bcount_z
#define __deref_inout_bcount_z(...)
#endif
#ifndef __deref_inout_bcount_z_opt
#define __deref_inout_bcount_z_opt(...)
#endif
#ifndef __deref_inout_ecount
#define __deref_inout_ecount(...)
#endif
#ifndef __deref_inout_ecount_full
#define __deref_inout_ecount_full(...)
#endif
#ifndef __deref_inout_ecount_full_opt
#define __deref_inout_ecount_full_opt(...)
#endif
#ifndef __deref_inout_ecount_full_z
#define __deref_inout_ecount_full_z(...)
#endif
#ifndef __deref_inout_ecount_full_z_opt
#define __deref_inout_ecount_full_z_opt(...)
#endif
#ifndef __deref_inout_ecount_nz
#define __deref_inout_ecount_nz(...)
#endif
#ifndef __deref_inout_ecount_nz_opt
#define __deref_inout_ecount_nz_opt(...)
#endif
#ifndef __deref_inout_ecount_opt
#define __deref_inout_ecount_opt(...)
#endif
#ifndef __deref_inout_ecount_part
#define __deref_inout_ecount_part(...)
#endif
#ifndef __deref_inout_ecount_part_opt
#define __deref_inout_ecount_part_opt(...)
#endif
#ifndef __deref_inout_ecount_part_z
#define __deref_inout_ecount_part_z(...)
#endif
#ifndef __deref_inout_ecount_part_z_opt
#define __deref_inout_ecount_part_z_opt(...)
#endif
#ifndef __deref_inout_ecount_z
#define __deref_inout_ecount_z(...)
#endif
#ifndef __deref_inout_ecount_z_opt
#define __deref_inout_ecount_z_opt(...)
#endif
#ifndef __deref_inout_range
#define __deref_inout_range(...)
#endif
#ifndef __deref_inout_xcount
#define __deref_inout_xcount(...)
#endif
#ifndef __deref_inout_xcount_full
#define __deref_inout_xcount_full(...)
#endif
#ifndef __deref_inout_xcount_full_opt
#define __deref_inout_xcount_full_opt(...)
#endif
#ifndef __deref_inout_xcount_full_z
#define __deref_inout_xcount_full_z(...)
#endif
#ifndef __deref_inout_xcount_full_z_opt
#define __deref_inout_xcount_full_z_opt(...)
#endif
#ifndef __deref_inout_xcount_nz
#define __deref_inout_xcount_nz(...)
#endif
#ifndef __deref_inout_xcount_nz_opt
#define __deref_inout_xcount_nz_opt(...)
#endif
#ifndef __deref_inout_xcount_opt
#define __deref_inout_xcount_opt(...)
#endif
#ifndef __deref_inout_xcount_part
#define __deref_inout_xcount_part(...)
#endif
#ifndef __deref_inout_xcount_part_opt
#define __deref_inout_xcount_part_opt(...)
#endif
#ifndef __deref_inout_xcount_part_z
#define __deref_inout_xcount_part_z(...)
#endif
#ifndef __deref_inout_xcount_part_z_opt
#define __deref_inout_xcount_part_z_opt(...)
#endif
#ifndef __deref_inout_xcount_z
#define __deref_inout_xcount_z(...)
#endif
#ifndef __deref_inout_xcount_z_opt
#define __deref_inout_xcount_z_opt(...)
#endif
#ifndef __deref_opt_in_bcount
#define __deref_opt_in_bcount(...)
#endif
#ifndef __deref_opt_in_bcount_full
#define __deref_opt_in_bcount_full(...)
#endif
#ifndef __deref_opt_in_bcount_full_opt
#define __deref_opt_in_bcount_full_opt(...)
#endif
#ifndef __deref_opt_in_bcount_full_z
#define __deref_opt_in_bcount_full_z(...)
#endif
#ifndef __deref_opt_in_bcount_full_z_opt
#define __deref_opt_in_bcount_full_z_opt(...)
#endif
#ifndef __deref_opt_in_bcount_nz
#define __deref_opt_in_bcount_nz(...)
#endif
#ifndef __deref_opt_in_bcount_nz_opt
#define __deref_opt_in_bcount_nz_opt(...)
#endif
#ifndef __deref_opt_in_bcount_opt
#define __deref_opt_in_bcount_opt(...)
#endif
#ifndef __deref_opt_in_bcount_part
#define __deref_opt_in_bcount_part(...)
#endif
#ifndef __deref_opt_in_bcount_part_opt
#define __deref_opt_in_bcount_part_opt(...)
#endif
#ifndef __deref_opt_in_bcount_part_z
#define __deref_opt_in_bcount_part_z(...)
#endif
#ifndef __deref_opt_in_bcount_part_z_opt
#define __deref_opt_in_bcount_part_z_opt(...)
#endif
#ifndef __deref_opt_in_bcount_z
#define __deref_opt_in_bcount_z(...)
#endif
#ifndef __deref_opt_in_bcount_z_opt
#define __deref_opt_in_bcount_z_opt(...)
#endif
#ifndef __deref_opt_in_ecount
#define __deref_opt_in_ecount(...)
#endif
#ifndef __deref_opt_in_ecount_full
#define __deref_opt_in_ecount_full(...)
#endif
#ifndef __deref_opt_in_ecount_full_opt
#define __deref_opt_in_ecount_full_opt(...)
#endif
#ifndef __deref_opt_in_ecount_full_z
#define __deref_opt_in_ecount_full_z(...)
#endif
#ifndef __deref_opt_in_ecount_full_z_opt
#define __deref_opt_in_ecount_full_z_opt(...)
#endif
#ifndef __deref_opt_in_ecount_nz
#define __deref_opt_in_ecount_nz(...)
#endif
#ifndef __deref_opt_in_ecount_nz_opt
#define __deref_opt_in_ecount_nz_opt(...)
#endif
#ifndef __deref_opt_in_ecount_opt
#define __deref_opt_in_ecount_opt(...)
#endif
#ifndef __deref_opt_in_ecount_part
#define __deref_opt_in_ecount_part(...)
#endif
#ifndef __deref_opt_in_ecount_part_opt
#define __deref_opt_in_ecount_part_opt(...)
#endif
#ifndef __deref_opt_in_ecount_part_z
#define __deref_opt_in_ecount_part_z(...)
#endif
#ifndef __deref_opt_in_ecount_part_z_opt
#define __deref_opt_in_ecount_part_z_opt(...)
#endif
#ifndef __deref_opt_in_ecount_z
#define __deref_opt_in_ecount_z(...)
#endif
#ifndef __deref_opt_in_ecount_z_opt
#define __deref_opt_in_ecount_z_opt(...)
#endif
#ifndef __deref_opt_in_xcount
#define __deref_opt_in_xcount(...)
#endif
#ifndef __deref_opt_in_xcount_full
#define __deref_opt_in_xcount_full(...)
#endif
#ifndef __deref_opt_in_xcount_full_opt
#define __deref_opt_in_xcount_full_opt(...)
#endif
#ifndef __deref_opt_in_xcount_full_z
#define __deref_opt_in_xcount_full_z(...)
#endif
#ifndef __deref_opt_in_xcount_full_z_opt
#define __deref_opt_in_xcount_full_z_opt(...)
#endif
#ifndef __deref_opt_in_xcount_nz
#define __deref_opt_in_xcount_nz(...)
#endif
#ifndef __deref_opt_in_xcount_nz_opt
#define __deref_opt_in_xcount_nz_opt(...)
#endif
#ifndef __deref_opt_in_xcount_opt
#define __deref_opt_in_xcount_opt(...)
#endif
#ifndef __deref_opt_in_xcount_part
#define __deref_opt_in_xcount_part(...)
#endif
#ifndef __deref_opt_in_xcount_part_opt
#define __deref_opt_in_xcount_part_opt(...)
#endif
#ifndef __deref_opt_in_xcount_part_z
#define __deref_opt_in_xcount_part_z(...)
#endif
#ifndef __deref_opt_in_xcount_part_z_opt
#define __deref_opt_in_xcount_part_z_opt(...)
#endif
#ifndef __deref_opt_in_xcount_z
#define __deref_opt_in_xcount_z(...)
#endif
#ifndef __deref_opt_in_xcount_z_opt
#define __deref_opt_in_xcount_z_opt(...)
#endif
#ifndef __deref_opt_inout_bcount
#define __deref_opt_inout_bcount(...)
#endif
#ifndef __deref_opt_inout_bcount_full
#define __deref_opt_inout_bcount_full(...)
#endif
#ifndef __deref_opt_inout_bcount_full_opt
#define __deref_opt_inout_bcount_full_opt(...)
#endif
#ifndef __deref_opt_inout_bcount_full_z
#define __deref_opt_inout_bcount_full_z(...)
#endif
#ifndef __deref_opt_inout_bcount_full_z_opt
#define __deref_opt_inout_bcount_full_z_opt(...)
#endif
#ifndef __deref_opt_inout_bcount_nz
#define __deref_opt_inout_bcount_nz(...)
#endif
#ifndef __deref_opt_inout_bcount_nz_opt
#define __deref_opt_inout_bcount_nz_opt(...)
#endif
#ifndef __deref_opt_inout_bcount_opt
#define __deref_opt_inout_bcount_opt(...)
#endif
#ifndef __deref_opt_inout_bcount_part
#define __deref_opt_inout_bcount_part(...)
#endif
#ifndef __deref_opt_inout_bcount_part_opt
#define __deref_opt_inout_bcount_part_opt(...)
#endif
#ifndef __deref_opt_inout_bcount_part_z
#define __deref_opt_inout_bcount_part_z(...)
#endif
#ifndef __deref_opt_inout_bcount_part_z_opt
#define __deref_opt_inout_bcount_part_z_opt(...)
#endif
#ifndef __deref_opt_inout_bcount_z
#define __deref_opt_inout_bcount_z(...)
#endif
#ifndef __deref_opt_inout_bcount_z_opt
#define __deref_opt_inout_bcount_z_opt(...)
#endif
#ifndef __deref_opt_inout_ecount
#define __deref_opt_inout_ecount(...)
#endif
#ifndef __deref_opt_inout_ecount_full
#define __deref_opt_inout_ecount_full(...)
#endif
#ifndef __deref_opt_inout_ecount_full_opt
#define __deref_opt_inout_ecount_full_opt(...)
#endif
#ifndef __deref_opt_inout_ecount_full_z
#define __deref_opt_inout_ecount_full_z(...)
#endif
#ifndef __deref_opt_inout_ecount_full_z_opt
#define __deref_opt_inout_ecount_full_z_opt(...)
#endif
#ifndef __deref_opt_inout_ecount_nz
#define __deref_opt_inout_ecount_nz(...)
#endif
#ifndef __deref_opt_inout_ecount_nz_opt
#define __deref_opt_inout_ecount_nz_opt(...)
#endif
#ifndef __deref_opt_inout_ecount_opt
#define __deref_opt_inout_ecount_opt(...)
#endif
#ifndef __deref_opt_inout_ecount_part
#define __deref_opt_inout_ecount_part(...)
#endif
#ifndef __deref_opt_inout_ecount_part_opt
#define __deref_opt_inout_ecount_part_opt(...)
#endif
#ifndef __deref_opt_inout_ecount_part_z
#define __deref_opt_inout_ecount_part_z(...)
#endif
#ifndef __deref_opt_inout_ecount_part_z_opt
#define __deref_opt_inout_ecount_part_z_opt(...)
#endif
#ifndef __deref_opt_inout_ecount_z
#define __deref_opt_inout_ecount_z(...)
#endif
#ifndef __deref_opt_inout_ecount_z_opt
#define __deref_opt_inout_ecount_z_opt(...)
#endif
#ifndef __deref_opt_inout_xcount
#define __deref_opt_inout_xcount(...)
#endif
#ifndef __deref_opt_inout_xcount_full
#define __deref_opt_inout_xcount_full(...)
#endif
#ifndef __deref_opt_inout_xcount_full_opt
#define __deref_opt_inout_xcount_full_opt(...)
#endif
#ifndef __deref_opt_inout_xcount_full_z
#define __deref_opt_inout_xcount_full_z(...)
#endif
#ifndef __deref_opt_inout_xcount_full_z_opt
#define __deref_opt_inout_xcount_full_z_opt(...)
#endif
#ifndef __deref_opt_inout_xcount_nz
#define __deref_opt_inout_xcount_nz(...)
#endif
#ifndef __deref_opt_inout_xcount_nz_opt
#define __deref_opt_inout_xcount_nz_opt(...)
#endif
#ifndef __deref_opt_inout_xcount_opt
#define __deref_opt_inout_xcount_opt(...)
#endif
#ifndef __deref_opt_inout_xcount_part
#define __deref_opt_inout_xcount_part(...)
#endif
#ifndef __deref_opt_inout_xcount_part_opt
#define __deref_opt_inout_xcount_part_opt(...)
#endif
#ifndef __deref_opt_inout_xcount_part_z
#define __deref_opt_inout_xcount_part_z(...)
#endif
#ifndef __deref_opt_inout_xcount_part_z_opt
#define __deref_opt_inout_xcount_part_z_opt(...)
#endif
#ifndef __deref_opt_inout_xcount_z
#define __deref_opt_inout_xcount_z(...)
#endif
#ifndef __deref_opt_inout_xcount_z_opt
#define __deref_opt_inout_xcount_z_opt(...)
#endif
#ifndef __deref_opt_out_bcount
#define __deref_opt_out_bcount(...)
#endif
#ifndef __deref_opt_out_bcount_full
#define __deref_opt_out_bcount_full(...)
#endif
#ifndef __deref_opt_out_bcount_full_opt
#define __deref_opt_out_bcount_full_opt(...)
#endif
#ifndef __deref_opt_out_bcount_full_z
#define __deref_opt_out_bcount_full_z(...)
#endif
#ifndef __deref_opt_out_bcount_full_z_opt
#define __deref_opt_out_bcount_full_z_opt(...)
#endif
#ifndef __deref_opt_out_bcount_nz
#define __deref_opt_out_bcount_nz(...)
#endif
#ifndef __deref_opt_out_bcount_nz_opt
#define __deref_opt_out_bcount_nz_opt(...)
#endif
#ifndef __deref_opt_out_bcount_opt
#define __deref_opt_out_bcount_opt(...)
#endif
#ifndef __deref_opt_out_bcount_part
#define __deref_opt_out_bcount_part(...)
#endif
#ifndef __deref_opt_out_bcount_part_opt
#define __deref_opt_out_bcount_part_opt(...)
#endif
#ifndef __deref_opt_out_bcount_part_z
#define __deref_opt_out_bcount_part_z(...)
#endif
#ifndef __deref_opt_out_bcount_part_z_opt
#define __deref_opt_out_bcount_part_z_opt(...)
#endif
#ifndef __deref_opt_out_bcount_z
#define __deref_opt_out_bcount_z(...)
#endif
#ifndef __deref_opt_out_bcount_z_opt
#define __deref_opt_out_bcount_z_opt(...)
#endif
#ifndef __deref_opt_out_ecount
#define __deref_opt_out_ecount(...)
#endif
#ifndef __deref_opt_out_ecount_full
#define __deref_opt_out_ecount_full(...)
#endif
#ifndef __deref_opt_out_ecount_full_opt
#define __deref_opt_out_ecount_full_opt(...)
#endif
#ifndef __deref_opt_out_ecount_full_z
#define __deref_opt_out_ecount_full_z(...)
#endif
#ifndef __deref_opt_out_ecount_full_z_opt
#define __deref_opt_out_ecount_full_z_opt(...)
#endif
#ifndef __deref_opt_out_ecount_nz
#define __deref_opt_out_ecount_nz(...)
#endif
#ifndef __deref_opt_out_ecount_nz_opt
#define __deref_opt_out_ecount_nz_opt(...)
#endif
#ifndef __deref_opt_out_ecount_opt
#define __deref_opt_out_ecount_opt(...)
#endif
#ifndef __deref_opt_out_ecount_part
#define __deref_opt_out_ecount_part(...)
#endif
#ifndef __deref_opt_out_ecount_part_opt
#define __deref_opt_out_ecount_part_opt(...)
#endif
#ifndef __deref_opt_out_ecount_part_z
#define __deref_opt_out_ecount_part_z(...)
#endif
#ifndef __deref_opt_out_ecount_part_z_opt
#define __deref_opt_out_ecount_part_z_opt(...)
#endif
#ifndef __deref_opt_out_ecount_z
#define __deref_opt_out_ecount_z(...)
#endif
#ifndef __deref_opt_out_ecount_z_opt
#define __deref_opt_out_ecount_z_opt(...)
#endif
#ifndef __deref_opt_out_xcount
#define __deref_opt_out_xcount(...)
#endif
#ifndef __deref_opt_out_xcount_full
#define __deref_opt_out_xcount_full(...)
#endif
#ifndef __deref_opt_out_xcount_full_opt
#define __deref_opt_out_xcount_full_opt(...)
#endif
#ifndef __deref_opt_out_xcount_full_z
#define __deref_opt_out_xcount_full_z(...)
#endif
#ifndef __deref_opt_out_xcount_full_z_opt
#define __deref_opt_out_xcount_full_z_opt(...)
#endif
#ifndef __deref_opt_out_xcount_nz
#define __deref_opt_out_xcount_nz(...)
#endif
#ifndef __deref_opt_out_xcount_nz_opt
#define __deref_opt_out_xcount_nz_opt(...)
#endif
#ifndef __deref_opt_out_xcount_opt
#define __deref_opt_out_xcount_opt(...)
#endif
#ifndef __deref_opt_out_xcount_part
#define __deref_opt_out_xcount_part(...)
#endif
#ifndef __deref_opt_out_xcount_part_opt
#define __deref_opt_out_xcount_part_opt(...)
#endif
#ifndef __deref_opt_out_xcount_part_z
#define __deref_opt_out_xcount_part_z(...)
#endif
#ifndef __deref_opt_out_xcount_part_z_opt
#define __deref_opt_out_xcount_part_z_opt(...)
#endif
#ifndef __deref_opt_out_xcount_z
#define __deref_opt_out_xcount_z(...)
#endif
#ifndef __deref_opt_out_xcount_z_opt
#define __deref_opt_out_xcount_z_opt(...)
#endif
#ifndef __deref_out_bcount
#define __deref_out_bcount(...)
#endif
#ifndef __deref_out_bcount_full
#define __deref_out_bcount_full(...)
#endif
#ifndef __deref_out_bcount_full_opt
#define __deref_out_bcount_full_opt(...)
#endif
#ifndef __deref_out_bcount_full_z
#define __deref_out_bcount_full_z(...)
#endif
#ifndef __deref_out_bcount_full_z_opt
#define __deref_out_bcount_full_z_opt(...)
#endif
#ifndef __deref_out_bcount_nz
#define __deref_out_bcount_nz(...)
#endif
#ifndef __deref_out_bcount_nz_opt
#define __deref_out_bcount_nz_opt(...)
#endif
#ifndef __deref_out_bcount_opt
#define __deref_out_bcount_opt(...)
#endif
#ifndef __deref_out_bcount_part
#define __deref_out_bcount_part(...)
#endif
#ifndef __deref_out_bcount_part_opt
#define __deref_out_bcount_part_opt(...)
#endif
#ifndef __deref_out_bcount_part_z
#define __deref_out_bcount_part_z(...)
#endif
#ifndef __deref_out_bcount_part_z_opt
#define __deref_out_bcount_part_z_opt(...)
#endif
#ifndef __deref_out_bcount_z
#define __deref_out_bcount_z(...)
#endif
#ifndef __deref_out_bcount_z_opt
#define __deref_out_bcount_z_opt(...)
#endif
#ifndef __deref_out_ecount
#define __deref_out_ecount(...)
#endif
#ifndef __deref_out_ecount_full
#define __deref_out_ecount_full(...)
#endif
#ifndef __deref_out_ecount_full_opt
#define __deref_out_ecount_full_opt(...)
#endif
#ifndef __deref_out_ecount_full_z
#define __deref_out_ecount_full_z(...)
#endif
#ifndef __deref_out_ecount_full_z_opt
#define __deref_out_ecount_full_z_opt(...)
#endif
#ifndef __deref_out_ecount_nz
#define __deref_out_ecount_nz(...)
#endif
#ifndef __deref_out_ecount_nz_opt
#define __deref_out_ecount_nz_opt(...)
#endif
#ifndef __deref_out_ecount_opt
#define __deref_out_ecount_opt(...)
#endif
#ifndef __deref_out_ecount_part
#define __deref_out_ecount_part(...)
#endif
#ifndef __deref_out_ecount_part_opt
#define __deref_out_ecount_part_opt(...)
#endif
#ifndef __deref_out_ecount_part_z
#define __deref_out_ecount_part_z(...)
#endif
#ifndef __deref_out_ecount_part_z_opt
#define __deref_out_ecount_part_z_opt(...)
#endif
#ifndef __deref_out_ecount_z
#define __deref_out_ecount_z(...)
#endif
#ifndef __deref_out_ecount_z_opt
#define __deref_out_ecount_z_opt(...)
#endif
#ifndef __deref_out_range
#define __deref_out_range(...)
#endif
#ifndef __deref_out_xcount
#define __deref_out_xcount(...)
#endif
#ifndef __deref_out_xcount_full
#define __deref_out_xcount_full(...)
#endif
#ifndef __deref_out_xcount_full_opt
#define __deref_out_xcount_full_opt(...)
#endif
#ifndef __deref_out_xcount_full_z
#define __deref_out_xcount_full_z(...)
#endif
#ifndef __deref_out_xcount_full_z_opt
#define __deref_out_xcount_full_z_opt(...)
#endif
#ifndef __deref_out_xcount_nz
#define __deref_out_xcount_nz(...)
#endif
#ifndef __deref_out_xcount_nz_opt
#define __deref_out_xcount_nz_opt(...)
#endif
#ifndef __deref_out_xcount_opt
#define __deref_out_xcount_opt(...)
#endif
#ifndef __deref_out_xcount_part
#define __deref_out_xcount_part(...)
#endif
#ifndef __deref_out_xcount_part_opt
#define __deref_out_xcount_part_opt(...)
#endif
#ifndef __deref_out_xcount_part_z
#define __deref_out_xcount_part_z(...)
#endif
#ifndef __deref_out_xcount_part_z_opt
#define __deref_out_xcount_part_z_opt(...)
#endif
#ifndef __deref_out_xcount_z
#define __deref_out_xcount_z(...)
#endif
#ifndef __deref_out_xcount_z_opt
#define __deref_out_xcount_z_opt(...)
#endif
#ifndef __drv_Mode_impl
#define __drv_Mode_impl(...)
#endif
#ifndef __drv_acquiresExclusiveResourceGlobal
#define __drv_acquiresExclusiveResourceGlobal(...)
#endif
#ifndef __drv_acquiresResourceGlobal
#define __drv_acquiresResourceGlobal(...)
#endif
#ifndef __drv_allocatesMem
#define __drv_allocatesMem(...)
#endif
#ifndef __drv_arg
#define __drv_arg(...)
#endif
#ifndef __drv_at
#define __drv_at(...)
#endif
#ifndef __drv_callbackType
#define __drv_callbackType(...)
#endif
#ifndef __drv_declspec
#define __drv_declspec(...)
#endif
#ifndef __drv_deref
#define __drv_deref(...)
#endif
#ifndef __drv_dispatchType
#define __drv_dispatchType(...)
#endif
#ifndef __drv_formatString
#define __drv_formatString(...)
#endif
#ifndef __drv_freesMem
#define __drv_freesMem(...)
#endif
#ifndef __drv_fun
#define __drv_fun(...)
#endif
#ifndef __drv_in
#define __drv_in(...)
#endif
#ifndef __drv_in_deref
#define __drv_in_deref(...)
#endif
#ifndef __drv_maxFunctionIRQL
#define __drv_maxFunctionIRQL(...)
#endif
#ifndef __drv_maxIRQL
#define __drv_maxIRQL(...)
#endif
#ifndef __drv_minFunctionIRQL
#define __drv_minFunctionIRQL(...)
#endif
#ifndef __drv_mustHoldGlobal
#define __drv_mustHoldGlobal(...)
#endif
#ifndef __drv_neverHoldGlobal
#define __drv_neverHoldGlobal(...)
#endif
#ifndef __drv_out
#define __drv_out(...)
#endif
#ifndef __drv_out_deref
#define __drv_out_deref(...)
#endif
#ifndef __drv_raisesIRQL
#define __drv_raisesIRQL(...)
#endif
#ifndef __drv_releasesExclusiveResourceGlobal
#define __drv_releasesExclusiveResourceGlobal(...)
#endif
#ifndef __drv_releasesResourceGlobal
#define __drv_releasesResourceGlobal(...)
#endif
#ifndef __drv_requiresIRQL
#define __drv_requiresIRQL(...)
#endif
#ifndef __drv_requiresIRQLGlobal
#define __drv_requiresIRQLGlobal(...)
#endif
#ifndef __drv_restoresIRQLGlobal
#define __drv_restoresIRQLGlobal(...)
#endif
#ifndef __drv_ret
#define __drv_ret(...)
#endif
#ifndef __drv_savesIRQLGlobal
#define __drv_savesIRQLGlobal(...)
#endif
#ifndef __drv_setsIRQL
#define __drv_setsIRQL(...)
#endif
#ifndef __drv_unit
#define __drv_unit(...)
#endif
#ifndef __drv_valueIs
#define __drv_valueIs(...)
#endif
#ifndef __drv_when
#define __drv_when(...)
#endif
#ifndef __elem_readableTo
#define __elem_readableTo(...)
#endif
#ifndef __elem_writableTo
#define __elem_writableTo(...)
#endif
#ifndef __field_bcount
#define __field_bcount(...)
#endif
#ifndef __field_bcount_full
#define __field_bcount_full(...)
#endif
#ifndef __field_bcount_full_opt
#define __field_bcount_full_opt(...)
#endif
#ifndef __field_bcount_opt
#define __field_bcount_opt(...)
#endif
#ifndef __field_bcount_part
#define __field_bcount_part(...)
#endif
#ifndef __field_bcount_part_opt
#define __field_bcount_part_opt(...)
#endif
#ifndef __field_data_source
#define __field_data_source(...)
#endif
#ifndef __field_ecount
#define __field_ecount(...)
#endif
#ifndef __field_ecount_full
#define __field_ecount_full(...)
#endif
#ifndef __field_ecount_full_opt
#define __field_ecount_full_opt(...)
#endif
#ifndef __field_ecount_opt
#define __field_ecount_opt(...)
#endif
#ifndef __field_ecount_part
#define __field_ecount_part(...)
#endif
#ifndef __field_ecount_part_opt
#define __field_ecount_part_opt(...)
#endif
#ifndef __field_range
#define __field_range(...)
#endif
#ifndef __field_xcount
#define __field_xcount(...)
#endif
#ifndef __field_xcount_full
#define __field_xcount_full(...)
#endif
#ifndef __field_xcount_full_opt
#define __field_xcount_full_opt(...)
#endif
#ifndef __field_xcount_opt
#define __field_xcount_opt(...)
#endif
#ifndef __field_xcount_part
#define __field_xcount_part(...)
#endif
#ifndef __field_xcount_part_opt
#define __field_xcount_part_opt(...)
#endif
#ifndef __in_awcount
#define __in_awcount(...)
#endif
#ifndef __in_bcount
#define __in_bcount(...)
#endif
#ifndef __in_bcount_full
#define __in_bcount_full(...)
#endif
#ifndef __in_bcount_full_opt
#define __in_bcount_full_opt(...)
#endif
#ifndef __in_bcount_full_z
#define __in_bcount_full_z(...)
#endif
#ifndef __in_bcount_full_z_opt
#define __in_bcount_full_z_opt(...)
#endif
#ifndef __in_bcount_nz
#define __in_bcount_nz(...)
#endif
#ifndef __in_bcount_nz_opt
#define __in_bcount_nz_opt(...)
#endif
#ifndef __in_bcount_opt
#define __in_bcount_opt(...)
#endif
#ifndef __in_bcount_part
#define __in_bcount_part(...)
#endif
#ifndef __in_bcount_part_opt
#define __in_bcount_part_opt(...)
#endif
#ifndef __in_bcount_part_z
#define __in_bcount_part_z(...)
#endif
#ifndef __in_bcount_part_z_opt
#define __in_bcount_part_z_opt(...)
#endif
#ifndef __in_bcount_z
#define __in_bcount_z(...)
#endif
#ifndef __in_bcount_z_opt
#define __in_bcount_z_opt(...)
#endif
#ifndef __in_data_source
#define __in_data_source(...)
#endif
#ifndef __in_ecount
#define __in_ecount(...)
#endif
#ifndef __in_ecount_full
#define __in_ecount_full(...)
#endif
#ifndef __in_ecount_full_opt
#define __in_ecount_full_opt(...)
#endif
#ifndef __in_ecount_full_z
#define __in_ecount_full_z(...)
#endif
#ifndef __in_ecount_full_z_opt
#define __in_ecount_full_z_opt(...)
#endif
#ifndef __in_ecount_nz
#define __in_ecount_nz(...)
#endif
#ifndef __in_ecount_nz_opt
#define __in_ecount_nz_opt(...)
#endif
#ifndef __in_ecount_opt
#define __in_ecount_opt(...)
#endif
#ifndef __in_ecount_part
#define __in_ecount_part(...)
#endif
#ifndef __in_ecount_part_opt
#define __in_ecount_part_opt(...)
#endif
#ifndef __in_ecount_part_z
#define __in_ecount_part_z(...)
#endif
#ifndef __in_ecount_part_z_opt
#define __in_ecount_part_z_opt(...)
#endif
#ifndef __in_ecount_z
#define __in_ecount_z(...)
#endif
#ifndef __in_ecount_z_opt
#define __in_ecount_z_opt(...)
#endif
#ifndef __in_range
#define __in_range(...)
#endif
#ifndef __in_xcount
#define __in_xcount(...)
#endif
#ifndef __in_xcount_full
#define __in_xcount_full(...)
#endif
#ifndef __in_xcount_full_opt
#define __in_xcount_full_opt(...)
#endif
#ifndef __in_xcount_full_z
#define __in_xcount_full_z(...)
#endif
#ifndef __in_xcount_full_z_opt
#define __in_xcount_full_z_opt(...)
#endif
#ifndef __in_xcount_nz
#define __in_xcount_nz(...)
#endif
#ifndef __in_xcount_nz_opt
#define __in_xcount_nz_opt(...)
#endif
#ifndef __in_xcount_opt
#define __in_xcount_opt(...)
#endif
#ifndef __in_xcount_part
#define __in_xcount_part(...)
#endif
#ifndef __in_xcount_part_opt
#define __in_xcount_part_opt(...)
#endif
#ifndef __in_xcount_part_z
#define __in_xcount_part_z(...)
#endif
#ifndef __in_xcount_part_z_opt
#define __in_xcount_part_z_opt(...)
#endif
#ifndef __in_xcount_z
#define __in_xcount_z(...)
#endif
#ifndef __in_xcount_z_opt
#define __in_xcount_z_opt(...)
#endif
#ifndef __inexpressible_readableTo
#define __inexpressible_readableTo(...)
#endif
#ifndef __inexpressible_writableTo
#define __inexpressible_writableTo(...)
#endif
#ifndef __inout_bcount
#define __inout_bcount(...)
#endif
#ifndef __inout_bcount_full
#define __inout_bcount_full(...)
#endif
#ifndef __inout_bcount_full_opt
#define __inout_bcount_full_opt(...)
#endif
#ifndef __inout_bcount_full_z
#define __inout_bcount_full_z(...)
#endif
#ifndef __inout_bcount_full_z_opt
#define __inout_bcount_full_z_opt(...)
#endif
#ifndef __inout_bcount_nz
#define __inout_bcount_nz(...)
#endif
#ifndef __inout_bcount_nz_opt
#define __inout_bcount_nz_opt(...)
#endif
#ifndef __inout_bcount_opt
#define __inout_bcount_opt(...)
#endif
#ifndef __inout_bcount_part
#define __inout_bcount_part(...)
#endif
#ifndef __inout_bcount_part_opt
#define __inout_bcount_part_opt(...)
#endif
#ifndef __inout_bcount_part_z
#define __inout_bcount_part_z(...)
#endif
#ifndef __inout_bcount_part_z_opt
#define __inout_bcount_part_z_opt(...)
#endif
#ifndef __inout_bcount_z
#define __inout_bcount_z(...)
#endif
#ifndef __inout_bcount_z_opt
#define __inout_bcount_z_opt(...)
#endif
#ifndef __inout_ecount
#define __inout_ecount(...)
#endif
#ifndef __inout_ecount_full
#define __inout_ecount_full(...)
#endif
#ifndef __inout_ecount_full_opt
#define __inout_ecount_full_opt(...)
#endif
#ifndef __inout_ecount_full_z
#define __inout_ecount_full_z(...)
#endif
#ifndef __inout_ecount_full_z_opt
#define __inout_ecount_full_z_opt(...)
#endif
#ifndef __inout_ecount_nz
#define __inout_ecount_nz(...)
#endif
#ifndef __inout_ecount_nz_opt
#define __inout_ecount_nz_opt(...)
#endif
#ifndef __inout_ecount_opt
#define __inout_ecount_opt(...)
#endif
#ifndef __inout_ecount_part
#define __inout_ecount_part(...)
#endif
#ifndef __inout_ecount_part_opt
#define __inout_ecount_part_opt(...)
#endif
#ifndef __inout_ecount_part_z
#define __inout_ecount_part_z(...)
#endif
#ifndef __inout_ecount_part_z_opt
#define __inout_ecount_part_z_opt(...)
#endif
#ifndef __inout_ecount_z
#define __inout_ecount_z(...)
#endif
#ifndef __inout_ecount_z_opt
#define __inout_ecount_z_opt(...)
#endif
#ifndef __inout_xcount
#define __inout_xcount(...)
#endif
#ifndef __inout_xcount_full
#define __inout_xcount_full(...)
#endif
#ifndef __inout_xcount_full_opt
#define __inout_xcount_full_opt(...)
#endif
#ifndef __inout_xcount_full_z
#define __inout_xcount_full_z(...)
#endif
#ifndef __inout_xcount_full_z_opt
#define __inout_xcount_full_z_opt(...)
#endif
#ifndef __inout_xcount_nz
#define __inout_xcount_nz(...)
#endif
#ifndef __inout_xcount_nz_opt
#define __inout_xcount_nz_opt(...)
#endif
#ifndef __inout_xcount_opt
#define __inout_xcount_opt(...)
#endif
#ifndef __inout_xcount_part
#define __inout_xcount_part(...)
#endif
#ifndef __inout_xcount_part_opt
#define __inout_xcount_part_opt(...)
#endif
#ifndef __inout_xcount_part_z
#define __inout_xcount_part_z(...)
#endif
#ifndef __inout_xcount_part_z_opt
#define __inout_xcount_part_z_opt(...)
#endif
#ifndef __inout_xcount_z
#define __inout_xcount_z(...)
#endif
#ifndef __inout_xcount_z_opt
#define __inout_xcount_z_opt(...)
#endif
#ifndef __on_failure
#define __on_failure(...)
#endif
#ifndef __out_awcount
#define __out_awcount(...)
#endif
#ifndef __out_bcount
#define __out_bcount(...)
#endif
#ifndef __out_bcount_full
#define __out_bcount_full(...)
#endif
#ifndef __out_bcount_full_opt
#define __out_bcount_full_opt(...)
#endif
#ifndef __out_bcount_full_z
#define __out_bcount_full_z(...)
#endif
#ifndef __out_bcount_full_z_opt
#define __out_bcount_full_z_opt(...)
#endif
#ifndef __out_bcount_nz
#define __out_bcount_nz(...)
#endif
#ifndef __out_bcount_nz_opt
#define __out_bcount_nz_opt(...)
#endif
#ifndef __out_bcount_opt
#define __out_bcount_opt(...)
#endif
#ifndef __out_bcount_part
#define __out_bcount_part(...)
#endif
#ifndef __out_bcount_part_opt
#define __out_bcount_part_opt(...)
#endif
#ifndef __out_bcount_part_z
#define __out_bcount_part_z(...)
#endif
#ifndef __out_bcount_part_z_opt
#define __out_bcount_part_z_opt(...)
#endif
#ifndef __out_bcount_z
#define __out_bcount_z(...)
#endif
#ifndef __out_bcount_z_opt
#define __out_bcount_z_opt(...)
#endif
#ifndef __out_data_source
#define __out_data_source(...)
#endif
#ifndef __out_ecount
#define __out_ecount(...)
#endif
#ifndef __out_ecount_full
#define __out_ecount_full(...)
#endif
#ifndef __out_ecount_full_opt
#define __out_ecount_full_opt(...)
#endif
#ifndef __out_ecount_full_z
#define __out_ecount_full_z(...)
#endif
#ifndef __out_ecount_full_z_opt
#define __out_ecount_full_z_opt(...)
#endif
#ifndef __out_ecount_nz
#define __out_ecount_nz(...)
#endif
#ifndef __out_ecount_nz_opt
#define __out_ecount_nz_opt(...)
#endif
#ifndef __out_ecount_opt
#define __out_ecount_opt(...)
#endif
#ifndef __out_ecount_part
#define __out_ecount_part(...)
#endif
#ifndef __out_ecount_part_opt
#define __out_ecount_part_opt(...)
#endif
#ifndef __out_ecount_part_z
#define __out_ecount_part_z(...)
#endif
#ifndef __out_ecount_part_z_opt
#define __out_ecount_part_z_opt(...)
#endif
#ifndef __out_ecount_z
#define __out_ecount_z(...)
#endif
#ifndef __out_ecount_z_opt
#define __out_ecount_z_opt(...)
#endif
#ifndef __out_range
#define __out_range(...)
#endif
#ifndef __out_xcount
#define __out_xcount(...)
#endif
#ifndef __out_xcount_full
#define __out_xcount_full(...)
#endif
#ifndef __out_xcount_full_opt
#define __out_xcount_full_opt(...)
#endif
#ifndef __out_xcount_full_z
#define __out_xcount_full_z(...)
#endif
#ifndef __out_xcount_full_z_opt
#define __out_xcount_full_z_opt(...)
#endif
#ifndef __out_xcount_nz
#define __out_xcount_nz(...)
#endif
#ifndef __out_xcount_nz_opt
#define __out_xcount_nz_opt(...)
#endif
#ifndef __out_xcount_opt
#define __out_xcount_opt(...)
#endif
#ifndef __out_xcount_part
#define __out_xcount_part(...)
#endif
#ifndef __out_xcount_part_opt
#define __out_xcount_part_opt(...)
#endif
#ifndef __out_xcount_part_z
#define __out_xcount_part_z(...)
#endif
#ifndef __out_xcount_part_z_opt
#define __out_xcount_part_z_opt(...)
#endif
#ifndef __out_xcount_z
#define __out_xcount_z(...)
#endif
#ifndef __out_xcount_z_opt
#define __out_xcount_z_opt(...)
#endif
#ifndef __post_range
#define __post_range(...)
#endif
#ifndef __pre_range
#define __pre_range(...)
#endif
#ifndef __struct_bcount
#define __struct_bcount(...)
#endif
#ifndef __struct_xcount
#define __struct_xcount(...)
#endif
#ifndef __success
#define __success(...)
#endif
#ifndef __transfer
#define __transfer(...)
#endif
#ifndef __typefix
#define __typefix(...)
#endif

#endif /* WSKCHECK_WDK_OLDSAL_H */
