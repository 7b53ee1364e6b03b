/* <b>not markup</b> & "quoted" */
#include <wsk.h>
WSK_REGISTRATION g_Reg;
#define STOP(R) WskDeregister(R)
static int Less(int A, int B) { return A < B; }
void Stop(int Flag) {
	if (Less(Flag, 1))
		STOP(&g_Reg);
	WskDeregister(&g_Reg);
}
