/* wskcheck WDK profile: mingw-w64's miniport.h (the definitions shared by
 * port/miniport drivers that do not include wdm.h), after the basic types
 * of ntdef.h it uses without including, as the WDK's miniport.h has them,
 * and with the PCI configuration space types it lacks.
 */
#ifndef WSKCHECK_WDK_MINIPORT_H
#define WSKCHECK_WDK_MINIPORT_H

#ifndef NT_INCLUDED
#define NT_INCLUDED
#endif
#include <ntdef.h>
#include_next <miniport.h>
#include <wskcheck_pci_config.h>

#endif /* WSKCHECK_WDK_MINIPORT_H */
