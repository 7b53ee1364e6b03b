// The plugin the way users load it: through the clang driver with
// -fplugin, next to clang's default checkers, and through -cc1 -load.
//
// RUN: %clang --analyze -fplugin=%wsk_plugin -Xanalyzer -analyzer-checker=wsk -Xanalyzer -analyzer-output=text -I %wsk_include -o /dev/null %s 2>&1 | FileCheck %s
// RUN: %clang -cc1 -analyze -load %wsk_plugin -analyzer-checker=wsk -analyzer-output=text -triple x86_64-pc-linux-gnu -internal-isystem %clang_resource_include -internal-externc-isystem /usr/include/x86_64-linux-gnu -internal-externc-isystem /usr/include -I %wsk_include %s 2>&1 | FileCheck %s
//
// Disabling the rule removes the report.
// RUN: %clang --analyze -fplugin=%wsk_plugin -Xanalyzer -analyzer-checker=wsk -Xanalyzer -analyzer-disable-checker=wsk.DuplicateDeregister -I %wsk_include -o /dev/null %s 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// OFF-NOT: wsk.DuplicateDeregister

#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION g_Reg;

VOID StopTwice(VOID)
{
  WskDeregister(&g_Reg);
  WskDeregister(&g_Reg);
}

// CHECK: plugin-driver.c:19:3: warning: WskDeregister on 'g_Reg', which was already deregistered [wsk.DuplicateDeregister]
// CHECK: plugin-driver.c:18:3: note: WSK client deregistered here
