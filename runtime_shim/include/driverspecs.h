/* Host build: driver-specific annotations (IRQL, function classes, dispatch
 * types). Like sal.h, they only inform Microsoft's code analysis and expand
 * to nothing here.
 */
#ifndef WSKSHIM_HOST_DRIVERSPECS_H
#define WSKSHIM_HOST_DRIVERSPECS_H

#include <sal.h>

#define _Function_class_(name)
#define _Dispatch_type_(type)
#define _IRQL_requires_(irql)
#define _IRQL_requires_max_(irql)
#define _IRQL_requires_min_(irql)
#define _IRQL_requires_same_
#define _IRQL_raises_(irql)
#define _IRQL_saves_
#define _IRQL_restores_
#define _IRQL_saves_global_(kind, param)
#define _IRQL_restores_global_(kind, param)
#define _IRQL_always_function_max_(irql)
#define _IRQL_always_function_min_(irql)
#define _IRQL_uses_cancel_
#define _IRQL_is_cancel_
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_float_used_
#define _Kernel_clear_do_init_(yesno)
#define _Kernel_IoGetDmaAdapter_
#define _Kernel_requires_resource_held_(kind)
#define _Kernel_requires_resource_not_held_(kind)
#define _Kernel_acquires_resource_(kind)
#define _Kernel_releases_resource_(kind)
#define _Kernel_releases_resource_(kind)
#define _Kernel_ReturnsIoCompletion_
#define _When_kernel_mode_(annos)
#define _Must_inspect_result_
#define _Enum_is_bitflag_
#define _Strict_type_match_
#define _Pre_defensive_
#define _Post_defensive_
#define _Ret_range_(lo, hi)

#endif /* WSKSHIM_HOST_DRIVERSPECS_H */
