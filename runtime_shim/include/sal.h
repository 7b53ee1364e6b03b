/* Host build: the source-annotation language (SAL) macros.
 *
 * Annotations only feed Microsoft's code analysis; on the host build and under
 * the clang analyzer they must vanish so that annotated driver source compiles
 * unchanged. Each macro expands to nothing (function-like ones swallow their
 * arguments).
 */
#ifndef WSKSHIM_HOST_SAL_H
#define WSKSHIM_HOST_SAL_H

/* Parameter annotations. */
#define _In_
#define _In_opt_
#define _In_z_
#define _In_opt_z_
#define _In_reads_(size)
#define _In_reads_opt_(size)
#define _In_reads_bytes_(size)
#define _In_reads_bytes_opt_(size)
#define _In_reads_z_(size)
#define _In_range_(lo, hi)
#define _Out_
#define _Out_opt_
#define _Out_writes_(size)
#define _Out_writes_opt_(size)
#define _Out_writes_z_(size)
#define _Out_writes_all_(size)
#define _Out_writes_bytes_(size)
#define _Out_writes_bytes_opt_(size)
#define _Out_writes_bytes_all_(size)
#define _Out_writes_bytes_all_opt_(size)
#define _Out_writes_to_(size, count)
#define _Out_writes_bytes_to_(size, count)
#define _Out_writes_bytes_to_opt_(size, count)
#define _Out_range_(lo, hi)
#define _Inout_
#define _Inout_opt_
#define _Inout_z_
#define _Inout_updates_(size)
#define _Inout_updates_opt_(size)
#define _Inout_updates_bytes_(size)
#define _Inout_updates_bytes_opt_(size)
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_nullonfailure_
#define _Outptr_result_buffer_(size)
#define _Outptr_result_bytebuffer_(size)
#define _Outptr_result_bytebuffer_maybenull_(size)
#define _Deref_out_range_(lo, hi)
#define _Deref_out_
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Pre_valid_
#define _Pre_satisfies_(cond)
#define _Post_satisfies_(cond)
#define _Post_invalid_
#define _Post_ptr_invalid_
#define _Post_valid_
#define _Post_maybenull_
#define _Post_notnull_
#define _Post_writable_byte_size_(size)
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Reserved_
#define _Printf_format_string_
#define _Null_terminated_
#define _NullNull_terminated_
#define _Literal_
#define _Notliteral_
#define _Points_to_data_
#define _Interlocked_operand_
#define _Inexpressible_(expr)

/* Return value and function annotations. */
#define _Check_return_
#define _Must_inspect_result_
#define _Success_(expr)
#define _Return_type_success_(expr)
#define _Ret_maybenull_
#define _Ret_notnull_
#define _Ret_z_
#define _Ret_range_(lo, hi)
#define _Ret_writes_(size)
#define _Ret_writes_bytes_(size)
#define _Ret_writes_maybenull_(size)
#define _Ret_writes_bytes_maybenull_(size)
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _Use_decl_annotations_
#define _At_(target, annos)
#define _At_buffer_(target, iter, bound, annos)
#define _When_(cond, annos)
#define _Group_(annos)
#define _On_failure_(annos)
#define _Always_(annos)
#define _Analysis_assume_(expr)
#define _Analysis_mode_(mode)
#define _Analysis_noreturn_
#define _Field_size_(size)
#define _Field_size_opt_(size)
#define _Field_size_bytes_(size)
#define _Field_size_bytes_opt_(size)
#define _Field_size_part_(size, count)
#define _Field_size_bytes_part_(size, count)
#define _Field_range_(lo, hi)
#define _Field_z_
#define _Struct_size_bytes_(size)
#define _Maybenull_
#define _Notnull_
#define _Valid_
#define _Const_

/* Locking annotations. */
#define _Requires_lock_held_(lock)
#define _Requires_lock_not_held_(lock)
#define _Requires_exclusive_lock_held_(lock)
#define _Requires_shared_lock_held_(lock)
#define _Acquires_lock_(lock)
#define _Acquires_exclusive_lock_(lock)
#define _Acquires_shared_lock_(lock)
#define _Releases_lock_(lock)
#define _Releases_exclusive_lock_(lock)
#define _Releases_shared_lock_(lock)
#define _Guarded_by_(lock)
#define _Write_guarded_by_(lock)
#define _Create_lock_level_(level)
#define _Lock_level_order_(a, b)
#define _No_competing_thread_
#define _Benign_race_begin_
#define _Benign_race_end_

/* Older (__-prefixed) annotations still found in driver samples. */
#define __in
#define __in_opt
#define __out
#define __out_opt
#define __inout
#define __inout_opt
#define __deref_out
#define __deref_out_opt
#define __in_bcount(size)
#define __in_bcount_opt(size)
#define __out_bcount(size)
#define __out_bcount_opt(size)
#define __in_ecount(size)
#define __out_ecount(size)
#define __checkReturn
#define __success(expr)
#define __drv_aliasesMem
#define __drv_allocatesMem(kind)
#define __drv_freesMem(kind)
#define __drv_maxIRQL(irql)
#define __drv_minIRQL(irql)
#define __drv_requiresIRQL(irql)
#define __drv_setsIRQL(irql)
#define __drv_savesIRQL
#define __drv_restoresIRQL
#define __drv_when(cond, annos)
#define __drv_arg(expr, annos)
#define __drv_strictType(type, mode)
#define __drv_strictTypeMatch(mode)
#define __drv_dispatchType(type)
#define __drv_dispatchType_other
#define __drv_functionClass(name)
#define __drv_sameIRQL
#define __drv_useCancelIRQL
#define __drv_clearDoInit(yesno)
#define __drv_mustHold(kind)
#define __drv_neverHold(kind)
#define __drv_acquiresResource(kind)
#define __drv_releasesResource(kind)
#define __drv_preferredFunction(func, why)
#define __drv_reportError(why)
#define __drv_valueIs(list)
#define __drv_inTry
#define __drv_notInTry

#endif /* WSKSHIM_HOST_SAL_H */
