// Findings are silenced the usual clang-tidy way (a NOLINT comment on the
// line, on the line before, or a block around the code, naming the check)
// and the analyzer's way
// ([[clang::suppress]] on a statement or a function). A silenced warning
// takes its notes with it; NOLINT for another check silences nothing.
//
// REQUIRES: clang-tidy
// RUN: %clang_tidy --load=%wsk_tidy_module --checks='-*,wsk-lifecycle' %s \
// RUN:   -- -I %wsk_include > %t.out 2> %t.err
// RUN: FileCheck %s --implicit-check-not=warning: \
// RUN:   --implicit-check-not=note: < %t.out
// RUN: FileCheck %s --check-prefix=STATS < %t.err

#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION g_Reg[8];

VOID StopNolint(VOID)
{
  WskDeregister(&g_Reg[0]);
  WskDeregister(&g_Reg[0]); // NOLINT(wsk-lifecycle)
}

VOID StopNolintAll(VOID)
{
  WskDeregister(&g_Reg[1]);
  WskDeregister(&g_Reg[1]); // NOLINT
}

VOID StopNolintNextLine(VOID)
{
  WskDeregister(&g_Reg[2]);
  // NOLINTNEXTLINE(wsk-lifecycle)
  WskDeregister(&g_Reg[2]);
}

// NOLINTBEGIN(wsk-lifecycle)
VOID StopNolintBlock(VOID)
{
  WskDeregister(&g_Reg[3]);
  WskDeregister(&g_Reg[3]);
}
// NOLINTEND(wsk-lifecycle)

VOID StopSuppressStatement(VOID)
{
  WskDeregister(&g_Reg[4]);
  [[clang::suppress]] WskDeregister(&g_Reg[4]);
}

[[clang::suppress]] VOID StopSuppressFunction(VOID)
{
  WskDeregister(&g_Reg[5]);
  WskDeregister(&g_Reg[5]);
}

// Only the named check is silenced.
VOID StopNolintOther(VOID)
{
  WskDeregister(&g_Reg[6]);
  WskDeregister(&g_Reg[6]); // NOLINT(bugprone-*)
}

// Not silenced: the control case.
VOID StopTwice(VOID)
{
  WskDeregister(&g_Reg[7]);
  WskDeregister(&g_Reg[7]);
}

// CHECK: suppress.c:62:3: warning: WskDeregister on 'g_Reg[6]', which was already deregistered [wsk.DuplicateDeregister] [wsk-lifecycle]
// CHECK: suppress.c:61:3: note: WSK client deregistered here
// CHECK: suppress.c:62:3: note: WskDeregister on 'g_Reg[6]', which was already deregistered
// CHECK: suppress.c:69:3: warning: WskDeregister on 'g_Reg[7]', which was already deregistered [wsk.DuplicateDeregister] [wsk-lifecycle]
// CHECK: suppress.c:68:3: note: WSK client deregistered here
// CHECK: suppress.c:69:3: note: WskDeregister on 'g_Reg[7]', which was already deregistered

// The [[clang::suppress]] cases never become warnings; the NOLINT ones do
// and are dropped by clang-tidy.
// STATS: Suppressed 4 warnings (4 NOLINT).
