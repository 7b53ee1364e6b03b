/* wskcheck WDK profile: mingw-w64's acpiioct.h (the ACPI IOCTLs and their
 * buffers), plus the
 * range of the arguments in an ACPI_EVAL_OUTPUT_BUFFER that drivers walk
 * with ACPI_METHOD_NEXT_ARGUMENT: from the first argument to the end of the
 * buffer, whose documented Length is its size in bytes.
 */
#ifndef WSKCHECK_WDK_ACPIIOCT_H
#define WSKCHECK_WDK_ACPIIOCT_H

#include_next <acpiioct.h>

#ifndef ACPI_EVAL_OUTPUT_BUFFER_ARGUMENTS_BEGIN
#define ACPI_EVAL_OUTPUT_BUFFER_ARGUMENTS_BEGIN(Buffer)                        \
  ((PACPI_METHOD_ARGUMENT)(&(Buffer)->Argument[0]))
#endif
#ifndef ACPI_EVAL_OUTPUT_BUFFER_ARGUMENTS_END
#define ACPI_EVAL_OUTPUT_BUFFER_ARGUMENTS_END(Buffer)                          \
  ((PACPI_METHOD_ARGUMENT)((PUCHAR)(Buffer) + (Buffer)->Length))
#endif

#endif /* WSKCHECK_WDK_ACPIIOCT_H */
