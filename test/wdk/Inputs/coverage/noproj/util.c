/* No project file and nothing of the kernel: not tried. */
int add(int a, int b) { return a + b; }
